import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, OkSchema, pageOf, UuidSchema } from '@lantoa/contracts/common';
import { ExportFormatQuerySchema } from '@lantoa/contracts/exchange';
import {
  ArticleCountsQuerySchema,
  ArticleCountsSchema,
  ArticleInputSchema,
  ArticleListQuerySchema,
  ArticleSchema,
  ChannelInputSchema,
  ChannelListQuerySchema,
  ChannelSummarySchema,
  ChannelViewSchema,
  PullAcceptedSchema,
  UpdateChannelBodySchema,
} from '@lantoa/contracts/press';
import type { RouteDeps } from '../../app.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authErrors, writeErrors } from '../../platform/http/responses.ts';
import { exportResponses, replyWithExport } from '../../platform/exports/export-reply.ts';
import * as press from './press.service.ts';
import { articleCountsExport, channelListExport } from './press.exports.ts';
import { PULL_FEEDS_JOB_KIND } from './press.jobs.ts';

export async function pressRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, config } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['press'];
  // Every route here requires a permission, so the actor is always there.
  const ctx = (req: { actor: Actor | null }) => ({ db, config, actor: req.actor! });
  const ArticleParamsSchema = z.object({ id: UuidSchema, articleId: UuidSchema });

  r.get('/api/v1/press/channels', {
    config: { access: 'press:read' },
    schema: { tags, summary: 'Danh sách kênh báo chí, cổng thông tin trong phạm vi (lọc, tìm kiếm, sắp xếp)', querystring: ChannelListQuerySchema, response: { 200: pageOf(ChannelSummarySchema), ...authErrors } },
  }, (req) => press.findChannels(ctx(req), req.query));

  r.get('/api/v1/press/channels/export', {
    config: { access: 'press:read' },
    schema: { tags, summary: 'Xuất danh sách kênh ra XLSX/CSV (cùng bộ lọc; nhập lại được)', querystring: ChannelListQuerySchema.omit({ page: true, pageSize: true }).extend(ExportFormatQuerySchema.shape), response: exportResponses },
  }, (req, reply) => {
    const { format, ...filter } = req.query;
    return replyWithExport(reply, deps, req.actor!, channelListExport, filter, format);
  });

  r.post('/api/v1/press/channels', {
    config: { access: 'press:manage' },
    schema: { tags, summary: 'Thêm kênh (cơ quan báo chí, cổng thông tin, bản tin, đài truyền thanh)', body: ChannelInputSchema, response: { 201: ChannelViewSchema, ...writeErrors } },
  }, async (req, reply) => reply.status(201).send(await press.createChannel(ctx(req), req.body)));

  r.get('/api/v1/press/channels/:id', {
    config: { access: 'press:read' },
    schema: { tags, summary: 'Một kênh và chuyên mục Chuyển đổi số của kênh', params: IdParamsSchema, response: { 200: ChannelViewSchema, ...authErrors } },
  }, (req) => press.getChannel(ctx(req), req.params.id));

  r.put('/api/v1/press/channels/:id', {
    config: { access: 'press:manage' },
    schema: { tags, summary: 'Sửa kênh (khóa lạc quan theo lockVersion)', params: IdParamsSchema, body: UpdateChannelBodySchema, response: { 200: ChannelViewSchema, ...writeErrors } },
  }, (req) => press.updateChannel(ctx(req), req.params.id, req.body));

  r.delete('/api/v1/press/channels/:id', {
    config: { access: 'press:manage' },
    schema: { tags, summary: 'Xóa kênh cùng các tin bài của kênh', params: IdParamsSchema, response: { 200: OkSchema, ...writeErrors } },
  }, (req) => press.deleteChannel(ctx(req), req.params.id));

  r.post('/api/v1/press/channels/:id/pull', {
    config: { access: 'press:manage' },
    schema: { tags, summary: 'Lấy tin ngay từ RSS/Atom của kênh (công việc nền; theo dõi tại /api/v1/jobs/{jobId})', params: IdParamsSchema, response: { 202: PullAcceptedSchema, ...writeErrors } },
  }, async (req, reply) => {
    await press.assertPullable(ctx(req), req.params.id);
    const jobId = await deps.jobs.enqueue(PULL_FEEDS_JOB_KIND, { channelId: req.params.id }, { actorId: req.actor!.userId });
    return reply.status(202).send({ jobId });
  });

  r.get('/api/v1/press/channels/:id/articles', {
    config: { access: 'press:read' },
    schema: { tags, summary: 'Tin bài trong chuyên mục của kênh', params: IdParamsSchema, querystring: ArticleListQuerySchema, response: { 200: pageOf(ArticleSchema), ...authErrors } },
  }, (req) => press.findArticles(ctx(req), req.params.id, req.query));

  r.post('/api/v1/press/channels/:id/articles', {
    config: { access: 'press:manage' },
    schema: { tags, summary: 'Thêm tin bài nhập tay (mỗi địa chỉ một lần trong kênh)', params: IdParamsSchema, body: ArticleInputSchema, response: { 201: ArticleSchema, ...writeErrors } },
  }, async (req, reply) => reply.status(201).send(await press.createArticle(ctx(req), req.params.id, req.body)));

  r.delete('/api/v1/press/channels/:id/articles/:articleId', {
    config: { access: 'press:manage' },
    schema: { tags, summary: 'Xóa một tin bài của kênh', params: ArticleParamsSchema, response: { 200: OkSchema, ...writeErrors } },
  }, (req) => press.deleteArticle(ctx(req), req.params.id, req.params.articleId));

  r.get('/api/v1/press/article-counts', {
    config: { access: 'press:read' },
    schema: { tags, summary: 'Số tin bài chuyển đổi số theo kênh và tháng của một năm', querystring: ArticleCountsQuerySchema, response: { 200: ArticleCountsSchema, ...authErrors } },
  }, (req) => press.getArticleCounts(ctx(req), req.query));

  r.get('/api/v1/press/article-counts/export', {
    config: { access: 'press:read' },
    schema: { tags, summary: 'Xuất số tin bài theo kênh và tháng ra XLSX/CSV', querystring: ArticleCountsQuerySchema.extend(ExportFormatQuerySchema.shape), response: exportResponses },
  }, (req, reply) => {
    const { format, ...filter } = req.query;
    return replyWithExport(reply, deps, req.actor!, articleCountsExport, filter, format);
  });
}
