import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Programme, UpdateProgrammeBody } from '@lantoa/contracts/programme';
import { apiFetch } from '../../../lib/api-client.ts';
import { programmeKeys } from './keys.ts';

export function updateProgramme(id: string, body: UpdateProgrammeBody): Promise<Programme> {
  return apiFetch<Programme>(`/programmes/${encodeURIComponent(id)}`, { method: 'PUT', body });
}

export function useUpdateProgramme(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProgrammeBody) => updateProgramme(id, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: programmeKeys.all }),
  });
}
