import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EstimateView } from '@lantoa/contracts/plans';
import { apiFetch } from '../../../lib/api-client.ts';
import { estimateKeys } from './keys.ts';

/** Rebuilds the estimate's lines from the accepted plans (the standing agency, while assembling). */
export function consolidateEstimate(year: number): Promise<EstimateView> {
  return apiFetch<EstimateView>(`/budget-estimates/${year}/consolidate`, { method: 'POST' });
}

export function useConsolidateEstimate(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => consolidateEstimate(year),
    onSuccess: (estimate) => queryClient.setQueryData(estimateKeys.detail(year), estimate),
  });
}
