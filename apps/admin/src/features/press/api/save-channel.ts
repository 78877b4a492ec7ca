import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput, ChannelView, UpdateChannelBody } from '@lantoa/contracts/press';
import { apiFetch } from '../../../lib/api-client.ts';
import { pressKeys } from './keys.ts';

/** Creates a channel, or saves one at the version it was read at (optimistic locking). */
export function saveChannel(id: string | null, body: ChannelInput | UpdateChannelBody): Promise<ChannelView> {
  return id
    ? apiFetch<ChannelView>(`/press/channels/${encodeURIComponent(id)}`, { method: 'PUT', body })
    : apiFetch<ChannelView>('/press/channels', { method: 'POST', body });
}

export function useSaveChannel(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChannelInput | UpdateChannelBody) => saveChannel(id, body),
    onSuccess: (channel) => {
      queryClient.setQueryData(pressKeys.detail(channel.id), channel);
      void queryClient.invalidateQueries({ queryKey: pressKeys.all });
    },
  });
}
