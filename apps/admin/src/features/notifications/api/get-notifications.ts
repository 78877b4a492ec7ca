import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationView } from '@lantoa/contracts/notifications';
import { apiFetch } from '../../../lib/api-client.ts';
import { notificationKeys } from './keys.ts';
import type { UnreadCount } from './get-unread-count.ts';

export type NotificationsParams = { unreadOnly: boolean; page: number; pageSize: number };
export type NotificationsPage = {
  items: NotificationView[];
  total: number;
  page: number;
  pageSize: number;
  unread: number;
};

export function getNotifications(
  { unreadOnly, ...params }: NotificationsParams,
  signal?: AbortSignal,
): Promise<NotificationsPage> {
  return apiFetch<NotificationsPage>('/notifications', {
    query: { ...params, unreadOnly: unreadOnly ? 'true' : undefined },
    signal,
  });
}

export function useNotifications(params: NotificationsParams) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: notificationKeys.list(params),
    queryFn: async ({ signal }) => {
      const page = await getNotifications(params, signal);
      // The list knows the unread count too: the bell in the header shows the same number.
      queryClient.setQueryData<UnreadCount>(notificationKeys.unreadCount, { unread: page.unread });
      return page;
    },
    placeholderData: keepPreviousData,
    staleTime: 0,
    // As often as the bell: what arrives while the inbox is open shows in it too.
    refetchInterval: 30_000,
  });
}
