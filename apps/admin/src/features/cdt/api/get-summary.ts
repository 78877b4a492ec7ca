import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SupportSummary } from '@lantoa/contracts/cdt';
import { apiFetch } from '../../../lib/api-client.ts';
import { cdtKeys } from './keys.ts';

export type SummaryParams = { unitId?: string; year: number; month?: number; asOf?: string };

export function useSupportSummary(params: SummaryParams) {
  return useQuery({
    queryKey: cdtKeys.summary(params),
    queryFn: ({ signal }) => apiFetch<SupportSummary>('/cdt/summary', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}
