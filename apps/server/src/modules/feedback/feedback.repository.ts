import type { Queryable } from '../../platform/db/db.ts';

export type FeedbackRow = {
  id: string; item_kind: 'event' | 'material' | 'activity' | 'link'; item_ref: string; author_name: string | null; contact: string | null; body: string;
  status: 'pending' | 'published' | 'hidden'; answer: string | null; answered_at: Date | null; created_at: Date; lock_version: number;
};
const COLS = 'id, item_kind, item_ref, author_name, contact, body, status, answer, answered_at, created_at, lock_version';

export async function insertFeedback(db: Queryable, x: { itemKind: string; itemRef: string; name: string | null; contact: string | null; body: string; clientKey: string }): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    'INSERT INTO citizen_feedback (item_kind, item_ref, author_name, contact, body, client_key) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
    [x.itemKind, x.itemRef, x.name, x.contact, x.body, x.clientKey],
  );
  return rows[0]!.id;
}

export async function listFeedback(db: Queryable, f: { status?: string; itemKind?: string; itemRef?: string; q?: string; sort: string; limit: number; offset: number }) {
  const values: unknown[] = [];
  const p = (v: unknown) => {
    values.push(v);
    return `$${values.length}`;
  };
  const where = ['true'];
  if (f.status) where.push(`status = ${p(f.status)}`);
  if (f.itemKind) where.push(`item_kind = ${p(f.itemKind)}`);
  if (f.itemRef) where.push(`item_ref = ${p(f.itemRef)}`);
  if (f.q) where.push(`vn_fold(body || ' ' || coalesce(author_name, '') || ' ' || coalesce(answer, '') || ' ' || item_ref) LIKE '%' || vn_fold(${p(f.q)}) || '%'`);
  const w = where.join(' AND ');
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM citizen_feedback WHERE ${w}`, values);
  const { rows } = await db.query<FeedbackRow>(
    `SELECT ${COLS} FROM citizen_feedback WHERE ${w} ORDER BY created_at ${f.sort === 'created' ? 'ASC' : 'DESC'}, id LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`,
    values,
  );
  return { rows, total: total.rows[0]!.n };
}

export async function findFeedback(db: Queryable, id: string, opts: { forUpdate?: boolean } = {}): Promise<FeedbackRow | null> {
  const { rows } = await db.query<FeedbackRow>(`SELECT ${COLS} FROM citizen_feedback WHERE id = $1${opts.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  return rows[0] ?? null;
}

export async function moderate(db: Queryable, id: string, x: { status: string; answer: string | null; userId: string }, lockVersion: number): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE citizen_feedback SET status = $2, answer = $3,
            answered_by = CASE WHEN $3::text IS DISTINCT FROM answer THEN $4::uuid ELSE answered_by END,
            answered_at = CASE WHEN $3::text IS DISTINCT FROM answer THEN (CASE WHEN $3::text IS NULL THEN NULL ELSE now() END) ELSE answered_at END,
            moderated_at = now(), lock_version = lock_version + 1, updated_at = now()
      WHERE id = $1 AND lock_version = $5`,
    [id, x.status, x.answer, x.userId, lockVersion],
  );
  return (rowCount ?? 0) > 0;
}

/** What the public sees of an item: published feedback with its answer, oldest first. */
export async function findPublished(db: Queryable, itemKind: string, itemRef: string) {
  const { rows } = await db.query<{ id: string; author_name: string | null; body: string; answer: string | null; created_at: Date; answered_at: Date | null }>(
    `SELECT id, author_name, body, answer, created_at, answered_at FROM citizen_feedback
      WHERE item_kind = $1 AND item_ref = $2 AND status = 'published' ORDER BY created_at, id LIMIT 500`,
    [itemKind, itemRef],
  );
  return rows;
}
