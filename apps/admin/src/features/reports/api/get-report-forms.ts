import { useQuery } from '@tanstack/react-query';
import type { ReportForm } from '@lantoa/contracts/reporting';
import { apiFetch } from '../../../lib/api-client.ts';
import { reportKeys } from './keys.ts';

export function getReportForms(signal?: AbortSignal): Promise<{ items: ReportForm[] }> {
  return apiFetch<{ items: ReportForm[] }>('/report-forms', { signal });
}

/** The forms with their data elements; they change only when an administrator changes them. */
export function useReportForms() {
  return useQuery({
    queryKey: reportKeys.forms,
    queryFn: ({ signal }) => getReportForms(signal),
    staleTime: 10 * 60_000,
    select: (d) => d.items,
  });
}
