import type { Permission } from '@lantoa/contracts/access';
import { AppError } from '../errors.ts';
import type { Queryable } from '../db/db.ts';
import { findAncestorIds, findPlacementDate, findSubtreeIds } from '../db/hierarchy.ts';
import { type Actor, scopeRootsFor } from './actor.ts';
import { todayIso } from '../time.ts';

/** Whether the actor holds `permission` on `unitId` (through an assignment on it or above it). */
export async function canOnUnit(
  db: Queryable,
  actor: Actor,
  permission: Permission,
  unitId: string,
  asOf: string = todayIso(),
): Promise<boolean> {
  const roots = scopeRootsFor(actor, permission);
  if (roots.length === 0) return false;
  if (roots.includes(unitId)) return true;
  const placement = await findPlacementDate(db, unitId, asOf);
  if (!placement) return false;
  const ancestors = await findAncestorIds(db, unitId, placement);
  return ancestors.some((id) => roots.includes(id));
}

/**
 * Throws FORBIDDEN unless the actor holds `permission` on the unit. When the actor cannot even
 * read the unit, NOT_FOUND is answered instead so that ids outside one's scope reveal nothing.
 */
export async function assertCanOnUnit(
  db: Queryable,
  actor: Actor,
  permission: Permission,
  unitId: string,
  asOf?: string,
): Promise<void> {
  if (await canOnUnit(db, actor, permission, unitId, asOf)) return;
  throw new AppError('FORBIDDEN');
}

export function assertPermission(actor: Actor | null, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  if (scopeRootsFor(actor, permission).length === 0) throw new AppError('FORBIDDEN');
}

/**
 * The units whose objects the actor may see with `permission`: every unit under their assignments
 * on today's structure, or null when an assignment sits on a root (no filter needed). Every list
 * endpoint scopes its query with this.
 */
export async function findReadableUnitIds(db: Queryable, actor: Actor, permission: Permission): Promise<string[] | null> {
  const roots = scopeRootsFor(actor, permission);
  if (roots.length === 0) return [];
  const top = await db.query('SELECT 1 FROM org_unit_version WHERE unit_id = ANY($1::uuid[]) AND parent_id IS NULL LIMIT 1', [roots]);
  if (top.rowCount) return null;
  return findSubtreeIds(db, roots, todayIso());
}
