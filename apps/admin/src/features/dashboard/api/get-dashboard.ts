import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { DashboardSchema } from '@lantoa/contracts/reporting';
import { apiFetch } from '../../../lib/api-client.ts';
import { dashboardKeys, type DashboardParams } from './keys.ts';

export type Dashboard = z.infer<typeof DashboardSchema>;
export type DashboardIndicator = Dashboard['indicators'][number];

export function getDashboard(params: DashboardParams, signal?: AbortSignal): Promise<Dashboard> {
  return apiFetch<Dashboard>('/dashboard', { query: params, signal });
}

/** The 9 targets for a year and a unit, each with its series, and reporting completeness. */
export function useDashboard(params: DashboardParams) {
  return useQuery({
    queryKey: dashboardKeys.summary(params),
    queryFn: ({ signal }) => getDashboard(params, signal),
    placeholderData: keepPreviousData,
  });
}
