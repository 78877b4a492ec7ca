import type { Queryable } from '../db/db.ts';
import type { Actor } from '../auth/actor.ts';

export type AuditRecord = {
  action: string;
  entityType: string;
  entityId?: string | null;
  summary?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Appends one entry to the audit log, inside the caller's transaction. */
export async function recordAudit(db: Queryable, actor: Actor | null, rec: AuditRecord): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (actor_id, actor_name, action, entity_type, entity_id, summary, before, after, ip)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      actor?.userId ?? null,
      actor ? `${actor.fullName} (${actor.username})` : 'hệ thống',
      rec.action,
      rec.entityType,
      rec.entityId ?? null,
      rec.summary ?? null,
      rec.before === undefined ? null : JSON.stringify(rec.before),
      rec.after === undefined ? null : JSON.stringify(rec.after),
      actor?.ip ?? null,
    ],
  );
}
