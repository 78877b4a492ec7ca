import { useQuery } from '@tanstack/react-query';
import type { ChannelView } from '@lantoa/contracts/press';
import { apiFetch } from '../../../lib/api-client.ts';
import { pressKeys } from './keys.ts';

export function getChannel(id: string, signal?: AbortSignal): Promise<ChannelView> {
  return apiFetch<ChannelView>(`/press/channels/${encodeURIComponent(id)}`, { signal });
}

export function useChannel(id: string) {
  return useQuery({ queryKey: pressKeys.detail(id), queryFn: ({ signal }) => getChannel(id, signal) });
}
