import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReportAction, ReportView } from '@lantoa/contracts/reporting';
import { apiFetch } from '../../../lib/api-client.ts';
import { reportKeys } from './keys.ts';

export type ReportTransitionInput = { action: ReportAction; comment?: string | null; lockVersion: number };

export function transitionReport(id: string, body: ReportTransitionInput): Promise<ReportView> {
  return apiFetch<ReportView>(`/reports/${encodeURIComponent(id)}/transition`, { method: 'POST', body });
}

export function useTransitionReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ReportTransitionInput & { id: string }) => transitionReport(id, body),
    onSuccess: (view) => {
      queryClient.setQueryData(reportKeys.entry(view.formId, view.unitId, view.period), view);
      void queryClient.invalidateQueries({ queryKey: ['reports', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['reports', 'completeness'] });
      // An accepted report becomes facts at once: the dashboard's figures change with it.
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}
