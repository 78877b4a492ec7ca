import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, UuidSchema } from '@lantoa/contracts/common';
import { ErrorBodySchema } from '@lantoa/contracts/errors';
import {
  ContentInputSchema,
  ContentListQuerySchema,
  ContentSummarySchema,
  ContentTransitionBodySchema,
  ContentUsageInputSchema,
  ContentUsageQuerySchema,
  ContentUsageReportSchema,
  ContentUsageSchema,
  ContentVersionSchema,
  ContentVersionSummarySchema,
  ContentViewSchema,
  UpdateContentBodySchema,
} from '@lantoa/contracts/content';
import { pageOf } from '@lantoa/contracts/common';
import type { RouteDeps } from '../../app.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { readUpload, registerUploads } from '../../platform/files/upload.ts';
import { authErrors, writeErrors } from '../../platform/http/responses.ts';
import { ExportFormatQuerySchema } from '@lantoa/contracts/exchange';
import { exportResponses, replyWithExport } from '../../platform/exports/export-reply.ts';
import { contentListExport, contentUsageExport } from './content.exports.ts';
import * as content from './content.service.ts';

const LockQuerySchema = z.object({ lockVersion: z.coerce.number().int().min(1, { message: 'Thiếu phiên bản khóa (lockVersion)' }) });

