import { useQuery } from '@tanstack/react-query';
import type { ReportView } from '@lantoa/contracts/reporting';
import { apiFetch } from '../../../lib/api-client.ts';
import { reportKeys } from './keys.ts';

export type ReportEntryParams = { formId: string; unitId: string; period: string };

export function getReportEntry(params: ReportEntryParams, signal?: AbortSignal): Promise<ReportView> {
  return apiFetch<ReportView>('/reports/entry', { query: params, signal });
}

/** One unit's report for one period, with why it is locked and what the user may do with it. */
export function useReportEntry(params: ReportEntryParams) {
  return useQuery({
    queryKey: reportKeys.entry(params.formId, params.unitId, params.period),
    queryFn: ({ signal }) => getReportEntry(params, signal),
    enabled: params.formId !== '' && params.unitId !== '' && params.period !== '',
  });
}
