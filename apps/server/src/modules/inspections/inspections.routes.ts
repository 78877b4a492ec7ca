import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, pageOf } from '@lantoa/contracts/common';
import {
  AssessmentListQuerySchema,
  AssessmentSummarySchema,
  AssessmentTransitionBodySchema,
  AssessmentViewSchema,
  CreateAssessmentBodySchema,
  CreateInspectionPlanBodySchema,
  CriteriaSetBodySchema,
  CriteriaSetSchema,
  FindingBodySchema,
  InspectionPlanListQuerySchema,
  InspectionPlanSummarySchema,
  InspectionPlanViewSchema,
  RecommendationBodySchema,
  RecommendationListQuerySchema,
  RecommendationReportBodySchema,
  RecommendationSummarySchema,
  RecommendationTransitionBodySchema,
  RecommendationViewSchema,
  SaveReviewBodySchema,
  SaveSelfScoresBodySchema,
  UpdateInspectionPlanBodySchema,
  VisitBodySchema,
} from '@lantoa/contracts/inspections';
import { ExportFormatQuerySchema } from '@lantoa/contracts/exchange';
import type { RouteDeps } from '../../app.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authErrors, writeErrors } from '../../platform/http/responses.ts';
import { exportResponses, replyWithExport } from '../../platform/exports/export-reply.ts';
import * as inspections from './inspections.service.ts';
import * as assessments from './assessments.service.ts';
import { assessmentExport, inspectionPlanExport, recommendationExport } from './inspections.exports.ts';

const YearParamsSchema = z.object({ year: z.coerce.number().int().min(2000, { message: 'Năm không hợp lệ' }).max(2100, { message: 'Năm không hợp lệ' }) });

