import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, pageOf } from '@lantoa/contracts/common';
import {
  BreakdownSchema,
  CompletenessQuerySchema,
  CompletenessSchema,
  DashboardQuerySchema,
  DashboardSchema,
  ExceptionBodySchema,
  FactRowSchema,
  FactsQuerySchema,
  ReportEntryQuerySchema,
  ReportFormSchema,
  ReportListQuerySchema,
  ReportTransitionBodySchema,
  ReportViewSchema,
  SaveReportBodySchema,
} from '@lantoa/contracts/reporting';
import type { RouteDeps } from '../../app.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { withTransaction } from '../../platform/db/db.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { authErrors, writeErrors } from '../../platform/http/responses.ts';
import * as reports from './reports.service.ts';
import * as dashboard from './dashboard.service.ts';
import * as indRepo from './indicators.repository.ts';
import { FormulaSchema, PROVIDERS, validateFormula } from './providers.ts';

const IndicatorDefSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  targetNumber: z.number().int().nullable(),
  validFromYear: z.number().int(),
  validToYear: z.number().int().nullable(),
  name: z.string(),
  description: z.string(),
  formula: z.unknown(),
  unitLabel: z.string(),
  version: z.number().int(),
});

export async function reportingRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, config } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = (req: { actor: Actor | null }) => ({ db, config, actor: req.actor! });
  const tags = ['reporting'];

  r.get('/api/v1/report-forms', {
    config: { access: 'report:read' },
    schema: { tags, summary: 'Biểu mẫu báo cáo và chỉ tiêu dữ liệu', response: { 200: z.object({ items: z.array(ReportFormSchema) }), ...authErrors } },
  }, async () => ({ items: await reports.findFormsWithElements(db) }));

  r.get('/api/v1/reports', {
    config: { access: 'report:read' },
    schema: {
      tags, summary: 'Danh sách báo cáo trong phạm vi', querystring: ReportListQuerySchema,
      response: { 200: pageOf(z.object({ id: z.uuid(), formId: z.uuid(), formName: z.string(), unitId: z.uuid(), unitName: z.string(), period: z.string(), periodLabel: z.string(), status: z.string(), revision: z.number().int(), submittedAt: z.string().nullable() })), ...authErrors },
    },
  }, (req) => reports.findReports(ctx(req), req.query));

  r.get('/api/v1/reports/entry', {
    config: { access: 'report:read' },
    schema: { tags, summary: 'Báo cáo của một đơn vị cho một kỳ (kèm lý do khóa nếu có)', querystring: ReportEntryQuerySchema, response: { 200: ReportViewSchema, ...authErrors } },
  }, (req) => reports.getReportEntry(ctx(req), req.query));

  r.put('/api/v1/reports', {
    config: { access: 'report:edit' },
    schema: { tags, summary: 'Lưu số liệu báo cáo (khóa lạc quan theo lockVersion)', body: SaveReportBodySchema, response: { 200: ReportViewSchema, ...writeErrors } },
  }, (req) => reports.saveReport(ctx(req), req.body));

  r.post('/api/v1/reports/:id/transition', {
    config: { access: 'report:read' },
    schema: { tags, summary: 'Gửi, duyệt, tiếp nhận, trả lại (kèm lý do) hoặc điều chỉnh', params: IdParamsSchema, body: ReportTransitionBodySchema, response: { 200: ReportViewSchema, ...writeErrors } },
  }, (req) => reports.transitionReport(ctx(req), deps, req.params.id, req.body));

  r.get('/api/v1/reports/completeness', {
    config: { access: 'report:read' },
    schema: { tags, summary: 'Đầy đủ và đúng hạn: số đơn vị phải báo cáo, đã gửi, đúng hạn, chưa gửi', querystring: CompletenessQuerySchema, response: { 200: CompletenessSchema, ...authErrors } },
  }, (req) => reports.getCompleteness(ctx(req), req.query));

  r.post('/api/v1/report-exceptions', {
    config: { access: 'report:manage' },
    schema: { tags, summary: 'Mở lại biểu mẫu cho một đơn vị, một kỳ', body: ExceptionBodySchema, response: { 200: ReportViewSchema, ...writeErrors } },
  }, (req) => reports.grantException(ctx(req), req.body));

  const dash = ['dashboard'];
  r.get('/api/v1/dashboard', {
    config: { access: 'dashboard:read' },
    schema: { tags: dash, summary: '9 chỉ tiêu: thực hiện so với mục tiêu theo năm, tính từ dữ liệu hệ thống', querystring: DashboardQuerySchema, response: { 200: DashboardSchema, ...authErrors } },
  }, (req) => dashboard.getDashboardFor(ctx(req), req.query));

  r.get('/api/v1/indicators/:code/breakdown', {
    config: { access: 'dashboard:read' },
    schema: { tags: dash, summary: 'Một chỉ tiêu theo từng đơn vị trực thuộc', params: z.object({ code: z.string().max(50) }), querystring: DashboardQuerySchema, response: { 200: BreakdownSchema, ...authErrors } },
  }, (req) => dashboard.getBreakdown(ctx(req), req.params.code, req.query));

  r.get('/api/v1/indicators/:code/facts', {
    config: { access: 'dashboard:read' },
    schema: { tags: dash, summary: 'Dữ liệu gốc đứng sau một con số', params: z.object({ code: z.string().max(50) }), querystring: FactsQuerySchema, response: { 200: pageOf(FactRowSchema), ...authErrors } },
  }, (req) => dashboard.getIndicatorFacts(ctx(req), req.params.code, req.query));

  r.get('/api/v1/indicators', {
    config: { access: 'dashboard:read' },
    schema: {
      tags: dash, summary: 'Định nghĩa chỉ số (theo năm) và các nguồn dữ liệu để ghép công thức',
      response: { 200: z.object({ items: z.array(IndicatorDefSchema), providers: z.array(z.object({ name: z.string(), label: z.string() })) }), ...authErrors },
    },
  }, async () => ({
    items: (await indRepo.findAllIndicators(db)).map((i) => ({
      id: i.id, code: i.code, targetNumber: i.target_number, validFromYear: i.valid_from_year, validToYear: i.valid_to_year, name: i.name, description: i.description,
      formula: i.formula, unitLabel: i.unit_label, version: i.version,
    })),
    providers: PROVIDERS.map((p) => ({ name: p.name, label: p.label })),
  }));

  r.put('/api/v1/indicators/:id', {
    config: { access: 'report:manage' },
    schema: {
      tags: dash, summary: 'Sửa định nghĩa chỉ số; với fromYear: tạo phiên bản mới từ năm đó', params: IdParamsSchema,
      body: z.object({
        name: z.string().trim().min(3).max(300), description: z.string().trim().min(3).max(4000), formula: FormulaSchema, unitLabel: z.string().trim().min(1).max(30),
        version: z.number().int().min(1), fromYear: z.number().int().min(2000).max(2100).optional(),
      }),
      response: { 200: z.object({ id: z.uuid() }), ...writeErrors },
    },
  }, async (req) => {
    const errors = validateFormula(req.body.formula);
    if (errors.length) throw new AppError('VALIDATION_FAILED', errors[0], { issues: errors.map((m) => ({ path: 'formula', message: m })) });
    const current = await indRepo.findIndicator(db, req.params.id);
    if (!current) throw new AppError('NOT_FOUND', 'Không tìm thấy chỉ số');
    return withTransaction(db, async (tx) => {
      let id = current.id;
      if (req.body.fromYear && req.body.fromYear > current.valid_from_year) {
        if (current.version !== req.body.version) throw new AppError('VERSION_CONFLICT');
        id = await indRepo.insertIndicatorVersion(tx, current, req.body.fromYear, req.body);
      } else if (!(await indRepo.updateIndicator(tx, current.id, req.body, req.body.version))) throw new AppError('VERSION_CONFLICT');
      await recordAudit(tx, req.actor, { action: 'indicator.update', entityType: 'indicator', entityId: id, summary: `Sửa chỉ số ${current.code}${req.body.fromYear ? ` từ năm ${req.body.fromYear}` : ''}`, before: current, after: req.body });
      return { id };
    });
  });
}
