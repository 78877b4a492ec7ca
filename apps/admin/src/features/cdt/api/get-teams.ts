import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TeamStatus, TeamSummary } from '@lantoa/contracts/cdt';
import { apiFetch } from '../../../lib/api-client.ts';
import { cdtKeys } from './keys.ts';

export type TeamPage = { items: TeamSummary[]; total: number; page: number; pageSize: number };
export type TeamListParams = {
  unitId?: string;
  status?: TeamStatus;
  belowMinimum?: 'true' | 'false';
  q?: string;
  sort?: string;
  page?: number;
  pageSize?: number;
};

export function getTeams(params: TeamListParams, signal?: AbortSignal): Promise<TeamPage> {
  return apiFetch<TeamPage>('/cdt/teams', { query: params, signal });
}

export function useTeams(params: TeamListParams) {
  return useQuery({ queryKey: cdtKeys.list(params), queryFn: ({ signal }) => getTeams(params, signal), placeholderData: keepPreviousData });
}
