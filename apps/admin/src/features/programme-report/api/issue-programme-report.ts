import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { ProgrammeReport } from './get-programme-report.ts';
import { programmeReportKeys } from './keys.ts';

/** Issues the report: its narrative is locked from then on. */
export function issueProgrammeReport(year: number, lockVersion: number): Promise<ProgrammeReport> {
  return apiFetch<ProgrammeReport>(`/programme-reports/${year}/issue`, { method: 'POST', body: { lockVersion } });
}

export function useIssueProgrammeReport(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lockVersion: number) => issueProgrammeReport(year, lockVersion),
    onSuccess: (report) => queryClient.setQueryData(programmeReportKeys.detail(year), report),
  });
}
