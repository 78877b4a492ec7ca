import { useQuery } from '@tanstack/react-query';
import type { EstimateView } from '@lantoa/contracts/plans';
import { apiFetch } from '../../../lib/api-client.ts';
import { estimateKeys } from './keys.ts';

/** The year's estimate with every step's figures side by side (the server creates it empty on first look). */
export function getEstimate(year: number, signal?: AbortSignal): Promise<EstimateView> {
  return apiFetch<EstimateView>(`/budget-estimates/${year}`, { signal });
}

export function useEstimate(year: number) {
  return useQuery({
    queryKey: estimateKeys.detail(year),
    queryFn: ({ signal }) => getEstimate(year, signal),
  });
}
