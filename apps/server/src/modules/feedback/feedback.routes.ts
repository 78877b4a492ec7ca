import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParamsSchema, pageOf } from '@lantoa/contracts/common';
import { FeedbackListQuerySchema, FeedbackSchema, ModerateFeedbackBodySchema } from '@lantoa/contracts/feedback';
import { ExportFormatQuerySchema } from '@lantoa/contracts/exchange';
import type { RouteDeps } from '../../app.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authErrors, writeErrors } from '../../platform/http/responses.ts';
import { exportResponses, replyWithExport } from '../../platform/exports/export-reply.ts';
import * as feedback from './feedback.service.ts';
import { feedbackExport } from './feedback.exports.ts';

/** Moderation of citizen feedback (the public form is a portal page). */
export async function feedbackRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, config } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['feedback'];
  const ctx = (req: { actor: Actor | null }) => ({ db, config, actor: req.actor! });

  r.get('/api/v1/feedback', {
    config: { access: 'feedback:read' },
    schema: { tags, summary: 'Góp ý của người dân (lọc theo trạng thái, loại nội dung, tìm kiếm)', querystring: FeedbackListQuerySchema, response: { 200: pageOf(FeedbackSchema), ...authErrors } },
  }, (req) => feedback.findFeedback(ctx(req), req.query));

  r.get('/api/v1/feedback/export', {
    config: { access: 'feedback:read' },
    schema: { tags, summary: 'Xuất góp ý ra XLSX/CSV (cùng bộ lọc)', querystring: FeedbackListQuerySchema.omit({ page: true, pageSize: true }).extend(ExportFormatQuerySchema.shape), response: exportResponses },
  }, (req, reply) => {
    const { format, ...filter } = req.query;
    return replyWithExport(reply, deps, req.actor!, feedbackExport, filter, format);
  });

  r.get('/api/v1/feedback/:id', {
    config: { access: 'feedback:read' },
    schema: { tags, summary: 'Một góp ý', params: IdParamsSchema, response: { 200: FeedbackSchema, ...authErrors } },
  }, (req) => feedback.getFeedback(ctx(req), req.params.id));

  r.put('/api/v1/feedback/:id/moderation', {
    config: { access: 'feedback:moderate' },
    schema: { tags, summary: 'Kiểm duyệt góp ý: đăng (kèm trả lời), ẩn hoặc để chờ (khóa lạc quan)', params: IdParamsSchema, body: ModerateFeedbackBodySchema, response: { 200: FeedbackSchema, ...writeErrors } },
  }, (req) => feedback.moderateFeedback(ctx(req), req.params.id, req.body));
}
