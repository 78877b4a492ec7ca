import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ESTIMATE_ACTIONS, EstimateView } from '@lantoa/contracts/plans';
import { apiFetch } from '../../../lib/api-client.ts';
import { estimateKeys } from './keys.ts';

export type EstimateAction = (typeof ESTIMATE_ACTIONS)[number];
export type EstimateTransitionInput = { action: EstimateAction; comment?: string | null; lockVersion: number };

export function transitionEstimate(year: number, body: EstimateTransitionInput): Promise<EstimateView> {
  return apiFetch<EstimateView>(`/budget-estimates/${year}/transition`, { method: 'POST', body });
}

export function useTransitionEstimate(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EstimateTransitionInput) => transitionEstimate(year, body),
    onSuccess: (estimate) => queryClient.setQueryData(estimateKeys.detail(year), estimate),
  });
}
