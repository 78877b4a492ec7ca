import { useQuery } from '@tanstack/react-query';
import type { ClassView } from '@lantoa/contracts/trainings';
import { apiFetch } from '../../../lib/api-client.ts';
import { trainingKeys } from './keys.ts';

export function getClass(id: string, signal?: AbortSignal): Promise<ClassView> {
  return apiFetch<ClassView>(`/trainings/classes/${encodeURIComponent(id)}`, { signal });
}

export function useClass(id: string) {
  return useQuery({
    queryKey: trainingKeys.detail(id),
    queryFn: ({ signal }) => getClass(id, signal),
    enabled: id !== '',
  });
}
