import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import { jobKeys } from './keys.ts';

export function cancelJob(id: string): Promise<{ ok: true }> {
  return apiFetch<{ ok: true }>(`/jobs/${encodeURIComponent(id)}/cancel`, { method: 'POST' });
}

export function useCancelJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelJob,
    // A refusal (the job had already started) also means the list on screen is out of date.
    onSettled: () => queryClient.invalidateQueries({ queryKey: jobKeys.all }),
  });
}
