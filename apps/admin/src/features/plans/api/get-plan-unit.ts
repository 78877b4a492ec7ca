import { useQuery } from '@tanstack/react-query';
import type { UnitDetail } from '@lantoa/contracts/org-units';
import { apiFetch } from '../../../lib/api-client.ts';

/** The unit a plan is for: its kind decides which commitments the plan form asks about. */
export function getPlanUnit(id: string, signal?: AbortSignal): Promise<UnitDetail> {
  return apiFetch<UnitDetail>(`/org-units/${encodeURIComponent(id)}`, { signal });
}

export function usePlanUnit(id: string) {
  return useQuery({
    queryKey: ['plans', 'unit', id],
    queryFn: ({ signal }) => getPlanUnit(id, signal),
    enabled: id !== '',
    staleTime: 10 * 60_000,
  });
}
