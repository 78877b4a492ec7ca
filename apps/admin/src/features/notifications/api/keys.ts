export const notificationKeys = {
  all: ['notifications'] as const,
  list: (params: object) => ['notifications', 'list', params] as const,
  unreadCount: ['notifications', 'unread-count'] as const,
  preferences: ['notifications', 'preferences'] as const,
};
