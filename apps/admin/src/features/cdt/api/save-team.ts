import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateTeamBody, TeamView, UpdateTeamBody } from '@lantoa/contracts/cdt';
import { apiFetch } from '../../../lib/api-client.ts';
import { cdtKeys } from './keys.ts';

export function createTeam(body: CreateTeamBody): Promise<TeamView> {
  return apiFetch<TeamView>('/cdt/teams', { method: 'POST', body });
}

export function updateTeam(id: string, body: UpdateTeamBody): Promise<TeamView> {
  return apiFetch<TeamView>(`/cdt/teams/${id}`, { method: 'PUT', body });
}

/** Creates (no id) or updates a team; the lists and the team's page are refreshed after. */
export function useSaveTeam(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTeamBody | UpdateTeamBody) => (id ? updateTeam(id, body as UpdateTeamBody) : createTeam(body as CreateTeamBody)),
    onSuccess: (team) => {
      queryClient.setQueryData(cdtKeys.detail(team.id), team);
      void queryClient.invalidateQueries({ queryKey: ['cdt', 'teams'] });
    },
  });
}
