import type { Queryable } from '../db/db.ts';

/** Active accounts holding one of `roles` on exactly this unit (whoever acts for the unit). */
export async function findUnitUsers(db: Queryable, unitId: string, roles: readonly string[]): Promise<string[]> {
  const { rows } = await db.query<{ user_id: string }>(
    `SELECT DISTINCT ra.user_id FROM role_assignment ra JOIN app_user u ON u.id = ra.user_id
      WHERE ra.unit_id = $1 AND ra.role = ANY($2::text[]) AND u.is_active`,
    [unitId, roles],
  );
  return rows.map((r) => r.user_id);
}

/** Active accounts holding one of `roles` anywhere (the standing agency, the leaders). */
export async function findUsersWithRole(db: Queryable, roles: readonly string[]): Promise<string[]> {
  const { rows } = await db.query<{ user_id: string }>(
    `SELECT DISTINCT ra.user_id FROM role_assignment ra JOIN app_user u ON u.id = ra.user_id WHERE ra.role = ANY($1::text[]) AND u.is_active`,
    [roles],
  );
  return rows.map((r) => r.user_id);
}
