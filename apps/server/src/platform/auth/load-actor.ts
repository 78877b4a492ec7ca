import type { Role } from '@lantoa/contracts/access';
import type { Queryable } from '../db/db.ts';
import type { Actor } from './actor.ts';

/**
 * The actor for work done later on someone's behalf (a background job): their current roles,
 * so that a job started before a role was withdrawn sees no more than the person now may.
 * Null when the account no longer exists or is locked.
 */
export async function loadActor(db: Queryable, userId: string): Promise<Actor | null> {
  const u = await db.query<{ id: string; username: string; full_name: string }>(
    'SELECT id, username, full_name FROM app_user WHERE id = $1 AND is_active',
    [userId],
  );
  const user = u.rows[0];
  if (!user) return null;
  const { rows } = await db.query<{ id: string; role: Role; unit_id: string; unit_name: string }>(
    `SELECT ra.id, ra.role, ra.unit_id,
            coalesce((SELECT v.name FROM org_unit_version v WHERE v.unit_id = ra.unit_id ORDER BY v.valid_from DESC NULLS LAST LIMIT 1), '') AS unit_name
       FROM role_assignment ra WHERE ra.user_id = $1 ORDER BY ra.created_at, ra.role`,
    [userId],
  );
  return {
    userId: user.id,
    username: user.username,
    fullName: user.full_name,
    sessionId: '',
    assignments: rows.map((r) => ({ id: r.id, role: r.role, unitId: r.unit_id, unitName: r.unit_name })),
    ip: null,
  };
}
