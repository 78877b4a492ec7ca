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
