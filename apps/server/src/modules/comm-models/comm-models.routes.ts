import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, pageOf } from '@lantoa/contracts/common';
import {
  CriteriaBodySchema,
  CriterionSchema,
  ModelListQuerySchema,
  ModelSummarySchema,
  ModelViewSchema,
  PanelCandidateSchema,
  ProposalInputSchema,
  ReplicationBodySchema,
  ResultsBodySchema,
  ScoresBodySchema,
  TransitionBodySchema,
  UpdateProposalBodySchema,
} from '@lantoa/contracts/comm-models';
import type { RouteDeps } from '../../app.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authErrors, writeErrors } from '../../platform/http/responses.ts';
import * as models from './comm-models.service.ts';
import { modelListExport } from './comm-models.exports.ts';
import { exportResponses, replyWithExport } from '../../platform/exports/export-reply.ts';
import { ExportFormatQuerySchema } from '@lantoa/contracts/exchange';

export async function commModelRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, config, notifier } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['comm-models'];
  const ctx = (req: { actor: Actor | null }) => ({ db, config, actor: req.actor! });

  r.get('/api/v1/comm-models', {
    config: { access: 'comm-model:read' },
    schema: { tags, summary: 'Mô hình truyền thông CĐS trong phạm vi (lọc theo năm, trạng thái, đối tượng, tìm kiếm)', querystring: ModelListQuerySchema, response: { 200: pageOf(ModelSummarySchema), ...authErrors } },
  }, (req) => models.findModels(ctx(req), req.query));

  r.get('/api/v1/comm-models/export', {
    config: { access: 'comm-model:read' },
    schema: { tags, summary: 'Xuất danh sách mô hình ra XLSX/CSV (cùng bộ lọc)', querystring: ModelListQuerySchema.omit({ page: true, pageSize: true }).extend(ExportFormatQuerySchema.shape), response: exportResponses },
  }, (req, reply) => {
    const { format, ...filter } = req.query;
    return replyWithExport(reply, deps, req.actor!, modelListExport, filter, format);
  });

  r.get('/api/v1/comm-models/criteria', {
    config: { access: 'comm-model:read' },
    schema: { tags, summary: 'Bộ tiêu chí chấm điểm mô hình đang dùng (trọng số, điểm tối đa)', response: { 200: z.object({ items: z.array(CriterionSchema) }), ...authErrors } },
  }, async (req) => ({ items: await models.findCriteria(ctx(req)) }));

  r.put('/api/v1/comm-models/criteria', {
    config: { access: 'comm-model:decide' },
    schema: { tags, summary: 'Thay bộ tiêu chí chấm điểm (tiêu chí bỏ đi được giữ lại cho điểm đã chấm)', body: CriteriaBodySchema, response: { 200: z.object({ items: z.array(CriterionSchema) }), ...writeErrors } },
  }, async (req) => ({ items: await models.replaceCriteria(ctx(req), req.body) }));

  r.get('/api/v1/comm-models/panel-candidates', {
    config: { access: 'comm-model:decide' },
    schema: { tags, summary: 'Những người có thể ngồi hội đồng chấm điểm (cơ quan thường trực, lãnh đạo)', response: { 200: z.object({ items: z.array(PanelCandidateSchema) }), ...authErrors } },
  }, async (req) => ({ items: await models.findPanelCandidates(ctx(req)) }));

  r.post('/api/v1/comm-models', {
    config: { access: 'comm-model:propose' },
    schema: { tags, summary: 'Đề xuất mô hình truyền thông', body: ProposalInputSchema, response: { 201: ModelViewSchema, ...writeErrors } },
  }, async (req, reply) => reply.status(201).send(await models.createProposal(ctx(req), { notifier }, req.body)));

  r.get('/api/v1/comm-models/:id', {
    config: { access: 'comm-model:read' },
    schema: { tags, summary: 'Một mô hình: đề xuất, hội đồng và điểm, quyết định, triển khai, nhân rộng, lịch sử', params: IdParamsSchema, response: { 200: ModelViewSchema, ...authErrors } },
  }, (req) => models.getModel(ctx(req), req.params.id));

  r.put('/api/v1/comm-models/:id', {
    config: { access: 'comm-model:propose' },
    schema: { tags, summary: 'Sửa đề xuất (khi chưa đưa ra hội đồng; khóa lạc quan)', params: IdParamsSchema, body: UpdateProposalBodySchema, response: { 200: ModelViewSchema, ...writeErrors } },
  }, (req) => models.updateProposal(ctx(req), req.params.id, req.body));

  r.post('/api/v1/comm-models/:id/transition', {
    config: { access: 'comm-model:read' },
    schema: { tags, summary: 'Chuyển trạng thái: đưa ra hội đồng, chọn, không chọn (kèm lý do), triển khai', params: IdParamsSchema, body: TransitionBodySchema, response: { 200: ModelViewSchema, ...writeErrors } },
  }, (req) => models.transitionModel(ctx(req), { notifier }, req.params.id, req.body));

  r.put('/api/v1/comm-models/:id/scores', {
    config: { access: 'comm-model:evaluate' },
    schema: { tags, summary: 'Điểm của tôi (thành viên hội đồng) cho từng tiêu chí', params: IdParamsSchema, body: ScoresBodySchema, response: { 200: ModelViewSchema, ...writeErrors } },
  }, (req) => models.scoreModel(ctx(req), req.params.id, req.body));

  r.put('/api/v1/comm-models/:id/results', {
    config: { access: 'comm-model:propose' },
    schema: { tags, summary: 'Kết quả triển khai: số người tiếp cận, nhận xét (khóa lạc quan)', params: IdParamsSchema, body: ResultsBodySchema, response: { 200: ModelViewSchema, ...writeErrors } },
  }, (req) => models.recordResults(ctx(req), req.params.id, req.body));

  r.post('/api/v1/comm-models/:id/replications', {
    config: { access: 'comm-model:propose' },
    schema: { tags, summary: 'Nhân rộng mô hình đã triển khai sang một đơn vị khác', params: IdParamsSchema, body: ReplicationBodySchema, response: { 200: ModelViewSchema, ...writeErrors } },
  }, (req) => models.replicateModel(ctx(req), req.params.id, req.body));
}
