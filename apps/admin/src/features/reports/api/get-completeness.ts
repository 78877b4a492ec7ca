import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CompletenessSchema } from '@lantoa/contracts/reporting';
import { apiFetch } from '../../../lib/api-client.ts';
import { reportKeys } from './keys.ts';

export type Completeness = z.infer<typeof CompletenessSchema>;
export type CompletenessUnit = Completeness['units'][number];

export function getCompleteness(
  params: { formId: string; period: string; unitId?: string },
  signal?: AbortSignal,
): Promise<Completeness> {
  return apiFetch<Completeness>('/reports/completeness', { query: params, signal });
}

export function useCompleteness(params: { formId: string; period: string; unitId?: string }) {
  return useQuery({
    queryKey: reportKeys.completeness(params.formId, params.period, params.unitId),
    queryFn: ({ signal }) => getCompleteness(params, signal),
    enabled: params.formId !== '' && params.period !== '',
    placeholderData: keepPreviousData,
  });
}
