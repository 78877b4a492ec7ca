import type { Queryable } from '../../platform/db/db.ts';

export type AuditRow = {
  id: number;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  summary: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
};

export type AuditFilter = {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
};

export async function listAudit(db: Queryable, f: AuditFilter): Promise<{ rows: AuditRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.entityType) where.push(`entity_type = ${p(f.entityType)}`);
  if (f.entityId) where.push(`entity_id = ${p(f.entityId)}`);
  if (f.actorId) where.push(`actor_id = ${p(f.actorId)}`);
  if (f.action) where.push(`action LIKE ${p(f.action)} || '%'`);
  // Calendar days in Vietnam time.
  if (f.from) where.push(`at >= (${p(f.from)}::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`);
  if (f.to) where.push(`at < ((${p(f.to)}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`);
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log ${whereSql}`, params);
  const { rows } = await db.query<AuditRow>(
    `SELECT * FROM audit_log ${whereSql} ORDER BY at DESC, id DESC LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`,
    params,
  );
  return { rows, total: total.rows[0]!.n };
}
