import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PlanCompareSchema } from '@lantoa/contracts/plans';
import { apiFetch } from '../../../lib/api-client.ts';
import { planKeys } from './keys.ts';

export type PlanCompare = z.infer<typeof PlanCompareSchema>;
export type PlanChange = PlanCompare['changes'][number];

/** What changed from one kept version to another, or to the plan as it is now (`to` = 'current'). */
export function comparePlanVersions(id: string, from: number, to: number | 'current', signal?: AbortSignal) {
  return apiFetch<PlanCompare>(`/plans/${encodeURIComponent(id)}/compare`, { query: { from, to }, signal });
}

export function usePlanCompare(id: string, from: number | null, to: number | 'current') {
  return useQuery({
    queryKey: planKeys.compare(id, from ?? 0, to),
    queryFn: ({ signal }) => comparePlanVersions(id, from ?? 0, to, signal),
    enabled: from !== null,
  });
}
