import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportFormat, ImportKind, ImportRowError, ImportRunView } from '@lantoa/contracts/exchange';
import type { Config } from '../../config.ts';
import { recordAudit } from '../audit/audit.ts';
import { hasPermission, type Actor } from '../auth/actor.ts';
import type { AuthedCtx } from '../context.ts';
import { withTransaction, type Db } from '../db/db.ts';
import { AppError } from '../errors.ts';
import { formatCount } from '../exports/exports.ts';
import { writeCsv } from '../exports/exporter.ts';
import { uploadFile } from '../files/files.service.ts';
import * as files from '../files/files.repository.ts';
import type { Upload } from '../files/upload.ts';
import type { JobQueue } from '../jobs/queue.ts';
import type { BlobStore } from '../storage/storage.ts';
import type { Importer, RowProgress } from './imports.ts';
import * as repo from './imports.repository.ts';
import { readTable, type Table } from './table.ts';

export const IMPORT_JOB_KIND = 'import.run';

export type ImportDeps = { db: Db; config: Config; blobs: BlobStore; jobs: JobQueue };

export function presentRun(r: repo.ImportRunRow): ImportRunView {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    fileId: r.file_id,
    fileName: r.file_name,
    options: r.options,
    counts: {
      rows: r.rows_total,
      create: r.rows_create,
      update: r.rows_update,
      unchanged: r.rows_unchanged,
      errors: r.error_count,
    },
    errors: r.errors,
    jobId: r.status === 'checking' || r.status === 'applying' ? r.job_id : null,
    createdBy: r.created_by,
    createdByName: r.created_by_name,
    createdAt: r.created_at.toISOString(),
    appliedAt: r.applied_at?.toISOString() ?? null,
  };
}

export function findImporter(importers: readonly Importer[], kind: ImportKind): Importer {
  const importer = importers.find((i) => i.kind === kind);
  if (!importer) throw new AppError('NOT_FOUND', 'Không có loại dữ liệu nhập này');
  return importer;
}

/** The import needs its permission somewhere; the exact scope is the importer's `authorize`. */
export function assertMayImport(actor: Actor, importer: Importer): void {
  if (!hasPermission(actor, importer.permission)) throw new AppError('FORBIDDEN');
}

function parseOptions<O>(importer: Importer<O>, raw: unknown): O {
  const parsed = importer.options.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new AppError('VALIDATION_FAILED', `Dữ liệu không hợp lệ: ${issues[0]?.message ?? ''}`, { issues });
  }
  return parsed.data;
}

/** Runs are seen by whoever uploaded them, and by system administrators. */
export async function getVisibleRun(db: Db, actor: Actor, id: string): Promise<repo.ImportRunRow> {
  const run = await repo.findImportRun(db, id);
  const admin = actor.assignments.some((a) => a.role === 'system_admin');
  if (!run || (run.created_by !== actor.userId && !admin))
    throw new AppError('NOT_FOUND', 'Không tìm thấy lần nhập dữ liệu');
  return run;
}

export async function findRuns(db: Db, actor: Actor, kind: ImportKind | undefined): Promise<repo.ImportRunRow[]> {
  const admin = actor.assignments.some((a) => a.role === 'system_admin');
  return repo.listImportRuns(db, { kind, createdBy: admin ? undefined : actor.userId, limit: 50 });
}

