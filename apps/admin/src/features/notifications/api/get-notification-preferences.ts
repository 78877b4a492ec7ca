import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { NotificationPreferencesSchema } from '@lantoa/contracts/notifications';
import { apiFetch } from '../../../lib/api-client.ts';
import { notificationKeys } from './keys.ts';

export type NotificationPreferences = z.infer<typeof NotificationPreferencesSchema>;
export type NotificationPreference = NotificationPreferences['items'][number];

export function getNotificationPreferences(signal?: AbortSignal): Promise<NotificationPreferences> {
  return apiFetch<NotificationPreferences>('/notifications/preferences', { signal });
}

export function useNotificationPreferences() {
  return useQuery({
    queryKey: notificationKeys.preferences,
    queryFn: ({ signal }) => getNotificationPreferences(signal),
  });
}
