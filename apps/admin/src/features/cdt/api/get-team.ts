import { useQuery } from '@tanstack/react-query';
import type { TeamView } from '@lantoa/contracts/cdt';
import { apiFetch } from '../../../lib/api-client.ts';
import { cdtKeys } from './keys.ts';

export function getTeam(id: string, signal?: AbortSignal): Promise<TeamView> {
  return apiFetch<TeamView>(`/cdt/teams/${id}`, { signal });
}

export function useTeam(id: string) {
  return useQuery({ queryKey: cdtKeys.detail(id), queryFn: ({ signal }) => getTeam(id, signal) });
}
