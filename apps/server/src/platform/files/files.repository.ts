import type { Queryable } from '../db/db.ts';

export type StoredFileRow = {
  id: string;
  sha256: string;
  size: number;
  mime: string;
  name: string;
  purpose: string;
  owner_id: string | null;
  unit_id: string | null;
  job_id: string | null;
  created_at: Date;
};

const COLS = 'id, sha256, size, mime, name, purpose, owner_id, unit_id, job_id, created_at';

export async function insertStoredFile(
  db: Queryable,
  f: {
    sha256: string;
    size: number;
    mime: string;
    name: string;
    purpose: string;
    ownerId: string | null;
    unitId: string | null;
    jobId: string | null;
  },
): Promise<StoredFileRow> {
  const { rows } = await db.query<StoredFileRow>(
    `INSERT INTO stored_file (sha256, size, mime, name, purpose, owner_id, unit_id, job_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLS}`,
    [f.sha256, f.size, f.mime, f.name, f.purpose, f.ownerId, f.unitId, f.jobId],
  );
  return rows[0]!;
}

export async function findStoredFile(db: Queryable, id: string): Promise<StoredFileRow | null> {
  const { rows } = await db.query<StoredFileRow>(`SELECT ${COLS} FROM stored_file WHERE id = $1`, [id]);
  return rows[0] ?? null;
}

/** The file a job already produced (a retried job hands back the same file). */
export async function findStoredFileOfJob(
  db: Queryable,
  jobId: string,
  purpose: string,
): Promise<StoredFileRow | null> {
  const { rows } = await db.query<StoredFileRow>(
    `SELECT ${COLS} FROM stored_file WHERE job_id = $1 AND purpose = $2 ORDER BY created_at LIMIT 1`,
    [jobId, purpose],
  );
  return rows[0] ?? null;
}
