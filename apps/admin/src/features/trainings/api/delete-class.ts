import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';

export function deleteClass(id: string): Promise<{ ok: true }> {
  return apiFetch<{ ok: true }>(`/trainings/classes/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteClass() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteClass,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['trainings'] }),
  });
}
