import { useQuery } from '@tanstack/react-query';
import type { ReportForm } from '@lantoa/contracts/reporting';
import { apiFetch } from '../../../lib/api-client.ts';
import { dashboardKeys } from './keys.ts';

export function getReportForms(signal?: AbortSignal): Promise<{ items: ReportForm[] }> {
  return apiFetch<{ items: ReportForm[] }>('/report-forms', { signal });
}

/**
 * The report forms and their data elements: the names of the figures behind a target, and the
 * elements an indicator can be built from. Only for those who may read reports.
 */
export function useReportForms(enabled: boolean) {
  return useQuery({
    queryKey: dashboardKeys.forms,
    queryFn: ({ signal }) => getReportForms(signal),
    staleTime: 10 * 60_000,
    enabled,
    select: (d) => d.items,
  });
}
