import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReportView } from '@lantoa/contracts/reporting';
import { apiFetch } from '../../../lib/api-client.ts';
import { reportKeys } from './keys.ts';

export type ReportValueInput = { element: string; category: string; value: number };
export type SaveReportInput = {
  formId: string;
  unitId: string;
  period: string;
  values: ReportValueInput[];
  /** null for the first save. */
  lockVersion: number | null;
};

export function saveReport(body: SaveReportInput): Promise<ReportView> {
  return apiFetch<ReportView>('/reports', { method: 'PUT', body });
}

export function useSaveReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveReport,
    onSuccess: (view) => {
      queryClient.setQueryData(reportKeys.entry(view.formId, view.unitId, view.period), view);
      void queryClient.invalidateQueries({ queryKey: ['reports', 'list'] });
    },
  });
}
