import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateProgrammeBody, ProgrammeDetail } from '@lantoa/contracts/programme';
import { apiFetch } from '../../../lib/api-client.ts';
import { programmeKeys } from './keys.ts';

export function createProgramme(body: CreateProgrammeBody): Promise<ProgrammeDetail> {
  return apiFetch<ProgrammeDetail>('/programmes', { method: 'POST', body });
}

export function useCreateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProgramme,
    onSuccess: (programme) => {
      queryClient.setQueryData(programmeKeys.detail(programme.id), programme);
      void queryClient.invalidateQueries({ queryKey: programmeKeys.all });
    },
  });
}
