import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParamsSchema, OkSchema, pageOf } from '@lantoa/contracts/common';
import { ErrorBodySchema } from '@lantoa/contracts/errors';
import { ExportFormatQuerySchema } from '@lantoa/contracts/exchange';
import { CreateEventBodySchema, EventListQuerySchema, EventSummarySchema, EventViewSchema, PhotoParamsSchema, UpdateEventBodySchema } from '@lantoa/contracts/events';
import type { RouteDeps } from '../../app.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authErrors, writeErrors } from '../../platform/http/responses.ts';
import { exportResponses, replyWithExport } from '../../platform/exports/export-reply.ts';
import { readUpload, registerUploads } from '../../platform/files/upload.ts';
import { eventListExport } from './events.exports.ts';
import * as events from './events.service.ts';

export async function eventRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, config, blobs } = deps;
  await registerUploads(app, config.uploadMaxBytes);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['events'];
  // Every route here requires a permission, so the actor is always there.
  const ctx = (req: { actor: Actor | null }) => ({ db, config, actor: req.actor! });

  r.get('/api/v1/events', {
    config: { access: 'event:read' },
    schema: { tags, summary: 'Sự kiện truyền thông CĐS trong phạm vi (lọc theo năm, tháng, loại, đơn vị tổ chức, tìm kiếm)', querystring: EventListQuerySchema, response: { 200: pageOf(EventSummarySchema), ...authErrors } },
  }, (req) => events.findEvents(ctx(req), req.query));

  r.get('/api/v1/events/export', {
    config: { access: 'event:read' },
    schema: { tags, summary: 'Xuất danh sách sự kiện ra XLSX/CSV (cùng bộ lọc)', querystring: EventListQuerySchema.omit({ page: true, pageSize: true }).extend(ExportFormatQuerySchema.shape), response: exportResponses },
  }, (req, reply) => {
    const { format, ...filter } = req.query;
    return replyWithExport(reply, deps, req.actor!, eventListExport, filter, format);
  });

  r.post('/api/v1/events', {
    config: { access: 'event:manage' },
    schema: { tags, summary: 'Thêm sự kiện (kèm bài viết đưa tin và sản phẩm Make in Da Nang)', body: CreateEventBodySchema, response: { 201: EventViewSchema, ...writeErrors } },
  }, async (req, reply) => reply.status(201).send(await events.createEvent(ctx(req), req.body)));

  r.get('/api/v1/events/:id', {
    config: { access: 'event:read' },
    schema: { tags, summary: 'Một sự kiện: thông tin, bài viết đưa tin, sản phẩm, ảnh', params: IdParamsSchema, response: { 200: EventViewSchema, ...authErrors } },
  }, (req) => events.getEvent(ctx(req), req.params.id));

  r.put('/api/v1/events/:id', {
    config: { access: 'event:manage' },
    schema: { tags, summary: 'Sửa sự kiện (khóa lạc quan theo lockVersion)', params: IdParamsSchema, body: UpdateEventBodySchema, response: { 200: EventViewSchema, ...writeErrors } },
  }, (req) => events.updateEvent(ctx(req), req.params.id, req.body));

  r.delete('/api/v1/events/:id', {
    config: { access: 'event:manage' },
    schema: { tags, summary: 'Xóa sự kiện cùng bài viết, sản phẩm và ảnh', params: IdParamsSchema, response: { 200: OkSchema, ...writeErrors } },
  }, (req) => events.deleteEvent(ctx(req), req.params.id));

  r.post('/api/v1/events/:id/photos', {
    config: { access: 'event:manage' },
    schema: {
      tags, summary: 'Thêm ảnh sự kiện (multipart/form-data: "file" là ảnh JPEG/PNG/WebP/GIF, "caption" chú thích)', consumes: ['multipart/form-data'],
      params: IdParamsSchema, response: { 201: EventViewSchema, ...writeErrors, 413: ErrorBodySchema, 415: ErrorBodySchema },
    },
  }, async (req, reply) => {
    const upload = await readUpload(req, config.uploadMaxBytes);
    const view = await events.addPhoto({ ...ctx(req), blobs }, req.params.id, { fileName: upload.fileName, data: upload.data, caption: upload.fields.caption ?? null });
    return reply.status(201).send(view);
  });

  r.delete('/api/v1/events/:id/photos/:photoId', {
    config: { access: 'event:manage' },
    schema: { tags, summary: 'Gỡ một ảnh khỏi sự kiện', params: PhotoParamsSchema, response: { 200: EventViewSchema, ...writeErrors } },
  }, (req) => events.removePhoto(ctx(req), req.params.id, req.params.photoId));
}

