import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParamsSchema, pageOf } from '@lantoa/contracts/common';
import { ExportFormatQuerySchema } from '@lantoa/contracts/exchange';
import {
  CaseListQuerySchema,
  CaseStatsQuerySchema,
  CaseStatsSchema,
  CaseSummarySchema,
  CaseTransitionBodySchema,
  CaseViewSchema,
  CreateCaseBodySchema,
} from '@lantoa/contracts/cases';
import type { RouteDeps } from '../../app.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authErrors, writeErrors } from '../../platform/http/responses.ts';
import { exportResponses, replyWithExport } from '../../platform/exports/export-reply.ts';
import * as cases from './cases.service.ts';
import { caseListExport, caseStatsExport } from './cases.exports.ts';

export async function caseRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, config } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];
  // Every route here requires a permission, so the actor is always there.
  const ctx = (req: { actor: Actor | null }) => ({ db, config, actor: req.actor! });

  r.get('/api/v1/cases', {
    config: { access: 'case:read' },
    schema: { tags, summary: 'Phản ánh tin sai trong phạm vi (lọc theo trạng thái, loại, quá hạn, năm; tìm kiếm không dấu)', querystring: CaseListQuerySchema, response: { 200: pageOf(CaseSummarySchema), ...authErrors } },
  }, (req) => cases.findCases(ctx(req), req.query));

  r.get('/api/v1/cases/export', {
    config: { access: 'case:read' },
    schema: { tags, summary: 'Xuất danh sách phản ánh ra XLSX/CSV (cùng bộ lọc)', querystring: CaseListQuerySchema.omit({ page: true, pageSize: true }).extend(ExportFormatQuerySchema.shape), response: exportResponses },
  }, (req, reply) => {
    const { format, ...filter } = req.query;
    return replyWithExport(reply, deps, req.actor!, caseListExport, filter, format);
  });

  r.get('/api/v1/cases/stats', {
    config: { access: 'case:read' },
    schema: { tags, summary: 'Thống kê theo tháng: loại thông tin và kết quả xử lý', querystring: CaseStatsQuerySchema, response: { 200: CaseStatsSchema, ...authErrors } },
  }, (req) => cases.getCaseStats(ctx(req), req.query.year));

  r.get('/api/v1/cases/stats/export', {
    config: { access: 'case:read' },
    schema: { tags, summary: 'Xuất thống kê theo tháng ra XLSX/CSV', querystring: CaseStatsQuerySchema.extend(ExportFormatQuerySchema.shape), response: exportResponses },
  }, (req, reply) => replyWithExport(reply, deps, req.actor!, caseStatsExport, { year: req.query.year }, req.query.format));

  r.post('/api/v1/cases', {
    config: { access: 'case:intake' },
    schema: { tags, summary: 'Đơn vị tiếp nhận một phản ánh tin sai', body: CreateCaseBodySchema, response: { 201: CaseViewSchema, ...writeErrors } },
  }, async (req, reply) => reply.status(201).send(await cases.createInternalCase(ctx(req), deps, req.body)));

  r.get('/api/v1/cases/:id', {
    config: { access: 'case:read' },
    schema: { tags, summary: 'Một vụ việc: nội dung, xử lý, lịch sử', params: IdParamsSchema, response: { 200: CaseViewSchema, ...authErrors } },
  }, (req) => cases.getCase(ctx(req), req.params.id));

  r.post('/api/v1/cases/:id/transition', {
    config: { access: 'case:read' },
    schema: { tags, summary: 'Phân loại, xác minh, giao xử lý, ghi nhận cải chính, chuyển Trung tâm quốc gia, kết thúc hoặc bác (kèm lý do)', params: IdParamsSchema, body: CaseTransitionBodySchema, response: { 200: CaseViewSchema, ...writeErrors } },
  }, (req) => cases.transitionCase(ctx(req), deps, req.params.id, req.body));
}
