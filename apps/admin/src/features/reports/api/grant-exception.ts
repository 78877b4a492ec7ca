import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReportView } from '@lantoa/contracts/reporting';
import { apiFetch } from '../../../lib/api-client.ts';
import { reportKeys } from './keys.ts';

export type ExceptionInput = { formId: string; unitId: string; period: string; openUntil: string; reason: string };

/** Opens a form again for one unit and one period, until a date. */
export function grantException(body: ExceptionInput): Promise<ReportView> {
  return apiFetch<ReportView>('/report-exceptions', { method: 'POST', body });
}

export function useGrantException() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: grantException,
    onSuccess: (view) => {
      queryClient.setQueryData(reportKeys.entry(view.formId, view.unitId, view.period), view);
      void queryClient.invalidateQueries({ queryKey: ['reports', 'completeness'] });
    },
  });
}
