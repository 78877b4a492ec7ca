import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import { jobKeys } from './keys.ts';

export function retryJob(id: string): Promise<{ ok: true }> {
  return apiFetch<{ ok: true }>(`/jobs/${encodeURIComponent(id)}/retry`, { method: 'POST' });
}

export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryJob,
    onSettled: () => queryClient.invalidateQueries({ queryKey: jobKeys.all }),
  });
}
