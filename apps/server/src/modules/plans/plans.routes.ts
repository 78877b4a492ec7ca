import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, pageOf, UuidSchema } from '@lantoa/contracts/common';
import {
  AppraiseLineBodySchema,
  CreatePlanBodySchema,
  EstimateTransitionBodySchema,
  EstimateViewSchema,
  EstimateYearParamsSchema,
  PlanBoardQuerySchema,
  PlanBoardSchema,
  PlanCompareSchema,
  PlanListQuerySchema,
  PlanSummarySchema,
  PlanTransitionBodySchema,
  PlanViewSchema,
  RemindBehindBodySchema,
  UpdatePlanBodySchema,
} from '@lantoa/contracts/plans';
import type { RouteDeps } from '../../app.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authErrors, writeErrors } from '../../platform/http/responses.ts';
import * as plans from './plans.service.ts';
import * as estimates from './estimates.service.ts';
import { ExportFormatQuerySchema } from '@lantoa/contracts/exchange';
import { exportResponses, replyWithExport } from '../../platform/exports/export-reply.ts';
import { estimateExport, planBoardExport, planListExport } from './plans.exports.ts';
import { estimateDocument, planDocument } from './plans.documents.ts';

export async function planRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, config } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['plans'];
  // Every route here requires a permission, so the actor is always there.
  const ctx = (req: { actor: Actor | null }) => ({ db, config, actor: req.actor! });

  r.get('/api/v1/plans', {
    config: { access: 'plan:read' },
    schema: { tags, summary: 'Danh sách kế hoạch truyền thông trong phạm vi', querystring: PlanListQuerySchema, response: { 200: pageOf(PlanSummarySchema), ...authErrors } },
  }, (req) => plans.findPlans(ctx(req), req.query));

  r.get('/api/v1/plans/export', {
    config: { access: 'plan:read' },
    schema: { tags, summary: 'Xuất danh sách kế hoạch ra XLSX/CSV (cùng bộ lọc)', querystring: PlanListQuerySchema.omit({ page: true, pageSize: true }).extend(ExportFormatQuerySchema.shape), response: exportResponses },
  }, (req, reply) => {
    const { format, ...filter } = req.query;
    return replyWithExport(reply, deps, req.actor!, planListExport, filter, format);
  });

  r.get('/api/v1/plans/board/export', {
    config: { access: 'plan:read' },
    schema: { tags, summary: 'Xuất tình trạng kế hoạch của năm ra XLSX/CSV', querystring: PlanBoardQuerySchema.extend(ExportFormatQuerySchema.shape), response: exportResponses },
  }, (req, reply) => {
    const { format, ...filter } = req.query;
    return replyWithExport(reply, deps, req.actor!, planBoardExport, filter, format);
  });

  r.post('/api/v1/plans/:id/render', {
    config: { access: 'plan:read' },
    schema: { tags, summary: 'Xuất kế hoạch thành văn bản DOCX và PDF (công việc nền)', params: IdParamsSchema, response: { 202: z.object({ jobId: z.uuid() }), ...writeErrors } },
  }, async (req, reply) => {
    const plan = await plans.getPlan(ctx(req), req.params.id);
    const jobId = await deps.jobs.enqueue('document.render', { document: planDocument(plan), formats: ['docx', 'pdf'], fileName: `Ke-hoach-${plan.year}` }, { actorId: req.actor!.userId });
    return reply.status(202).send({ jobId });
  });

  r.get('/api/v1/plans/board', {
    config: { access: 'plan:read' },
    schema: { tags, summary: 'Tình trạng kế hoạch của mọi đơn vị trong một năm', querystring: PlanBoardQuerySchema, response: { 200: PlanBoardSchema, ...authErrors } },
  }, (req) => plans.getPlanBoard(ctx(req), req.query));

  r.post('/api/v1/plans/remind', {
    config: { access: 'plan:review' },
    schema: { tags, summary: 'Nhắc các đơn vị chậm kế hoạch', body: RemindBehindBodySchema, response: { 200: z.object({ units: z.number().int(), notified: z.number().int() }), ...writeErrors } },
  }, (req) => plans.remindBehind(ctx(req), deps, req.body));

  r.post('/api/v1/plans', {
    config: { access: 'plan:edit' },
    schema: { tags, summary: 'Lập kế hoạch năm của một đơn vị', body: CreatePlanBodySchema, response: { 201: PlanViewSchema, ...writeErrors } },
  }, async (req, reply) => reply.status(201).send(await plans.createPlan(ctx(req), req.body)));

  r.get('/api/v1/plans/:id', {
    config: { access: 'plan:read' },
    schema: { tags, summary: 'Một kế hoạch: hoạt động, kinh phí, lịch sử, phiên bản', params: IdParamsSchema, response: { 200: PlanViewSchema, ...authErrors } },
  }, (req) => plans.getPlan(ctx(req), req.params.id));

  r.put('/api/v1/plans/:id', {
    config: { access: 'plan:edit' },
    schema: { tags, summary: 'Lưu kế hoạch (khóa lạc quan theo lockVersion)', params: IdParamsSchema, body: UpdatePlanBodySchema, response: { 200: PlanViewSchema, ...writeErrors } },
  }, (req) => plans.updatePlan(ctx(req), req.params.id, req.body));

  r.post('/api/v1/plans/:id/transition', {
    config: { access: 'plan:read' },
    schema: { tags, summary: 'Gửi, chấp nhận, trả lại (kèm lý do) hoặc mở phiên bản mới', params: IdParamsSchema, body: PlanTransitionBodySchema, response: { 200: PlanViewSchema, ...writeErrors } },
  }, (req) => plans.transitionPlan(ctx(req), deps, req.params.id, req.body));

  r.get('/api/v1/plans/:id/compare', {
    config: { access: 'plan:read' },
    schema: {
      tags, summary: 'So sánh hai phiên bản của kế hoạch', params: IdParamsSchema,
      querystring: z.object({ from: z.coerce.number().int().min(1), to: z.union([z.literal('current'), z.coerce.number().int().min(1)]).default('current') }),
      response: { 200: PlanCompareSchema, ...authErrors },
    },
  }, (req) => plans.comparePlanVersions(ctx(req), req.params.id, req.query.from, req.query.to));

  const est = ['budget'];
  r.get('/api/v1/budget-estimates/:year', {
    config: { access: 'budget:read' },
    schema: { tags: est, summary: 'Dự toán tổng hợp của năm: số đề xuất, thẩm định, phê duyệt', params: EstimateYearParamsSchema, response: { 200: EstimateViewSchema, ...authErrors } },
  }, (req) => estimates.getEstimate(ctx(req), req.params.year));

  r.get('/api/v1/budget-estimates/:year/export', {
    config: { access: 'budget:read' },
    schema: { tags: est, summary: 'Xuất dự toán tổng hợp ra XLSX/CSV (đề xuất, thẩm định, phê duyệt)', params: EstimateYearParamsSchema, querystring: ExportFormatQuerySchema, response: exportResponses },
  }, (req, reply) => replyWithExport(reply, deps, req.actor!, estimateExport, { year: req.params.year }, req.query.format));

  r.post('/api/v1/budget-estimates/:year/render', {
    config: { access: 'budget:read' },
    schema: { tags: est, summary: 'Xuất dự toán tổng hợp thành văn bản DOCX và PDF (công việc nền)', params: EstimateYearParamsSchema, response: { 202: z.object({ jobId: z.uuid() }), ...writeErrors } },
  }, async (req, reply) => {
    const e = await estimates.getEstimate(ctx(req), req.params.year);
    const jobId = await deps.jobs.enqueue('document.render', { document: estimateDocument(e), formats: ['docx', 'pdf'], fileName: `Du-toan-kinh-phi-${e.year}` }, { actorId: req.actor!.userId });
    return reply.status(202).send({ jobId });
  });

  r.post('/api/v1/budget-estimates/:year/consolidate', {
    config: { access: 'budget:consolidate' },
    schema: { tags: est, summary: 'Tổng hợp dự toán từ các kế hoạch đã chấp nhận', params: EstimateYearParamsSchema, response: { 200: EstimateViewSchema, ...writeErrors } },
  }, (req) => estimates.consolidateEstimate(ctx(req), req.params.year));

  r.post('/api/v1/budget-estimates/:year/lines/:lineId/appraise', {
    config: { access: 'budget:appraise' },
    schema: {
      tags: est, summary: 'Thẩm định một dòng (số thẩm định và lý do bên cạnh số đề xuất)',
      params: EstimateYearParamsSchema.extend({ lineId: UuidSchema }), body: AppraiseLineBodySchema, response: { 200: EstimateViewSchema, ...writeErrors },
    },
  }, (req) => estimates.appraiseLine(ctx(req), req.params.year, req.params.lineId, req.body));

  r.post('/api/v1/budget-estimates/:year/transition', {
    config: { access: 'budget:read' },
    schema: { tags: est, summary: 'Chuyển bước: gửi thẩm định, trình phê duyệt, phê duyệt hoặc trả lại (kèm lý do)', params: EstimateYearParamsSchema, body: EstimateTransitionBodySchema, response: { 200: EstimateViewSchema, ...writeErrors } },
  }, (req) => estimates.transitionEstimate(ctx(req), deps, req.params.year, req.body));
}
