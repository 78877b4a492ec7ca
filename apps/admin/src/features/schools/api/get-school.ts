import { useQuery } from '@tanstack/react-query';
import type { SchoolView } from '@lantoa/contracts/schools';
import { apiFetch } from '../../../lib/api-client.ts';
import { schoolKeys } from './keys.ts';

export function getSchool(id: string, signal?: AbortSignal): Promise<SchoolView> {
  return apiFetch<SchoolView>(`/schools/${encodeURIComponent(id)}`, { signal });
}

export function useSchool(id: string) {
  return useQuery({ queryKey: schoolKeys.detail(id), queryFn: ({ signal }) => getSchool(id, signal) });
}