export async function inspectionRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, config } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['inspections'];
  // Every route here requires a permission, so the actor is always there.
  const ctx = (req: { actor: Actor | null }) => ({ db, config, actor: req.actor! });

  // ── Inspection plans, visits, findings ──
  r.get('/api/v1/inspections/plans', {
    config: { access: 'inspection:read' },
    schema: { tags, summary: 'Danh sách kế hoạch kiểm tra trong phạm vi', querystring: InspectionPlanListQuerySchema, response: { 200: pageOf(InspectionPlanSummarySchema), ...authErrors } },
  }, (req) => inspections.findPlans(ctx(req), req.query));

  r.get('/api/v1/inspections/plans/export', {
    config: { access: 'inspection:read' },
    schema: { tags, summary: 'Xuất danh sách kế hoạch kiểm tra ra XLSX/CSV (cùng bộ lọc)', querystring: InspectionPlanListQuerySchema.omit({ page: true, pageSize: true }).extend(ExportFormatQuerySchema.shape), response: exportResponses },
  }, (req, reply) => {
    const { format, ...filter } = req.query;
    return replyWithExport(reply, deps, req.actor!, inspectionPlanExport, filter, format);
  });

  r.post('/api/v1/inspections/plans', {
    config: { access: 'inspection:manage' },
    schema: { tags, summary: 'Lập kế hoạch kiểm tra (năm, phạm vi, thời gian, đơn vị chủ trì, thành phần)', body: CreateInspectionPlanBodySchema, response: { 201: InspectionPlanViewSchema, ...writeErrors } },
  }, async (req, reply) => reply.status(201).send(await inspections.createPlan(ctx(req), req.body)));

  r.get('/api/v1/inspections/plans/:id', {
    config: { access: 'inspection:read' },
    schema: { tags, summary: 'Một kế hoạch kiểm tra: các buổi kiểm tra, kết luận và kiến nghị', params: IdParamsSchema, response: { 200: InspectionPlanViewSchema, ...authErrors } },
  }, (req) => inspections.getPlan(ctx(req), req.params.id));

  r.put('/api/v1/inspections/plans/:id', {
    config: { access: 'inspection:manage' },
    schema: { tags, summary: 'Sửa kế hoạch kiểm tra (khóa lạc quan theo lockVersion)', params: IdParamsSchema, body: UpdateInspectionPlanBodySchema, response: { 200: InspectionPlanViewSchema, ...writeErrors } },
  }, (req) => inspections.updatePlan(ctx(req), req.params.id, req.body));

  r.post('/api/v1/inspections/plans/:id/visits', {
    config: { access: 'inspection:manage' },
    schema: { tags, summary: 'Thêm buổi kiểm tra tại một đơn vị của kế hoạch', params: IdParamsSchema, body: VisitBodySchema, response: { 201: InspectionPlanViewSchema, ...writeErrors } },
  }, async (req, reply) => reply.status(201).send(await inspections.addVisit(ctx(req), req.params.id, req.body)));

  r.post('/api/v1/inspections/visits/:id/findings', {
    config: { access: 'inspection:manage' },
    schema: { tags, summary: 'Ghi một kết luận, phát hiện của buổi kiểm tra', params: IdParamsSchema, body: FindingBodySchema, response: { 201: InspectionPlanViewSchema, ...writeErrors } },
  }, async (req, reply) => reply.status(201).send(await inspections.addFinding(ctx(req), req.params.id, req.body)));

  r.post('/api/v1/inspections/findings/:id/recommendations', {
    config: { access: 'inspection:manage' },
    schema: { tags, summary: 'Thêm kiến nghị (đơn vị thực hiện, hạn) cho một kết luận', params: IdParamsSchema, body: RecommendationBodySchema, response: { 201: InspectionPlanViewSchema, ...writeErrors } },
  }, async (req, reply) => reply.status(201).send(await inspections.addRecommendation(ctx(req), deps, req.params.id, req.body)));

  // ── Recommendations: follow-up ──
  r.get('/api/v1/inspections/recommendations', {
    config: { access: 'inspection:read' },
    schema: { tags, summary: 'Danh sách kiến nghị trong phạm vi (lọc theo năm, tình trạng kể cả quá hạn, đơn vị thực hiện)', querystring: RecommendationListQuerySchema, response: { 200: pageOf(RecommendationSummarySchema), ...authErrors } },
  }, (req) => inspections.findRecommendations(ctx(req), req.query));

  r.get('/api/v1/inspections/recommendations/export', {
    config: { access: 'inspection:read' },
    schema: { tags, summary: 'Xuất danh sách kiến nghị ra XLSX/CSV (cùng bộ lọc)', querystring: RecommendationListQuerySchema.omit({ page: true, pageSize: true }).extend(ExportFormatQuerySchema.shape), response: exportResponses },
  }, (req, reply) => {
    const { format, ...filter } = req.query;
    return replyWithExport(reply, deps, req.actor!, recommendationExport, filter, format);
  });

  r.get('/api/v1/inspections/recommendations/:id', {
    config: { access: 'inspection:read' },
    schema: { tags, summary: 'Một kiến nghị: báo cáo thực hiện của đơn vị và lịch sử', params: IdParamsSchema, response: { 200: RecommendationViewSchema, ...authErrors } },
  }, (req) => inspections.getRecommendation(ctx(req), req.params.id));

  r.post('/api/v1/inspections/recommendations/:id/reports', {
    config: { access: 'inspection:respond' },
    schema: { tags, summary: 'Đơn vị báo cáo kết quả thực hiện kiến nghị', params: IdParamsSchema, body: RecommendationReportBodySchema, response: { 200: RecommendationViewSchema, ...writeErrors } },
  }, (req) => inspections.reportOnRecommendation(ctx(req), deps, req.params.id, req.body));

  r.post('/api/v1/inspections/recommendations/:id/transition', {
    config: { access: 'inspection:read' },
    schema: { tags, summary: 'Bắt đầu thực hiện, xác nhận hoàn thành hoặc mở lại (kèm lý do) một kiến nghị', params: IdParamsSchema, body: RecommendationTransitionBodySchema, response: { 200: RecommendationViewSchema, ...writeErrors } },
  }, (req) => inspections.transitionRecommendation(ctx(req), deps, req.params.id, req.body));

  // ── Criteria and self-assessments ──
  r.get('/api/v1/assessments/criteria/:year', {
    config: { access: 'assessment:read' },
    schema: { tags, summary: 'Bộ tiêu chí đánh giá của một năm (tiêu chí, điểm tối đa)', params: YearParamsSchema, response: { 200: CriteriaSetSchema, ...authErrors } },
  }, (req) => assessments.getCriteriaSet(ctx(req), req.params.year));

  r.put('/api/v1/assessments/criteria/:year', {
    config: { access: 'assessment:review' },
    schema: { tags, summary: 'Lưu bộ tiêu chí đánh giá của năm (khóa lạc quan; lockVersion 0 khi tạo mới)', params: YearParamsSchema, body: CriteriaSetBodySchema, response: { 200: CriteriaSetSchema, ...writeErrors } },
  }, (req) => assessments.saveCriteriaSet(ctx(req), req.params.year, req.body));

  r.get('/api/v1/assessments', {
    config: { access: 'assessment:read' },
    schema: { tags, summary: 'Danh sách bản tự đánh giá trong phạm vi', querystring: AssessmentListQuerySchema, response: { 200: pageOf(AssessmentSummarySchema), ...authErrors } },
  }, (req) => assessments.findAssessments(ctx(req), req.query));

  r.get('/api/v1/assessments/export', {
    config: { access: 'assessment:read' },
    schema: { tags, summary: 'Xuất kết quả tự đánh giá ra XLSX/CSV (cùng bộ lọc)', querystring: AssessmentListQuerySchema.omit({ page: true, pageSize: true }).extend(ExportFormatQuerySchema.shape), response: exportResponses },
  }, (req, reply) => {
    const { format, ...filter } = req.query;
    return replyWithExport(reply, deps, req.actor!, assessmentExport, filter, format);
  });

  r.post('/api/v1/assessments', {
    config: { access: 'assessment:edit' },
    schema: { tags, summary: 'Lập bản tự đánh giá năm của một đơn vị', body: CreateAssessmentBodySchema, response: { 201: AssessmentViewSchema, ...writeErrors } },
  }, async (req, reply) => reply.status(201).send(await assessments.createAssessment(ctx(req), req.body)));

  r.get('/api/v1/assessments/:id', {
    config: { access: 'assessment:read' },
    schema: { tags, summary: 'Một bản tự đánh giá: điểm theo tiêu chí, minh chứng, kế hoạch năm của đơn vị, lịch sử', params: IdParamsSchema, response: { 200: AssessmentViewSchema, ...authErrors } },
  }, (req) => assessments.getAssessment(ctx(req), req.params.id));

  r.put('/api/v1/assessments/:id/self', {
    config: { access: 'assessment:edit' },
    schema: { tags, summary: 'Lưu điểm tự chấm và minh chứng (khóa lạc quan)', params: IdParamsSchema, body: SaveSelfScoresBodySchema, response: { 200: AssessmentViewSchema, ...writeErrors } },
  }, (req) => assessments.saveSelfScores(ctx(req), req.params.id, req.body));

  r.put('/api/v1/assessments/:id/review', {
    config: { access: 'assessment:review' },
    schema: { tags, summary: 'Lưu điểm thẩm định và nhận xét của cơ quan thường trực (khóa lạc quan)', params: IdParamsSchema, body: SaveReviewBodySchema, response: { 200: AssessmentViewSchema, ...writeErrors } },
  }, (req) => assessments.saveReview(ctx(req), req.params.id, req.body));

  r.post('/api/v1/assessments/:id/transition', {
    config: { access: 'assessment:read' },
    schema: { tags, summary: 'Gửi, công nhận hoặc trả lại (kèm lý do) bản tự đánh giá', params: IdParamsSchema, body: AssessmentTransitionBodySchema, response: { 200: AssessmentViewSchema, ...writeErrors } },
  }, (req) => assessments.transitionAssessment(ctx(req), deps, req.params.id, req.body));
}
