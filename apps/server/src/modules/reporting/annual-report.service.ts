import type { Actor } from '../../platform/auth/actor.ts';
import type { JobQueue } from '../../platform/jobs/queue.ts';
import { AppError } from '../../platform/errors.ts';
import { withTransaction, type Db } from '../../platform/db/db.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { assembleAnnualReport, NarrativeSchema, type Narrative } from './annual-report.ts';
import * as repo from './reporting.repository.ts';

async function requireReport(db: Db, year: number): Promise<repo.ProgrammeReportRow> {
  const programme = await repo.findActiveProgramme(db, year);
  if (!programme) throw new AppError('NOT_FOUND', 'Chưa có đề án nào đang thực hiện');
  return repo.ensureProgrammeReport(db, programme.id, year);
}

/** The year's report: figures assembled now while a draft, the document as issued afterwards. */
export async function getProgrammeReport(db: Db, year: number) {
  const row = await requireReport(db, year);
  const narrative = NarrativeSchema.parse(row.narrative);
  const document = row.issued_document ?? (await assembleAnnualReport(db, year, narrative));
  return { year, status: row.status, lockVersion: row.lock_version, narrative, issuedAt: row.issued_at?.toISOString() ?? null, document };
}

export async function saveNarrative(db: Db, actor: Actor, year: number, narrative: Narrative, lockVersion: number) {
  const row = await requireReport(db, year);
  if (row.status === 'issued') throw new AppError('TRANSITION_NOT_ALLOWED', 'Báo cáo đã ban hành, không sửa được');
  await withTransaction(db, async (tx) => {
    if (!(await repo.updateNarrative(tx, row.id, narrative, lockVersion))) throw new AppError('VERSION_CONFLICT');
    await recordAudit(tx, actor, { action: 'programme-report.update', entityType: 'programme_report', entityId: row.id, summary: `Sửa báo cáo năm ${year}`, before: row.narrative, after: narrative });
  });
  return getProgrammeReport(db, year);
}

/** Issues the report: its document, as assembled now, is kept and rendered from then on. */
export async function issueProgrammeReport(db: Db, actor: Actor, year: number, lockVersion: number) {
  const row = await requireReport(db, year);
  const document = await assembleAnnualReport(db, year, NarrativeSchema.parse(row.narrative));
  await withTransaction(db, async (tx) => {
    if (!(await repo.issueProgrammeReport(tx, row.id, actor.userId, lockVersion, document))) {
      throw new AppError(row.status === 'issued' ? 'TRANSITION_NOT_ALLOWED' : 'VERSION_CONFLICT');
    }
    await recordAudit(tx, actor, { action: 'programme-report.issue', entityType: 'programme_report', entityId: row.id, summary: `Ban hành báo cáo kết quả thực hiện Đề án năm ${year}`, after: { document } });
  });
  return getProgrammeReport(db, year);
}

export async function renderProgrammeReport(db: Db, jobs: JobQueue, actor: Actor, year: number): Promise<string> {
  const state = await getProgrammeReport(db, year);
  return jobs.enqueue('document.render', { document: state.document, formats: ['docx', 'pdf'], fileName: `Bao-cao-ket-qua-De-an-nam-${year}` }, { actorId: actor.userId });
}
