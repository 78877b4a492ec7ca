import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { NotificationPreferences } from './get-notification-preferences.ts';
import { notificationKeys } from './keys.ts';

export function updateNotificationPreferences(body: NotificationPreferences): Promise<NotificationPreferences> {
  return apiFetch<NotificationPreferences>('/notifications/preferences', { method: 'PUT', body });
}

export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNotificationPreferences,
    onSuccess: (saved) => queryClient.setQueryData(notificationKeys.preferences, saved),
  });
}
