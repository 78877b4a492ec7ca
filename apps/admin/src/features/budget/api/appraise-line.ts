import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EstimateView } from '@lantoa/contracts/plans';
import { apiFetch } from '../../../lib/api-client.ts';
import { estimateKeys } from './keys.ts';

export type AppraiseInput = { lineId: string; appraisedAmount: number; reason?: string | null; lockVersion: number };

/** Sở Tài chính's figure for one line, beside the proposed one; a different figure needs a reason. */
export function appraiseLine(year: number, { lineId, ...body }: AppraiseInput): Promise<EstimateView> {
  return apiFetch<EstimateView>(`/budget-estimates/${year}/lines/${encodeURIComponent(lineId)}/appraise`, {
    method: 'POST',
    body,
  });
}

export function useAppraiseLine(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AppraiseInput) => appraiseLine(year, input),
    onSuccess: (estimate) => queryClient.setQueryData(estimateKeys.detail(year), estimate),
  });
}
