import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { FactRowSchema } from '@lantoa/contracts/reporting';
import { apiFetch } from '../../../lib/api-client.ts';
import { dashboardKeys, type DashboardParams } from './keys.ts';

export type FactRow = z.infer<typeof FactRowSchema>;
export type FactPage = { items: FactRow[]; total: number; page: number; pageSize: number };

export const FACTS_PAGE_SIZE = 25;

export function getFacts(
  code: string,
  params: DashboardParams & { page: number },
  signal?: AbortSignal,
): Promise<FactPage> {
  return apiFetch<FactPage>(`/indicators/${encodeURIComponent(code)}/facts`, {
    query: { ...params, pageSize: FACTS_PAGE_SIZE },
    signal,
  });
}

/** The facts behind a figure: report values, accepted plans. */
export function useFacts(code: string, params: DashboardParams & { page: number }) {
  return useQuery({
    queryKey: dashboardKeys.facts(code, params),
    queryFn: ({ signal }) => getFacts(code, params, signal),
    placeholderData: keepPreviousData,
  });
}
