import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ProgrammeList, ProgrammeStatus } from '@lantoa/contracts/programme';
import { apiFetch } from '../../../lib/api-client.ts';
import { programmeKeys } from './keys.ts';

export type ProgrammeListParams = { status?: ProgrammeStatus; q?: string; page?: number; pageSize?: number };

export function getProgrammes(params: ProgrammeListParams, signal?: AbortSignal): Promise<ProgrammeList> {
  return apiFetch<ProgrammeList>('/programmes', { query: params, signal });
}

export function useProgrammes(params: ProgrammeListParams) {
  return useQuery({
    queryKey: programmeKeys.list(params),
    queryFn: ({ signal }) => getProgrammes(params, signal),
    placeholderData: keepPreviousData,
  });
}
