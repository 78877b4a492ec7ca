import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReportStatus } from '@lantoa/contracts/reporting';
import { apiFetch } from '../../../lib/api-client.ts';
import { reportKeys } from './keys.ts';

export type ReportListItem = {
  id: string;
  formId: string;
  formName: string;
  unitId: string;
  unitName: string;
  period: string;
  periodLabel: string;
  status: ReportStatus;
  revision: number;
  submittedAt: string | null;
};

export type ReportListParams = {
  formId?: string;
  period?: string;
  status?: ReportStatus;
  unitId?: string;
  page: number;
  pageSize: number;
};

export type ReportList = { items: ReportListItem[]; total: number; page: number; pageSize: number };

export function getReports(params: ReportListParams, signal?: AbortSignal): Promise<ReportList> {
  return apiFetch<ReportList>('/reports', { query: params, signal });
}

export function useReports(params: ReportListParams) {
  return useQuery({
    queryKey: reportKeys.list(params),
    queryFn: ({ signal }) => getReports(params, signal),
    placeholderData: keepPreviousData,
  });
}
