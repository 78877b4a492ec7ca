import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ClassView, ParticipantInput } from '@lantoa/contracts/trainings';
import { apiFetch } from '../../../lib/api-client.ts';
import { trainingKeys } from './keys.ts';

/** Saves the whole participant list at `lockVersion`; VERSION_CONFLICT when someone saved the class since. */
export function saveParticipants(
  id: string,
  lockVersion: number,
  participants: ParticipantInput[],
): Promise<ClassView> {
  return apiFetch<ClassView>(`/trainings/classes/${encodeURIComponent(id)}/participants`, {
    method: 'PUT',
    body: { lockVersion, participants },
  });
}

export function useSaveParticipants(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ lockVersion, participants }: { lockVersion: number; participants: ParticipantInput[] }) =>
      saveParticipants(id, lockVersion, participants),
    onSuccess: (k) => {
      queryClient.setQueryData(trainingKeys.detail(id), k);
      void queryClient.invalidateQueries({ queryKey: ['trainings', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['trainings', 'facts'] });
    },
  });
}
