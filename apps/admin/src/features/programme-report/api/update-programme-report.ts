import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { Narrative, ProgrammeReport } from './get-programme-report.ts';
import { programmeReportKeys } from './keys.ts';

export type UpdateReportBody = Narrative & { lockVersion: number };

/**
 * Saves the narrative of a draft. Refused with VERSION_CONFLICT when someone saved since
 * `lockVersion`, and with TRANSITION_NOT_ALLOWED once the report has been issued.
 */
export function updateProgrammeReport(year: number, body: UpdateReportBody): Promise<ProgrammeReport> {
  return apiFetch<ProgrammeReport>(`/programme-reports/${year}`, { method: 'PUT', body });
}

export function useUpdateProgrammeReport(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateReportBody) => updateProgrammeReport(year, body),
    onSuccess: (report) => queryClient.setQueryData(programmeReportKeys.detail(year), report),
  });
}
