import type { Queryable } from '../db/db.ts';

export type JobRow = {
  id: string;
  kind: string;
  payload: unknown;
  status: 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
  progress: number;
  message: string | null;
  result: unknown;
  error: string | null;
  attempts: number;
  max_attempts: number;
  created_by: string | null;
  created_by_name: string | null;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
};

const COLS = `j.id, j.kind, j.payload, j.status, j.progress, j.message, j.result, j.error, j.attempts, j.max_attempts,
  j.created_by, u.full_name AS created_by_name, j.created_at, j.started_at, j.finished_at`;

export async function insertJob(
  db: Queryable,
  j: { kind: string; payload: unknown; maxAttempts: number; createdBy: string | null; idempotencyKey: string | null },
): Promise<{ id: string; created: boolean }> {
  const { rows } = await db.query<{ id: string; created: boolean }>(
    `INSERT INTO job (kind, payload, max_attempts, created_by, idempotency_key) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (idempotency_key) DO UPDATE SET idempotency_key = EXCLUDED.idempotency_key
     RETURNING id, (xmax = 0) AS created`,
    [j.kind, JSON.stringify(j.payload), j.maxAttempts, j.createdBy, j.idempotencyKey],
  );
  return rows[0]!;
}

export async function findJob(db: Queryable, id: string): Promise<JobRow | null> {
  const { rows } = await db.query<JobRow>(`SELECT ${COLS} FROM job j LEFT JOIN app_user u ON u.id = j.created_by WHERE j.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function listJobs(
  db: Queryable,
  f: { status?: string; kind?: string; createdBy?: string; limit: number; offset: number },
): Promise<{ rows: JobRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.status) where.push(`j.status = ${p(f.status)}`);
  if (f.kind) where.push(`j.kind = ${p(f.kind)}`);
  if (f.createdBy) where.push(`j.created_by = ${p(f.createdBy)}`);
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM job j ${w}`, params);
  const { rows } = await db.query<JobRow>(
    `SELECT ${COLS} FROM job j LEFT JOIN app_user u ON u.id = j.created_by ${w}
      ORDER BY j.created_at DESC, j.id LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`,
    params,
  );
  return { rows, total: total.rows[0]!.n };
}

/** Marks the start of an attempt; returns false when the job was cancelled or already finished. */
export async function markRunning(db: Queryable, id: string, attempt: number): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE job SET status = 'running', attempts = $2, started_at = coalesce(started_at, now()), progress = 0,
            message = NULL, error = NULL, updated_at = now()
      WHERE id = $1 AND status IN ('queued', 'running')`,
    [id, attempt],
  );
  return (rowCount ?? 0) > 0;
}

export async function setProgress(db: Queryable, id: string, progress: number, message: string | null): Promise<void> {
  await db.query(`UPDATE job SET progress = $2, message = coalesce($3, message), updated_at = now() WHERE id = $1 AND status = 'running'`, [
    id,
    progress,
    message,
  ]);
}

export async function markSucceeded(db: Queryable, id: string, result: unknown): Promise<void> {
  await db.query(
    `UPDATE job SET status = 'succeeded', progress = 100, result = $2, finished_at = now(), updated_at = now() WHERE id = $1`,
    [id, JSON.stringify(result ?? null)],
  );
}

/** A failed attempt: back to queued while attempts remain, failed for good after the last. */
export async function markAttemptFailed(db: Queryable, id: string, error: string, final: boolean): Promise<void> {
  await db.query(
    `UPDATE job SET status = CASE WHEN $3 THEN 'failed' ELSE 'queued' END, error = $2,
            finished_at = CASE WHEN $3 THEN now() ELSE NULL END, updated_at = now()
      WHERE id = $1`,
    [id, error.slice(0, 4000), final],
  );
}

export async function resetForRetry(db: Queryable, id: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE job SET status = 'queued', progress = 0, message = NULL, error = NULL, attempts = 0, started_at = NULL, finished_at = NULL, updated_at = now()
      WHERE id = $1 AND status IN ('failed', 'cancelled')`,
    [id],
  );
  return (rowCount ?? 0) > 0;
}

export async function cancelQueued(db: Queryable, id: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE job SET status = 'cancelled', finished_at = now(), updated_at = now() WHERE id = $1 AND status = 'queued'`,
    [id],
  );
  return (rowCount ?? 0) > 0;
}

/** Jobs left 'running' by a process that died: they go back to the queue (pg-boss retries them). */
/** Jobs marked running with no sign of life for `olderThanSeconds`: back to queued; their ids. */
export async function requeueStale(db: Queryable, olderThanSeconds: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `UPDATE job SET status = 'queued', message = 'Tiếp tục sau khi máy chủ khởi động lại', updated_at = now()
      WHERE status = 'running' AND updated_at < now() - make_interval(secs => $1)
      RETURNING id`,
    [olderThanSeconds],
  );
  return rows.map((r) => r.id);
}

/** The pg-boss jobs still marked active for these job rows (their worker died with them). */
export async function findActiveBossJobs(db: Queryable, jobIds: string[]): Promise<{ id: string; name: string; jobId: string }[]> {
  if (!jobIds.length) return [];
  const { rows } = await db.query<{ id: string; name: string; jobId: string }>(
    `SELECT id::text, name, data->>'jobId' AS "jobId" FROM pgboss.job WHERE state = 'active' AND data->>'jobId' = ANY($1::text[])`,
    [jobIds],
  );
  return rows;
}