export async function contentRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, config, notifier, blobs } = deps;
  await registerUploads(app, content.CONTENT_UPLOAD_MAX);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['content'];
  const ctx = (req: { actor: Actor | null }) => ({ db, config, actor: req.actor! });

  r.get('/api/v1/content', {
    config: { access: 'content:read' },
    schema: { tags, summary: 'Thư viện nội dung: đã đăng của mọi đơn vị và mọi trạng thái trong phạm vi (lọc, tìm kiếm không dấu, sắp xếp)', querystring: ContentListQuerySchema, response: { 200: pageOf(ContentSummarySchema), ...authErrors } },
  }, (req) => content.findItems(ctx(req), req.query));

  r.get('/api/v1/content/export', {
    config: { access: 'content:read' },
    schema: { tags, summary: 'Xuất thư viện nội dung ra XLSX/CSV (cùng bộ lọc)', querystring: ContentListQuerySchema.omit({ page: true, pageSize: true }).extend(ExportFormatQuerySchema.shape), response: exportResponses },
  }, (req, reply) => {
    const { format, ...filter } = req.query;
    return replyWithExport(reply, deps, req.actor!, contentListExport, filter, format);
  });

  r.get('/api/v1/content/usage/export', {
    config: { access: 'content:read' },
    schema: { tags, summary: 'Xuất nhật ký sử dụng nội dung ra XLSX/CSV (cùng bộ lọc)', querystring: ContentUsageQuerySchema.omit({ page: true, pageSize: true }).extend(ExportFormatQuerySchema.shape), response: exportResponses },
  }, (req, reply) => {
    const { format, ...filter } = req.query;
    return replyWithExport(reply, deps, req.actor!, contentUsageExport, filter, format);
  });

  r.post('/api/v1/content', {
    config: { access: 'content:edit' },
    schema: { tags, summary: 'Thêm nội dung (bản nháp); nội dung HTML được lọc theo danh sách cho phép', body: ContentInputSchema, response: { 201: ContentViewSchema, ...writeErrors } },
  }, async (req, reply) => reply.status(201).send(await content.createItem(ctx(req), req.body)));

  r.get('/api/v1/content/usage', {
    config: { access: 'content:read' },
    schema: { tags, summary: 'Nhật ký sử dụng nội dung (đơn vị nào dùng nội dung nào trên kênh nào), kèm tổng hợp', querystring: ContentUsageQuerySchema, response: { 200: ContentUsageReportSchema, ...authErrors } },
  }, (req) => content.findUsage(ctx(req), req.query));

  r.get('/api/v1/content/:id', {
    config: { access: 'content:read' },
    schema: { tags, summary: 'Một nội dung: tệp, thao tác được phép, lịch sử', params: IdParamsSchema, response: { 200: ContentViewSchema, ...authErrors } },
  }, (req) => content.getItem(ctx(req), req.params.id));

  r.put('/api/v1/content/:id', {
    config: { access: 'content:edit' },
    schema: { tags, summary: 'Sửa nội dung (khóa lạc quan; mỗi lần lưu là một phiên bản)', params: IdParamsSchema, body: UpdateContentBodySchema, response: { 200: ContentViewSchema, ...writeErrors } },
  }, (req) => content.updateItem(ctx(req), req.params.id, req.body));

  r.post('/api/v1/content/:id/transition', {
    config: { access: 'content:read' },
    schema: { tags, summary: 'Chuyển trạng thái: gửi duyệt, trả lại, đăng, hẹn giờ, gỡ, lưu trữ, khôi phục', params: IdParamsSchema, body: ContentTransitionBodySchema, response: { 200: ContentViewSchema, ...writeErrors } },
  }, (req) => content.transitionItem(ctx(req), { notifier }, req.params.id, req.body));

  r.get('/api/v1/content/:id/versions', {
    config: { access: 'content:read' },
    schema: { tags, summary: 'Các phiên bản đã lưu của nội dung', params: IdParamsSchema, response: { 200: z.object({ items: z.array(ContentVersionSummarySchema) }), ...authErrors } },
  }, (req) => content.findVersions(ctx(req), req.params.id));

  r.get('/api/v1/content/:id/versions/:versionNo', {
    config: { access: 'content:read' },
    schema: { tags, summary: 'Một phiên bản đã lưu', params: z.object({ id: UuidSchema, versionNo: z.coerce.number().int().min(1) }), response: { 200: ContentVersionSchema, ...authErrors } },
  }, (req) => content.getVersion(ctx(req), req.params.id, req.params.versionNo));

  r.post('/api/v1/content/:id/files', {
    config: { access: 'content:edit' },
    schema: {
      tags, summary: 'Đính kèm tệp (multipart: file, lockVersion, caption); ảnh có ảnh nhỏ, video giữ nguyên; loại tệp xét theo nội dung',
      params: IdParamsSchema, consumes: ['multipart/form-data'], response: { 200: ContentViewSchema, ...writeErrors, 413: ErrorBodySchema, 415: ErrorBodySchema },
    },
  }, async (req) => {
    const upload = await readUpload(req, content.CONTENT_UPLOAD_MAX);
    const lockVersion = Number(upload.fields.lockVersion);
    if (!Number.isInteger(lockVersion) || lockVersion < 1) throw new AppError('VALIDATION_FAILED', 'Thiếu phiên bản khóa (lockVersion)', { issues: [{ path: 'lockVersion', message: 'Thiếu phiên bản khóa' }] });
    const caption = upload.fields.caption?.trim().slice(0, 500) || null;
    return content.addFile(ctx(req), { blobs }, req.params.id, { fileName: upload.fileName, data: upload.data, caption, lockVersion });
  });

  r.delete('/api/v1/content/:id/files/:fileId', {
    config: { access: 'content:edit' },
    schema: { tags, summary: 'Gỡ một tệp đính kèm', params: z.object({ id: UuidSchema, fileId: UuidSchema }), querystring: LockQuerySchema, response: { 200: ContentViewSchema, ...writeErrors } },
  }, (req) => content.removeFile(ctx(req), req.params.id, req.params.fileId, req.query.lockVersion));

  r.post('/api/v1/content/:id/usage', {
    config: { access: 'content:edit' },
    schema: { tags, summary: 'Ghi nhận đơn vị đã sử dụng nội dung trên một kênh', params: IdParamsSchema, body: ContentUsageInputSchema, response: { 201: ContentUsageSchema, ...writeErrors } },
  }, async (req, reply) => reply.status(201).send(await content.recordUsage(ctx(req), req.params.id, req.body)));
}
