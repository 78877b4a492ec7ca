import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Ownership, SchoolLevel, SchoolSummary } from '@lantoa/contracts/schools';
import { apiFetch } from '../../../lib/api-client.ts';
import { schoolKeys } from './keys.ts';

export type SchoolPage = { items: SchoolSummary[]; total: number; page: number; pageSize: number };
export type SchoolListParams = {
  level?: SchoolLevel;
  ownership?: Ownership;
  schoolYear?: number;
  hasSession?: 'true' | 'false';
  q?: string;
  sort?: string;
  page?: number;
  pageSize?: number;
};

export function getSchools(params: SchoolListParams, signal?: AbortSignal): Promise<SchoolPage> {
  return apiFetch<SchoolPage>('/schools', { query: params, signal });
}

export function useSchools(params: SchoolListParams) {
  return useQuery({ queryKey: schoolKeys.list(params), queryFn: ({ signal }) => getSchools(params, signal), placeholderData: keepPreviousData });
}
