import { useQuery } from '@tanstack/react-query';
import type { OfficialDocument } from '@lantoa/contracts/documents';
import { apiFetch } from '../../../lib/api-client.ts';
import { programmeReportKeys } from './keys.ts';

export const REPORT_STATUSES = ['draft', 'issued'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** What people write in the report; every other sentence and figure comes from the system. */
export type Narrative = {
  overview: string;
  /** By task area number ("1", "2"…): a sentence or two added after that area's figures. */
  taskAreas: Record<string, string>;
  difficulties: string;
  proposals: string;
  signerTitle: string;
  signerName: string;
  /** The number part of "Số: 12/BC-SKHCN"; empty until the văn thư gives one. */
  number: string;
};

/** GET /api/v1/programme-reports/:year — the narrative and the document assembled from it now. */
export type ProgrammeReport = {
  year: number;
  status: ReportStatus;
  lockVersion: number;
  narrative: Narrative;
  /** When it was issued (ISO timestamp); null while a draft. */
  issuedAt: string | null;
  document: OfficialDocument;
};

/** The year's report; the server starts an empty draft the first time a year is opened. */
export function getProgrammeReport(year: number, signal?: AbortSignal): Promise<ProgrammeReport> {
  return apiFetch<ProgrammeReport>(`/programme-reports/${year}`, { signal });
}

export function useProgrammeReport(year: number) {
  return useQuery({
    queryKey: programmeReportKeys.detail(year),
    queryFn: ({ signal }) => getProgrammeReport(year, signal),
  });
}
