import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import { notificationKeys } from './keys.ts';

export type UnreadCount = { unread: number };

export function getUnreadCount(signal?: AbortSignal): Promise<UnreadCount> {
  return apiFetch<UnreadCount>('/notifications/unread-count', { signal });
}

/** Asked for every 30 seconds while the page is in view, and after every change made here. */
export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.unreadCount,
    queryFn: ({ signal }) => getUnreadCount(signal),
    refetchInterval: 30_000,
    staleTime: 10_000,
  });
}
