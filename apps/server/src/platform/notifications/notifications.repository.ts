import type { Queryable } from '../db/db.ts';

export type NotificationRow = {
  id: string;
  user_id: string;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  entity_type: string | null;
  entity_id: string | null;
  created_at: Date;
  read_at: Date | null;
  emailed_at: Date | null;
};

export async function findPreference(db: Queryable, userId: string, kind: string): Promise<{ in_app: boolean; email: boolean }> {
  const { rows } = await db.query<{ in_app: boolean; email: boolean }>(
    'SELECT in_app, email FROM notification_preference WHERE user_id = $1 AND kind = $2',
    [userId, kind],
  );
  return rows[0] ?? { in_app: true, email: true };
}

export async function findPreferences(db: Queryable, userId: string) {
  const { rows } = await db.query<{ kind: string; in_app: boolean; email: boolean }>(
    'SELECT kind, in_app, email FROM notification_preference WHERE user_id = $1',
    [userId],
  );
  return rows;
}

export async function upsertPreference(db: Queryable, userId: string, kind: string, inApp: boolean, email: boolean) {
  await db.query(
    `INSERT INTO notification_preference (user_id, kind, in_app, email) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id, kind) DO UPDATE SET in_app = EXCLUDED.in_app, email = EXCLUDED.email`,
    [userId, kind, inApp, email],
  );
}

export async function insertNotification(
  db: Queryable,
  n: { userId: string; kind: string; title: string; body: string | null; link: string | null; entityType: string | null; entityId: string | null; read: boolean },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO notification (user_id, kind, title, body, link, entity_type, entity_id, read_at, in_app)
     VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $8 THEN now() END, NOT $8) RETURNING id`,
    [n.userId, n.kind, n.title, n.body, n.link, n.entityType, n.entityId, n.read],
  );
  return rows[0]!.id;
}

export async function findNotification(db: Queryable, id: string): Promise<(NotificationRow & { email: string | null; full_name: string }) | null> {
  const { rows } = await db.query<NotificationRow & { email: string | null; full_name: string }>(
    `SELECT n.*, u.email, u.full_name FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

export async function markEmailed(db: Queryable, id: string, error: string | null) {
  await db.query(
    `UPDATE notification SET emailed_at = CASE WHEN $2::text IS NULL THEN now() ELSE emailed_at END, email_error = $2 WHERE id = $1`,
    [id, error],
  );
}

export async function listNotifications(db: Queryable, userId: string, f: { unreadOnly: boolean; limit: number; offset: number }) {
  const where = `user_id = $1 AND in_app ${f.unreadOnly ? 'AND read_at IS NULL' : ''}`;
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM notification WHERE ${where}`, [userId]);
  const { rows } = await db.query<NotificationRow>(
    `SELECT * FROM notification WHERE ${where} ORDER BY created_at DESC, id LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`,
    [userId],
  );
  return { rows, total: total.rows[0]!.n };
}

export async function countUnread(db: Queryable, userId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND in_app AND read_at IS NULL', [userId]);
  return rows[0]!.n;
}

export async function markRead(db: Queryable, userId: string, id: string | null): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid IS NULL OR id = $2)`,
    [userId, id],
  );
  return rowCount ?? 0;
}

export async function upsertReminder(
  db: Queryable,
  r: { key: string; kind: string; userId: string; dueAt: Date; data: unknown },
): Promise<void> {
  await db.query(
    `INSERT INTO reminder (key, kind, user_id, due_at, data) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (key) DO UPDATE SET kind = EXCLUDED.kind, user_id = EXCLUDED.user_id, due_at = EXCLUDED.due_at,
       data = EXCLUDED.data, sent_at = NULL, cancelled_at = NULL`,
    [r.key, r.kind, r.userId, r.dueAt, JSON.stringify(r.data)],
  );
}

export async function cancelReminder(db: Queryable, key: string): Promise<void> {
  await db.query('UPDATE reminder SET cancelled_at = now() WHERE key = $1 AND sent_at IS NULL', [key]);
}

/** Claims the due reminders (other workers skip them) inside the caller's transaction. */
export async function claimDueReminders(db: Queryable, limit: number) {
  const { rows } = await db.query<{ id: string; key: string; kind: string; user_id: string; data: { title: string; body?: string; link?: string; entityType?: string; entityId?: string } }>(
    `SELECT id, key, kind, user_id, data FROM reminder
      WHERE sent_at IS NULL AND cancelled_at IS NULL AND due_at <= now()
      ORDER BY due_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
    [limit],
  );
  return rows;
}

export async function markReminderSent(db: Queryable, id: string) {
  await db.query('UPDATE reminder SET sent_at = now() WHERE id = $1', [id]);
}