/** The template of an import: the header row (XLSX: with a sheet explaining each column). */
export async function buildTemplate(importer: Importer, format: ExportFormat): Promise<Buffer> {
  const columns = importer.columns.map((c) => ({
    header: c.header,
    key: c.key,
    type: 'text' as const,
    width: Math.max(16, c.header.length + 6),
  }));
  if (format === 'csv') {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await writeCsv(columns, (async function* () {})(), out);
    return Buffer.concat(chunks);
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Lan Tỏa';
  const sheet = wb.addWorksheet('Dữ liệu', { views: [{ state: 'frozen', ySplit: 1 }] });
  // Text format keeps codes and phone numbers as typed (leading zeros and all).
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  const help = wb.addWorksheet('Hướng dẫn');
  help.columns = [
    { header: 'Cột', key: 'header', width: 24 },
    { header: 'Bắt buộc', key: 'required', width: 10 },
    { header: 'Giá trị hợp lệ', key: 'expected', width: 90 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of importer.columns)
    help.addRow({ header: c.header, required: c.required ? 'Có' : 'Không', expected: c.expected });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function readRunTable(db: Db, blobs: BlobStore, importer: Importer, fileId: string): Promise<Table> {
  const file = await files.findStoredFile(db, fileId);
  if (!file) throw new Error(`stored file ${fileId} is missing`);
  const data = await readAll(blobs.open(file.sha256));
  return readTable(data, file.mime.startsWith('text/csv') ? 'csv' : 'xlsx', importer.columns);
}

/** Checks every row of the run's file and records what a commit would do, or every error. */
export async function checkRun(
  ctx: AuthedCtx,
  blobs: BlobStore,
  importer: Importer,
  run: repo.ImportRunRow,
  progress?: RowProgress,
): Promise<void> {
  const options = parseOptions(importer, run.options);
  const table = await readRunTable(ctx.db, blobs, importer, run.file_id);
  if (table.errors.length) {
    await repo.saveOutcome(ctx.db, run.id, {
      status: 'invalid',
      total: 0,
      create: 0,
      update: 0,
      unchanged: 0,
      errors: table.errors,
    });
    return;
  }
  const plan = await importer.plan(ctx.db, ctx, table.rows, options, progress);
  await repo.saveOutcome(ctx.db, run.id, {
    status: plan.errors.length ? 'invalid' : 'ready',
    total: table.rows.length,
    create: plan.create,
    update: plan.update,
    unchanged: plan.unchanged,
    errors: plan.errors,
  });
}

/**
 * Uploads the file, records the run and checks it: at once for a file of up to
 * `config.importDirectMaxRows` rows, otherwise in an 'import.run' job (the answer then says so).
 */
export async function previewImport(
  deps: ImportDeps,
  actor: Actor,
  importer: Importer,
  upload: Upload,
): Promise<{ run: repo.ImportRunRow; queued: boolean }> {
  const ctx: AuthedCtx = { db: deps.db, config: deps.config, actor };
  assertMayImport(actor, importer);
  const options = parseOptions(importer, upload.fields);
  await importer.authorize(ctx, options);
  const { file, kind } = await uploadFile(deps.db, deps.blobs, actor, {
    fileName: upload.fileName,
    data: upload.data,
    purpose: 'import',
    allowed: ['xlsx', 'csv'],
  });
  const id = await repo.insertImportRun(deps.db, {
    kind: importer.kind,
    fileId: file.id,
    options,
    createdBy: actor.userId,
  });
  const table = await readTable(upload.data, kind === 'csv' ? 'csv' : 'xlsx', importer.columns);
  if (table.rows.length > deps.config.importDirectMaxRows) {
    const jobId = await deps.jobs.enqueue(IMPORT_JOB_KIND, { importId: id, phase: 'check' }, { actorId: actor.userId });
    await repo.setJob(deps.db, id, jobId);
    return { run: (await repo.findImportRun(deps.db, id))!, queued: true };
  }
  await checkRun(ctx, deps.blobs, importer, (await repo.findImportRun(deps.db, id))!);
  return { run: (await repo.findImportRun(deps.db, id))!, queued: false };
}

class ImportInvalid extends Error {
  constructor(
    readonly errors: ImportRowError[],
    readonly total: number,
  ) {
    super('import has errors');
  }
}

/**
 * Applies a checked run in one transaction: the file is read and checked again against the data
 * as it is now; if any row fails, nothing is written and the run lists the errors.
 */
export async function applyRun(
  ctx: AuthedCtx,
  blobs: BlobStore,
  importer: Importer,
  run: repo.ImportRunRow,
  progress?: (stage: 'check' | 'write', done: number, total: number) => Promise<void>,
): Promise<void> {
  const options = parseOptions(importer, run.options);
  try {
    await withTransaction(ctx.db, async (tx) => {
      const table = await readRunTable(ctx.db, blobs, importer, run.file_id);
      if (table.errors.length) throw new ImportInvalid(table.errors, 0);
      const plan = await importer.plan(tx, ctx, table.rows, options, progress && ((d, t) => progress('check', d, t)));
      if (plan.errors.length) throw new ImportInvalid(plan.errors, table.rows.length);
      await importer.apply(tx, ctx, plan.actions, options, progress && ((d, t) => progress('write', d, t)));
      const counts = { rows: table.rows.length, create: plan.create, update: plan.update, unchanged: plan.unchanged };
      await recordAudit(tx, ctx.actor, {
        action: `import.${importer.kind}`,
        entityType: 'import_run',
        entityId: run.id,
        summary: `Nhập ${importer.title} từ tệp ${run.file_name}: ${formatCount(counts.create)} thêm mới, ${formatCount(counts.update)} cập nhật, ${formatCount(counts.unchanged)} không đổi`,
        after: { counts, options, fileId: run.file_id },
      });
      await repo.saveOutcome(tx, run.id, {
        status: 'applied',
        total: counts.rows,
        create: counts.create,
        update: counts.update,
        unchanged: counts.unchanged,
        errors: [],
      });
    });
  } catch (err) {
    if (err instanceof ImportInvalid) {
      await repo.saveOutcome(ctx.db, run.id, {
        status: 'invalid',
        total: err.total,
        create: 0,
        update: 0,
        unchanged: 0,
        errors: err.errors,
      });
      throw new AppError(
        'IMPORT_HAS_ERRORS',
        `Tệp có ${formatCount(err.errors.length)} lỗi; chưa có thay đổi nào được ghi`,
        { errors: err.errors.slice(0, repo.MAX_STORED_ERRORS) },
      );
    }
    await repo.moveStatus(ctx.db, run.id, ['applying'], 'failed');
    throw err;
  }
}

/** Commits a checked run (its uploader only): at once when small, otherwise in a job. */
export async function commitImport(
  deps: ImportDeps,
  actor: Actor,
  importers: readonly Importer[],
  id: string,
): Promise<{ run: repo.ImportRunRow; queued: boolean }> {
  const run = await getVisibleRun(deps.db, actor, id);
  if (run.created_by !== actor.userId) throw new AppError('NOT_FOUND', 'Không tìm thấy lần nhập dữ liệu');
  const importer = findImporter(importers, run.kind);
  assertMayImport(actor, importer);
  const ctx: AuthedCtx = { db: deps.db, config: deps.config, actor };
  await importer.authorize(ctx, parseOptions(importer, run.options));
  if (run.status === 'invalid') throw new AppError('IMPORT_HAS_ERRORS', undefined, { errors: run.errors });
  if (!(await repo.moveStatus(deps.db, id, ['ready'], 'applying'))) throw new AppError('IMPORT_NOT_PENDING');
  if (run.rows_total > deps.config.importDirectMaxRows) {
    const jobId = await deps.jobs.enqueue(IMPORT_JOB_KIND, { importId: id, phase: 'apply' }, { actorId: actor.userId });
    await repo.setJob(deps.db, id, jobId);
    return { run: (await repo.findImportRun(deps.db, id))!, queued: true };
  }
  await applyRun(ctx, deps.blobs, importer, run);
  return { run: (await repo.findImportRun(deps.db, id))!, queued: false };
}
