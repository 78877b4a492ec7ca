import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteDeps } from '../../app.ts';
import { AppError } from '../../platform/errors.ts';
import { withTransaction } from '../../platform/db/db.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { authErrors, writeErrors } from '../../platform/http/responses.ts';
import { assembleAnnualReport, NarrativeSchema } from './annual-report.ts';

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

  async function load(year: number) {
    const prog = await db.query<{ id: string }>(`SELECT id FROM programme WHERE status = 'active' ORDER BY period_start DESC LIMIT 1`);
    if (!prog.rows[0]) throw new AppError('NOT_FOUND', 'Chưa có đề án nào đang thực hiện');
    await db.query(`INSERT INTO programme_report (programme_id, year) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [prog.rows[0].id, year]);
    const { rows } = await db.query<{ id: string; status: 'draft' | 'issued'; narrative: unknown; lock_version: number; issued_at: Date | null; issued_document: unknown }>(
      'SELECT id, status, narrative, lock_version, issued_at, issued_document FROM programme_report WHERE programme_id = $1 AND year = $2',
      [prog.rows[0].id, year],
    );
    return rows[0]!;
  }
  async function present(year: number) {
    const row = await load(year);
    const narrative = NarrativeSchema.parse(row.narrative);
    // Once issued, the report is the document as it was issued, not today's figures.
    const document = row.issued_document ?? (await assembleAnnualReport(db, year, narrative));
    return { year, status: row.status, lockVersion: row.lock_version, narrative, issuedAt: row.issued_at?.toISOString() ?? null, document };
  }

  r.get('/api/v1/programme-reports/:year', {
    config: { access: 'dashboard:read' },
    schema: { tags, summary: 'Báo cáo kết quả thực hiện Đề án năm N: số liệu từ hệ thống và phần nhận định', params: YearParams, response: { 200: ReportStateSchema, ...authErrors } },
  }, (req) => present(req.params.year));

  r.put('/api/v1/programme-reports/:year', {
    config: { access: 'report:manage' },
    schema: { tags, summary: 'Sửa phần nhận định (trước khi ban hành)', params: YearParams, body: NarrativeSchema.extend({ lockVersion: z.number().int().min(1) }), response: { 200: ReportStateSchema, ...writeErrors } },
  }, async (req) => {
    const row = await load(req.params.year);
    if (row.status === 'issued') throw new AppError('TRANSITION_NOT_ALLOWED', 'Báo cáo đã ban hành, không sửa được');
    const { lockVersion, ...narrative } = req.body;
    await withTransaction(db, async (tx) => {
      const { rowCount } = await tx.query(
        `UPDATE programme_report SET narrative = $2, lock_version = lock_version + 1, updated_at = now() WHERE id = $1 AND lock_version = $3`,
        [row.id, JSON.stringify(narrative), lockVersion],
      );
      if (!rowCount) throw new AppError('VERSION_CONFLICT');
      await recordAudit(tx, req.actor, { action: 'programme-report.update', entityType: 'programme_report', entityId: row.id, summary: `Sửa báo cáo năm ${req.params.year}`, before: row.narrative, after: narrative });
    });
    return present(req.params.year);
  });

  r.post('/api/v1/programme-reports/:year/issue', {
    config: { access: 'report:manage' },
    schema: { tags, summary: 'Ban hành báo cáo (khóa phần nhận định)', params: YearParams, body: z.object({ lockVersion: z.number().int().min(1) }), response: { 200: ReportStateSchema, ...writeErrors } },
  }, async (req) => {
    const row = await load(req.params.year);
    const document = await assembleAnnualReport(db, req.params.year, NarrativeSchema.parse(row.narrative));
    await withTransaction(db, async (tx) => {
      const { rowCount } = await tx.query(
        `UPDATE programme_report SET status = 'issued', issued_at = now(), issued_by = $2, issued_document = $4, lock_version = lock_version + 1
          WHERE id = $1 AND status = 'draft' AND lock_version = $3`,
        [row.id, req.actor!.userId, req.body.lockVersion, JSON.stringify(document)],
      );
      if (!rowCount) throw new AppError(row.status === 'issued' ? 'TRANSITION_NOT_ALLOWED' : 'VERSION_CONFLICT');
      await recordAudit(tx, req.actor, { action: 'programme-report.issue', entityType: 'programme_report', entityId: row.id, summary: `Ban hành báo cáo kết quả thực hiện Đề án năm ${req.params.year}`, after: { document } });
    });
    return present(req.params.year);
  });

  r.post('/api/v1/programme-reports/:year/render', {
    config: { access: 'dashboard:read' },
    schema: { tags, summary: 'Xuất báo cáo ra DOCX và PDF (công việc nền)', params: YearParams, response: { 202: z.object({ jobId: z.uuid() }), ...writeErrors } },
  }, async (req, reply) => {
    const state = await present(req.params.year);
    const jobId = await jobs.enqueue('document.render', { document: state.document, formats: ['docx', 'pdf'], fileName: `Bao-cao-ket-qua-De-an-nam-${req.params.year}` }, { actorId: req.actor!.userId });
    return reply.status(202).send({ jobId });
  });
}
