import { useQuery } from '@tanstack/react-query';
import type { CaseView } from '@lantoa/contracts/cases';
import { apiFetch } from '../../../lib/api-client.ts';
import { caseKeys } from './keys.ts';

export function getCase(id: string, signal?: AbortSignal): Promise<CaseView> {
  return apiFetch<CaseView>(`/cases/${encodeURIComponent(id)}`, { signal });
}

export function useCase(id: string) {
  return useQuery({ queryKey: caseKeys.detail(id), queryFn: ({ signal }) => getCase(id, signal) });
}
