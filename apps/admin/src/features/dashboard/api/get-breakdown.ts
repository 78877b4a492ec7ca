import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { BreakdownSchema } from '@lantoa/contracts/reporting';
import { apiFetch } from '../../../lib/api-client.ts';
import { dashboardKeys, type DashboardParams } from './keys.ts';

export type Breakdown = z.infer<typeof BreakdownSchema>;
export type BreakdownRow = Breakdown['rows'][number];

export function getBreakdown(code: string, params: DashboardParams, signal?: AbortSignal): Promise<Breakdown> {
  return apiFetch<Breakdown>(`/indicators/${encodeURIComponent(code)}/breakdown`, { query: params, signal });
}

/** One target for each unit directly under the chosen one. */
export function useBreakdown(code: string, params: DashboardParams) {
  return useQuery({
    queryKey: dashboardKeys.breakdown(code, params),
    queryFn: ({ signal }) => getBreakdown(code, params, signal),
    placeholderData: keepPreviousData,
  });
}
