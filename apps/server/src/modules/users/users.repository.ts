import type { Role } from '@lantoa/contracts/access';
import type { Db, Queryable } from '../../platform/db/db.ts';
import { streamRows } from '../../platform/db/cursor.ts';

export type UserRow = {
  id: string;
  username: string;
  full_name: string;
  email: string | null;
  phone: string | null;
  unit_id: string | null;
  unit_name: string | null;
  is_active: boolean;
  must_change_password: boolean;
  last_login_at: Date | null;
  created_at: Date;
  version: number;
  roles: { id: string; role: Role; unitId: string; unitName: string }[];
};

const USER_SELECT = `
  SELECT u.id, u.username, u.full_name, u.email, u.phone, u.unit_id,
         (SELECT v.name FROM org_unit_version v WHERE v.unit_id = u.unit_id ORDER BY v.valid_from DESC NULLS LAST LIMIT 1) AS unit_name,
         u.is_active, u.must_change_password, u.last_login_at, u.created_at, u.version,
         coalesce((SELECT json_agg(json_build_object('id', ra.id, 'role', ra.role, 'unitId', ra.unit_id,
                    'unitName', (SELECT v.name FROM org_unit_version v WHERE v.unit_id = ra.unit_id ORDER BY v.valid_from DESC NULLS LAST LIMIT 1))
                    ORDER BY ra.created_at, ra.role)
                   FROM role_assignment ra WHERE ra.user_id = u.id), '[]'::json) AS roles
    FROM app_user u`;

export type UserFilter = {
  q?: string;
  role?: string;
  unitId?: string;
  active?: boolean;
  /** null = every user; otherwise users whose home unit is one of these. */
  scopeUnitIds: string[] | null;
  sort: 'username' | 'fullName' | 'createdAt' | 'lastLoginAt';
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
};

function userListSql(f: Omit<UserFilter, 'limit' | 'offset'>): { whereSql: string; orderBy: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.q) where.push(`(vn_fold(u.username || ' ' || u.full_name || ' ' || coalesce(u.email, '')) LIKE '%' || vn_fold(${p(f.q)}) || '%')`);
  if (f.role) where.push(`EXISTS (SELECT 1 FROM role_assignment ra WHERE ra.user_id = u.id AND ra.role = ${p(f.role)})`);
  if (f.unitId) where.push(`u.unit_id = ${p(f.unitId)}`);
  if (f.active !== undefined) where.push(`u.is_active = ${p(f.active)}`);
  if (f.scopeUnitIds) where.push(`u.unit_id = ANY(${p(f.scopeUnitIds)}::uuid[])`);
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const dir = f.order === 'desc' ? 'DESC' : 'ASC';
  const orderBy = {
    username: `u.username ${dir}`,
    fullName: `u.full_name COLLATE "vi-x-icu" ${dir}`,
    createdAt: `u.created_at ${dir}`,
    lastLoginAt: `u.last_login_at ${dir} NULLS LAST`,
  }[f.sort];
  return { whereSql, orderBy: `${orderBy}, u.id`, params };
}

export async function listUsers(db: Queryable, f: UserFilter): Promise<{ rows: UserRow[]; total: number }> {
  const { whereSql, orderBy, params } = userListSql(f);
  const total = await countUsers(db, f);
  const { rows } = await db.query<UserRow>(
    `${USER_SELECT} ${whereSql} ORDER BY ${orderBy} LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`,
    params,
  );
  return { rows, total };
}

export async function countUsers(db: Queryable, f: Omit<UserFilter, 'limit' | 'offset'>): Promise<number> {
  const { whereSql, params } = userListSql(f);
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM app_user u ${whereSql}`, params);
  return rows[0]!.n;
}

export type UserExportRow = {
  username: string;
  full_name: string;
  email: string | null;
  phone: string | null;
  unit_code: string | null;
  unit_name: string | null;
  roles: Role[];
  is_active: boolean;
  last_login_at: Date | null;
  created_at: Date;
};

/**
 * The users of the list filter, in list order, with their home unit's code (official code, or
 * the unit's stable key when it has none) and their roles — streamed for exports.
 */
export function streamUsers(db: Db, f: Omit<UserFilter, 'limit' | 'offset'>): AsyncGenerator<UserExportRow[]> {
  const { whereSql, orderBy, params } = userListSql(f);
  return streamRows<UserExportRow>(
    db,
    `SELECT u.username, u.full_name, u.email, u.phone, hu.code AS unit_code, hu.name AS unit_name,
            coalesce((SELECT array_agg(DISTINCT ra.role) FROM role_assignment ra WHERE ra.user_id = u.id), '{}') AS roles,
            u.is_active, u.last_login_at, u.created_at
       FROM app_user u
       LEFT JOIN LATERAL (
         SELECT v.name, coalesce(v.official_code, ou.external_key) AS code
           FROM org_unit ou JOIN org_unit_version v ON v.unit_id = ou.id
          WHERE ou.id = u.unit_id ORDER BY v.valid_from DESC NULLS LAST LIMIT 1
       ) hu ON true
      ${whereSql} ORDER BY ${orderBy}`,
    params,
  );
}

export async function findUser(db: Queryable, id: string): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(`${USER_SELECT} WHERE u.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function usernameExists(db: Queryable, username: string): Promise<boolean> {
  const { rowCount } = await db.query('SELECT 1 FROM app_user WHERE lower(username) = lower($1)', [username]);
  return (rowCount ?? 0) > 0;
}

export async function insertUser(
  db: Queryable,
  u: { username: string; fullName: string; email: string | null; phone: string | null; unitId: string | null; passwordHash: string; mustChangePassword: boolean },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO app_user (username, full_name, email, phone, unit_id, password_hash, must_change_password)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [u.username, u.fullName, u.email, u.phone, u.unitId, u.passwordHash, u.mustChangePassword],
  );
  return rows[0]!.id;
}

