import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteDeps } from '../../app.ts';
import { authErrors, writeErrors } from '../../platform/http/responses.ts';
import { NarrativeSchema } from './annual-report.ts';
import * as svc from './annual-report.service.ts';

const YearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const ReportStateSchema = z.object({
  year: z.number().int(),
  status: z.enum(['draft', 'issued']),
  lockVersion: z.number().int(),
  narrative: NarrativeSchema,
  issuedAt: z.string().nullable(),
  document: z.unknown(),
});

export async function annualReportRoutes(app: FastifyInstance, { db, jobs }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['reporting'];

  r.get('/api/v1/programme-reports/:year', {
    config: { access: 'dashboard:read' },
    schema: { tags, summary: 'Báo cáo kết quả thực hiện Đề án năm N: số liệu từ hệ thống và phần nhận định', params: YearParams, response: { 200: ReportStateSchema, ...authErrors } },
  }, (req) => svc.getProgrammeReport(db, req.params.year));

  r.put('/api/v1/programme-reports/:year', {
    config: { access: 'report:manage' },
    schema: { tags, summary: 'Sửa phần nhận định (trước khi ban hành)', params: YearParams, body: NarrativeSchema.extend({ lockVersion: z.number().int().min(1) }), response: { 200: ReportStateSchema, ...writeErrors } },
  }, (req) => {
    const { lockVersion, ...narrative } = req.body;
    return svc.saveNarrative(db, req.actor!, req.params.year, narrative, lockVersion);
  });

  r.post('/api/v1/programme-reports/:year/issue', {
    config: { access: 'report:manage' },
    schema: { tags, summary: 'Ban hành báo cáo (khóa phần nhận định)', params: YearParams, body: z.object({ lockVersion: z.number().int().min(1) }), response: { 200: ReportStateSchema, ...writeErrors } },
  }, (req) => svc.issueProgrammeReport(db, req.actor!, req.params.year, req.body.lockVersion));

  r.post('/api/v1/programme-reports/:year/render', {
    config: { access: 'dashboard:read' },
    schema: { tags, summary: 'Xuất báo cáo ra DOCX và PDF (công việc nền)', params: YearParams, response: { 202: z.object({ jobId: z.uuid() }), ...writeErrors } },
  }, async (req, reply) => reply.status(202).send({ jobId: await svc.renderProgrammeReport(db, jobs, req.actor!, req.params.year) }));
}
