import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, OkSchema, pageOf } from '@lantoa/contracts/common';
import {
  NOTIFICATION_KIND_NAMES,
  NotificationListQuerySchema,
  NotificationPreferencesSchema,
  NotificationViewSchema,
} from '@lantoa/contracts/notifications';
import type { RouteDeps } from '../../app.ts';
import { AppError } from '../errors.ts';
import { withTransaction } from '../db/db.ts';
import { authErrors, writeErrors } from '../http/responses.ts';
import * as repo from './notifications.repository.ts';

export async function notificationRoutes(app: FastifyInstance, { db }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];

  r.get('/api/v1/notifications', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Hộp thông báo của tôi', querystring: NotificationListQuerySchema, response: { 200: pageOf(NotificationViewSchema).extend({ unread: z.number().int() }), ...authErrors } },
  }, async (req) => {
    const q = req.query;
    const userId = req.actor!.userId;
    const { rows, total } = await repo.listNotifications(db, userId, { unreadOnly: q.unreadOnly === 'true', limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
    return {
      items: rows.map((n) => ({ id: n.id, kind: n.kind, title: n.title, body: n.body, link: n.link, createdAt: n.created_at.toISOString(), readAt: n.read_at?.toISOString() ?? null })),
      total,
      page: q.page,
      pageSize: q.pageSize,
      unread: await repo.countUnread(db, userId),
    };
  });

  r.get('/api/v1/notifications/unread-count', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Số thông báo chưa đọc', response: { 200: z.object({ unread: z.number().int() }), ...authErrors } },
  }, async (req) => ({ unread: await repo.countUnread(db, req.actor!.userId) }));

  r.post('/api/v1/notifications/:id/read', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Đánh dấu đã đọc', params: IdParamsSchema, response: { 200: OkSchema, ...writeErrors } },
  }, async (req) => {
    const n = await repo.findNotification(db, req.params.id);
    if (!n || n.user_id !== req.actor!.userId) throw new AppError('NOT_FOUND', 'Không tìm thấy thông báo');
    await repo.markRead(db, req.actor!.userId, req.params.id);
    return { ok: true as const };
  });

  r.post('/api/v1/notifications/read-all', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Đánh dấu tất cả đã đọc', response: { 200: OkSchema, ...writeErrors } },
  }, async (req) => {
    await repo.markRead(db, req.actor!.userId, null);
    return { ok: true as const };
  });

  r.get('/api/v1/notifications/preferences', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Cách nhận thông báo theo từng loại', response: { 200: NotificationPreferencesSchema, ...authErrors } },
  }, async (req) => {
    const saved = new Map((await repo.findPreferences(db, req.actor!.userId)).map((p) => [p.kind, p]));
    return {
      items: NOTIFICATION_KIND_NAMES.map((kind) => ({ kind, inApp: saved.get(kind)?.in_app ?? true, email: saved.get(kind)?.email ?? true })),
    };
  });

  r.put('/api/v1/notifications/preferences', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Lưu cách nhận thông báo', body: NotificationPreferencesSchema, response: { 200: NotificationPreferencesSchema, ...writeErrors } },
  }, async (req) => {
    await withTransaction(db, async (tx) => {
      for (const p of req.body.items) await repo.upsertPreference(tx, req.actor!.userId, p.kind, p.inApp, p.email);
    });
    return req.body;
  });
}
