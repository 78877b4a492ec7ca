import { z } from 'zod';

export const NOTIFICATION_KIND_LABELS = {
  'reminder.deadline': { vi: 'Nhắc hạn', en: 'Deadline reminders' },
  'reminder.approval-waiting': { vi: 'Hồ sơ chờ duyệt', en: 'Approvals waiting' },
  'job.succeeded': { vi: 'Công việc hoàn thành', en: 'Finished jobs' },
  'job.failed': { vi: 'Công việc thất bại', en: 'Failed jobs' },
  'system.message': { vi: 'Thông báo hệ thống', en: 'System messages' },
} as const;
export type NotificationKindName = keyof typeof NOTIFICATION_KIND_LABELS;
export const NOTIFICATION_KIND_NAMES = Object.keys(NOTIFICATION_KIND_LABELS) as NotificationKindName[];

export const NotificationViewSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof NotificationViewSchema>;

export const NotificationListQuerySchema = z.object({
  unreadOnly: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const NotificationPreferenceSchema = z.object({
  kind: z.enum(NOTIFICATION_KIND_NAMES as [NotificationKindName, ...NotificationKindName[]]),
  inApp: z.boolean(),
  email: z.boolean(),
});
export const NotificationPreferencesSchema = z.object({ items: z.array(NotificationPreferenceSchema) });
