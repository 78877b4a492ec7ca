import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, pageOf, UuidSchema } from '@lantoa/contracts/common';
import { EvidenceOptionsSchema, RewardInputSchema, RewardListQuerySchema, RewardSummarySchema, RewardTransitionBodySchema, RewardViewSchema } from '@lantoa/contracts/rewards';
import type { RouteDeps } from '../../app.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authErrors, writeErrors } from '../../platform/http/responses.ts';
import * as rewards from './rewards.service.ts';

export async function rewardRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, config } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['rewards'];
  const ctx = (req: { actor: Actor | null }) => ({ db, config, actor: req.actor! });

  r.get('/api/v1/rewards', {
    config: { access: 'reward:read' },
    schema: { tags, summary: 'Đề nghị khen thưởng trong phạm vi (lọc theo năm, trạng thái; tìm không dấu)', querystring: RewardListQuerySchema, response: { 200: pageOf(RewardSummarySchema), ...authErrors } },
  }, (req) => rewards.findRewards(ctx(req), req.query));

  r.get('/api/v1/rewards/evidence', {
    config: { access: 'reward:read' },
    schema: { tags, summary: 'Minh chứng hệ thống đang có của một đơn vị trong năm (kế hoạch, báo cáo đã chấp nhận; lớp tập huấn; chỉ tiêu)', querystring: z.object({ unitId: UuidSchema, year: z.coerce.number().int().min(2000).max(2100) }), response: { 200: EvidenceOptionsSchema, ...authErrors } },
  }, (req) => rewards.findEvidenceOptions(ctx(req), req.query.unitId, req.query.year));

  r.post('/api/v1/rewards', {
    config: { access: 'reward:manage' },
    schema: { tags, summary: 'Lập đề nghị khen thưởng tập thể, cá nhân kèm minh chứng', body: RewardInputSchema, response: { 201: RewardViewSchema, ...writeErrors } },
  }, async (req, reply) => reply.status(201).send(await rewards.createReward(ctx(req), deps, req.body)));

  r.get('/api/v1/rewards/:id', {
    config: { access: 'reward:read' },
    schema: { tags, summary: 'Một đề nghị khen thưởng: thành tích, minh chứng, lịch sử', params: IdParamsSchema, response: { 200: RewardViewSchema, ...authErrors } },
  }, (req) => rewards.getReward(ctx(req), req.params.id));

  r.post('/api/v1/rewards/:id/transition', {
    config: { access: 'reward:manage' },
    schema: { tags, summary: 'Gửi Sở Nội vụ, chấp thuận, không chấp thuận (kèm lý do) hoặc ghi quyết định khen thưởng', params: IdParamsSchema, body: RewardTransitionBodySchema, response: { 200: RewardViewSchema, ...writeErrors } },
  }, (req) => rewards.transitionReward(ctx(req), deps, req.params.id, req.body));
}
