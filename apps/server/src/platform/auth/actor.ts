import type { Permission, Role } from '@lantoa/contracts/access';
import { PERMISSIONS, roleHasPermission } from '@lantoa/contracts/access';

export type Assignment = { id: string; role: Role; unitId: string; unitName: string };

/** Who is acting: the signed-in user and the roles they hold, each on a unit subtree. */
export type Actor = {
  userId: string;
  username: string;
  fullName: string;
  sessionId: string;
  assignments: Assignment[];
  ip: string | null;
};

export function permissionsOf(actor: Actor): Permission[] {
  const all = new Set<Permission>();
  for (const a of actor.assignments) {
    for (const p of PERMISSIONS) {
      if (roleHasPermission(a.role, p)) all.add(p);
    }
  }
  return [...all];
}

/** The units on which the actor holds a permission (each with the subtree below it). */
export function scopeRootsFor(actor: Actor, permission: Permission): string[] {
  return actor.assignments.filter((a) => roleHasPermission(a.role, permission)).map((a) => a.unitId);
}

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return scopeRootsFor(actor, permission).length > 0;
}
