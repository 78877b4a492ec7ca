import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CaseCategory, CaseStatus, CaseSummary } from '@lantoa/contracts/cases';
import { apiFetch } from '../../../lib/api-client.ts';
import { caseKeys } from './keys.ts';

export type CasePage = { items: CaseSummary[]; total: number; page: number; pageSize: number };
export type CaseListParams = {
  status?: CaseStatus;
  category?: CaseCategory;
  overdue?: 'true' | 'false';
  year?: number;
  q?: string;
  sort?: 'newest' | 'oldest' | 'due';
  page?: number;
  pageSize?: number;
};

export function getCases(params: CaseListParams, signal?: AbortSignal): Promise<CasePage> {
  return apiFetch<CasePage>('/cases', { query: params, signal });
}

export function useCases(params: CaseListParams) {
  return useQuery({ queryKey: caseKeys.list(params), queryFn: ({ signal }) => getCases(params, signal), placeholderData: keepPreviousData });
}
