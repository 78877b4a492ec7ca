import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PlanStatus, PlanSummarySchema } from '@lantoa/contracts/plans';
import { apiFetch } from '../../../lib/api-client.ts';
import { planKeys } from './keys.ts';

export type PlanSummary = z.infer<typeof PlanSummarySchema>;
export type PlanPage = { items: PlanSummary[]; total: number; page: number; pageSize: number };
export type PlanListParams = {
  year?: number;
  status?: PlanStatus;
  unitId?: string;
  q?: string;
  page?: number;
  pageSize?: number;
};

export function getPlans(params: PlanListParams, signal?: AbortSignal): Promise<PlanPage> {
  return apiFetch<PlanPage>('/plans', { query: params, signal });
}

export function usePlans(params: PlanListParams, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: planKeys.list(params),
    queryFn: ({ signal }) => getPlans(params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
