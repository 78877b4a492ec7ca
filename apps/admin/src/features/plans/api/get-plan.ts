import { useQuery } from '@tanstack/react-query';
import type { PlanView } from '@lantoa/contracts/plans';
import { apiFetch } from '../../../lib/api-client.ts';
import { planKeys } from './keys.ts';

export function getPlan(id: string, signal?: AbortSignal): Promise<PlanView> {
  return apiFetch<PlanView>(`/plans/${encodeURIComponent(id)}`, { signal });
}

export function usePlan(id: string) {
  return useQuery({
    queryKey: planKeys.detail(id),
    queryFn: ({ signal }) => getPlan(id, signal),
    enabled: id !== '',
  });
}
