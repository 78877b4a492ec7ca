import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';

/** Asks for the channel's feed to be read now; the answer names the job that does it. */
export function pullChannel(channelId: string): Promise<{ jobId: string }> {
  return apiFetch<{ jobId: string }>(`/press/channels/${encodeURIComponent(channelId)}/pull`, { method: 'POST' });
}

export function usePullChannel(channelId: string) {
  return useMutation({ mutationFn: () => pullChannel(channelId) });
}
