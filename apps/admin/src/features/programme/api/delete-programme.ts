import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import { programmeKeys } from './keys.ts';

export function deleteProgramme(id: string, version: number): Promise<{ ok: true }> {
  return apiFetch<{ ok: true }>(`/programmes/${encodeURIComponent(id)}`, { method: 'DELETE', query: { version } });
}

export function useDeleteProgramme(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => deleteProgramme(id, version),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: programmeKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: programmeKeys.all });
    },
  });
}