/** Optimistic update: returns false when the row is no longer at `version`. */
export async function updateUser(
  db: Queryable,
  id: string,
  u: { fullName: string; email: string | null; phone: string | null; unitId: string | null; isActive: boolean },
  version: number,
): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE app_user SET full_name = $2, email = $3, phone = $4, unit_id = $5, is_active = $6,
            version = version + 1, updated_at = now()
      WHERE id = $1 AND version = $7`,
    [id, u.fullName, u.email, u.phone, u.unitId, u.isActive, version],
  );
  return (rowCount ?? 0) > 0;
}

export async function replaceRoles(db: Queryable, userId: string, roles: { role: string; unitId: string }[]): Promise<void> {
  await db.query('DELETE FROM role_assignment WHERE user_id = $1', [userId]);
  for (const r of roles) {
    await db.query(
      'INSERT INTO role_assignment (user_id, role, unit_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [userId, r.role, r.unitId],
    );
  }
}

export async function countActiveAdmins(db: Queryable, exceptUserId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(DISTINCT u.id)::int AS n FROM app_user u JOIN role_assignment ra ON ra.user_id = u.id
      WHERE ra.role = 'system_admin' AND u.is_active AND u.id <> $1`,
    [exceptUserId],
  );
  return rows[0]!.n;
}

export async function setPassword(db: Queryable, userId: string, hash: string, mustChange: boolean): Promise<void> {
  await db.query(
    `UPDATE app_user SET password_hash = $2, must_change_password = $3, password_changed_at = now(),
            version = version + 1, updated_at = now() WHERE id = $1`,
    [userId, hash, mustChange],
  );
}

export async function deleteSessionsOf(db: Queryable, userId: string): Promise<void> {
  await db.query('DELETE FROM user_session WHERE user_id = $1', [userId]);
}

export async function unitExists(db: Queryable, unitId: string): Promise<boolean> {
  const { rowCount } = await db.query('SELECT 1 FROM org_unit WHERE id = $1', [unitId]);
  return (rowCount ?? 0) > 0;
}

export type ImportUserRow = {
  id: string;
  username: string;
  full_name: string;
  email: string | null;
  phone: string | null;
  unit_id: string | null;
  roles: { role: Role; unit_id: string }[];
};

/** Accounts by username (case-insensitive), locked for the rest of the transaction when in one. */
export async function findUsersByUsernames(db: Queryable, usernames: string[]): Promise<Map<string, ImportUserRow>> {
  const { rows } = await db.query<Omit<ImportUserRow, 'roles'>>(
    `SELECT id, username, full_name, email, phone, unit_id FROM app_user WHERE lower(username) = ANY($1::text[]) FOR UPDATE`,
    [usernames.map((u) => u.toLowerCase())],
  );
  const roles = await db.query<{ user_id: string; role: Role; unit_id: string }>(
    'SELECT user_id, role, unit_id FROM role_assignment WHERE user_id = ANY($1::uuid[])',
    [rows.map((r) => r.id)],
  );
  const out = new Map<string, ImportUserRow>();
  for (const r of rows) out.set(r.username.toLowerCase(), { ...r, roles: roles.rows.filter((x) => x.user_id === r.id).map((x) => ({ role: x.role, unit_id: x.unit_id })) });
  return out;
}

/** Units by code: the official code of a version valid on `asOf`, or the unit's stable key. */
export async function findUnitsByCodes(db: Queryable, codes: string[], asOf: string): Promise<Map<string, { id: string; name: string }>> {
  const { rows } = await db.query<{ code: string; id: string; name: string }>(
    `SELECT v.official_code AS code, v.unit_id AS id, v.name FROM org_unit_version v
      WHERE v.official_code = ANY($1::text[]) AND v.validity @> $2::date
     UNION ALL
     SELECT ou.external_key, ou.id,
            (SELECT v.name FROM org_unit_version v WHERE v.unit_id = ou.id ORDER BY v.valid_from DESC NULLS LAST LIMIT 1)
       FROM org_unit ou WHERE ou.external_key = ANY($1::text[])`,
    [codes, asOf],
  );
  const out = new Map<string, { id: string; name: string }>();
  for (const r of rows) if (!out.has(r.code)) out.set(r.code, { id: r.id, name: r.name });
  return out;
}

/** Changes the fields an import carries (no optimistic check: the row is locked by the import). */
export async function updateUserContact(
  db: Queryable,
  id: string,
  u: { fullName: string; email: string | null; phone: string | null; unitId: string | null },
): Promise<void> {
  await db.query(
    `UPDATE app_user SET full_name = $2, email = $3, phone = $4, unit_id = $5, version = version + 1, updated_at = now() WHERE id = $1`,
    [id, u.fullName, u.email, u.phone, u.unitId],
  );
}

export async function addRole(db: Queryable, userId: string, role: Role, unitId: string): Promise<void> {
  await db.query('INSERT INTO role_assignment (user_id, role, unit_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [userId, role, unitId]);
}
