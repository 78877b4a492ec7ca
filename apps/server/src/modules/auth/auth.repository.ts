import type { Role } from '@lantoa/contracts/access';
import type { Queryable } from '../../platform/db/db.ts';
import type { Assignment } from '../../platform/auth/actor.ts';

export type UserRow = {
  id: string;
  username: string;
  full_name: string;
  email: string | null;
  unit_id: string | null;
  password_hash: string;
  is_active: boolean;
  must_change_password: boolean;
};

export async function findUserByUsername(db: Queryable, username: string): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(
    `SELECT id, username, full_name, email, unit_id, password_hash, is_active, must_change_password
       FROM app_user WHERE lower(username) = lower($1)`,
    [username],
  );
  return rows[0] ?? null;
}

export async function findUserById(db: Queryable, id: string): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(
    `SELECT id, username, full_name, email, unit_id, password_hash, is_active, must_change_password
       FROM app_user WHERE id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

/** Role assignments with the unit's latest name. */
export async function findAssignments(db: Queryable, userId: string): Promise<Assignment[]> {
  const { rows } = await db.query<{ id: string; role: Role; unit_id: string; unit_name: string }>(
    `SELECT ra.id, ra.role, ra.unit_id,
            (SELECT v.name FROM org_unit_version v WHERE v.unit_id = ra.unit_id
              ORDER BY v.valid_from DESC NULLS LAST LIMIT 1) AS unit_name
       FROM role_assignment ra WHERE ra.user_id = $1 ORDER BY ra.created_at, ra.role`,
    [userId],
  );
  return rows.map((r) => ({ id: r.id, role: r.role, unitId: r.unit_id, unitName: r.unit_name }));
}

export async function countRecentFailures(
  db: Queryable,
  username: string,
  ip: string | null,
  windowMinutes: number,
): Promise<{ byUser: number; byIp: number; oldestByUser: Date | null }> {
  const { rows } = await db.query<{ by_user: number; by_ip: number; oldest: Date | null }>(
    `SELECT
       count(*) FILTER (WHERE lower(username) = lower($1))::int AS by_user,
       count(*) FILTER (WHERE ip = $2)::int AS by_ip,
       min(at) FILTER (WHERE lower(username) = lower($1)) AS oldest
     FROM login_attempt
     WHERE NOT success AND at > now() - make_interval(mins => $3)
       AND (lower(username) = lower($1) OR ip = $2)
       -- a success resets the count for that user
       AND at > coalesce((SELECT max(at) FROM login_attempt s WHERE s.success AND lower(s.username) = lower($1)), '-infinity')`,
    [username, ip, windowMinutes],
  );
  const r = rows[0]!;
  return { byUser: r.by_user, byIp: r.by_ip, oldestByUser: r.oldest };
}

export async function insertLoginAttempt(db: Queryable, username: string, ip: string | null, success: boolean) {
  await db.query('INSERT INTO login_attempt (username, ip, success) VALUES ($1, $2, $3)', [
    username.slice(0, 100),
    ip,
    success,
  ]);
}

export type SessionRow = {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
};

export async function insertSession(
  db: Queryable,
  s: { id: string; userId: string; csrfToken: string; expiresAt: Date; ip: string | null; userAgent: string | null },
) {
  await db.query(
    `INSERT INTO user_session (id, user_id, csrf_token, expires_at, ip, user_agent) VALUES ($1, $2, $3, $4, $5, $6)`,
    [s.id, s.userId, s.csrfToken, s.expiresAt, s.ip, s.userAgent?.slice(0, 300) ?? null],
  );
  await db.query('UPDATE app_user SET last_login_at = now() WHERE id = $1', [s.userId]);
}

export async function findSession(db: Queryable, id: string): Promise<SessionRow | null> {
  const { rows } = await db.query<SessionRow>(
    'SELECT id, user_id, csrf_token, created_at, last_seen_at, expires_at FROM user_session WHERE id = $1',
    [id],
  );
  return rows[0] ?? null;
}

export async function touchSession(db: Queryable, id: string) {
  await db.query('UPDATE user_session SET last_seen_at = now() WHERE id = $1', [id]);
}

export async function deleteSession(db: Queryable, id: string) {
  await db.query('DELETE FROM user_session WHERE id = $1', [id]);
}

export async function deleteOtherSessions(db: Queryable, userId: string, keepId: string | null) {
  await db.query('DELETE FROM user_session WHERE user_id = $1 AND id IS DISTINCT FROM $2', [userId, keepId]);
}

export async function updatePasswordHash(db: Queryable, userId: string, hash: string) {
  await db.query(
    `UPDATE app_user SET password_hash = $2, password_changed_at = now(), must_change_password = false,
            updated_at = now(), version = version + 1 WHERE id = $1`,
    [userId, hash],
  );
}

export async function findUnitName(db: Queryable, unitId: string): Promise<string | null> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT name FROM org_unit_version WHERE unit_id = $1 ORDER BY valid_from DESC NULLS LAST LIMIT 1`,
    [unitId],
  );
  return rows[0]?.name ?? null;
}
