import type { ImportKind, ImportRowError, ImportStatus } from '@lantoa/contracts/exchange';
import type { Queryable } from '../db/db.ts';

export type ImportRunRow = {
  id: string;
  kind: ImportKind;
  file_id: string;
  file_name: string;
  file_mime: string;
  options: Record<string, unknown>;
  status: ImportStatus;
  rows_total: number;
  rows_create: number;
  rows_update: number;
  rows_unchanged: number;
  error_count: number;
  errors: ImportRowError[];
  job_id: string | null;
  created_by: string | null;
  created_by_name: string | null;
  created_at: Date;
  applied_at: Date | null;
};

const COLS = `r.id, r.kind, r.file_id, f.name AS file_name, f.mime AS file_mime, r.options, r.status, r.rows_total, r.rows_create,
  r.rows_update, r.rows_unchanged, r.error_count, r.errors, r.job_id, r.created_by, u.full_name AS created_by_name,
  r.created_at, r.applied_at`;
const FROM = 'import_run r JOIN stored_file f ON f.id = r.file_id LEFT JOIN app_user u ON u.id = r.created_by';

/** At most this many row errors are kept; error_count has the true number. */
export const MAX_STORED_ERRORS = 1_000;

export async function insertImportRun(
  db: Queryable,
  r: { kind: ImportKind; fileId: string; options: unknown; createdBy: string },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    'INSERT INTO import_run (kind, file_id, options, created_by) VALUES ($1, $2, $3, $4) RETURNING id',
    [r.kind, r.fileId, JSON.stringify(r.options), r.createdBy],
  );
  return rows[0]!.id;
}

export async function findImportRun(db: Queryable, id: string): Promise<ImportRunRow | null> {
  const { rows } = await db.query<ImportRunRow>(`SELECT ${COLS} FROM ${FROM} WHERE r.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function listImportRuns(
  db: Queryable,
  f: { kind?: string; createdBy?: string; limit: number },
): Promise<ImportRunRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.kind) where.push(`r.kind = $${params.push(f.kind)}`);
  if (f.createdBy) where.push(`r.created_by = $${params.push(f.createdBy)}`);
  const { rows } = await db.query<ImportRunRow>(
    `SELECT ${COLS} FROM ${FROM} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY r.created_at DESC LIMIT ${Number(f.limit)}`,
    params,
  );
  return rows;
}

export type CheckOutcome = {
  status: ImportStatus;
  total: number;
  create: number;
  update: number;
  unchanged: number;
  errors: ImportRowError[];
};

/** Records the outcome of a check or of a commit. */
export async function saveOutcome(db: Queryable, id: string, o: CheckOutcome): Promise<void> {
  await db.query(
    `UPDATE import_run SET status = $2, rows_total = $3, rows_create = $4, rows_update = $5, rows_unchanged = $6,
            error_count = $7, errors = $8, checked_at = coalesce(checked_at, now()),
            applied_at = CASE WHEN $2 = 'applied' THEN now() ELSE applied_at END, updated_at = now()
      WHERE id = $1`,
    [
      id,
      o.status,
      o.total,
      o.create,
      o.update,
      o.unchanged,
      o.errors.length,
      JSON.stringify(o.errors.slice(0, MAX_STORED_ERRORS)),
    ],
  );
}

/** Moves the run from one status to another; false when it was no longer in `from`. */
export async function moveStatus(db: Queryable, id: string, from: ImportStatus[], to: ImportStatus): Promise<boolean> {
  const { rowCount } = await db.query(
    'UPDATE import_run SET status = $3, updated_at = now() WHERE id = $1 AND status = ANY($2::text[])',
    [id, from, to],
  );
  return (rowCount ?? 0) > 0;
}

export async function setJob(db: Queryable, id: string, jobId: string | null): Promise<void> {
  await db.query('UPDATE import_run SET job_id = $2, updated_at = now() WHERE id = $1', [id, jobId]);
}
