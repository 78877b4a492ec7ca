import type { DifficultySeverity, DifficultyStatus } from '@lantoa/contracts/difficulties';
import type { Queryable } from '../../platform/db/db.ts';

export type DifficultyRow = {
  id: string;
  unit_id: string;
  unit_name: string;
  task_area_number: number;
  severity: DifficultySeverity;
  title: string;
  description: string;
  proposed_solution: string | null;
  status: DifficultyStatus;
  concerned_unit_ids: string[];
  proposal: string | null;
  direction: string | null;
  resolution: string | null;
  resolved_at: Date | null;
  age_days: number;
  lock_version: number;
  created_at: Date;
  updated_at: Date;
};

const unitName = (col: string) =>
  `(SELECT v.name FROM org_unit_version v WHERE v.unit_id = ${col} ORDER BY (v.validity @> current_date) DESC, v.valid_from DESC NULLS LAST LIMIT 1)`;

/** Age counts from the report to its resolution (or to today while it is open). */
const SELECT = `SELECT d.id, d.unit_id, ${unitName('d.unit_id')} AS unit_name, d.task_area_number, d.severity, d.title, d.description, d.proposed_solution,
       d.status, d.concerned_unit_ids, d.proposal, d.direction, d.resolution, d.resolved_at,
       floor(extract(epoch FROM (coalesce(d.resolved_at, now()) - d.created_at)) / 86400)::int AS age_days,
       d.lock_version, d.created_at, d.updated_at
  FROM difficulty d`;

export async function findDifficulty(db: Queryable, id: string): Promise<DifficultyRow | null> {
  const { rows } = await db.query<DifficultyRow>(`${SELECT} WHERE d.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function findDifficultyForUpdate(db: Queryable, id: string): Promise<DifficultyRow | null> {
  await db.query('SELECT 1 FROM difficulty WHERE id = $1 FOR UPDATE', [id]);
  return findDifficulty(db, id);
}

export async function insertDifficulty(
  db: Queryable,
  d: { unitId: string; taskAreaNumber: number; severity: string; title: string; description: string; proposedSolution: string | null; createdBy: string },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO difficulty (unit_id, task_area_number, severity, title, description, proposed_solution, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [d.unitId, d.taskAreaNumber, d.severity, d.title, d.description, d.proposedSolution, d.createdBy],
  );
  return rows[0]!.id;
}

export type DifficultyPatch = Partial<{ concerned_unit_ids: string[]; proposal: string; direction: string; resolution: string }>;

export async function applyTransition(db: Queryable, id: string, lockVersion: number, to: string, patch: DifficultyPatch): Promise<boolean> {
  const cols = Object.keys(patch) as (keyof DifficultyPatch)[];
  const params: unknown[] = [id, lockVersion, to];
  const sets = cols.map((k) => {
    params.push(patch[k]);
    return `${k} = $${params.length}`;
  });
  const r = await db.query(
    `UPDATE difficulty SET status = $3, resolved_at = CASE WHEN $3 = 'resolved' THEN now() ELSE NULL END,
            lock_version = lock_version + 1, updated_at = now()${sets.length ? `, ${sets.join(', ')}` : ''}
      WHERE id = $1 AND lock_version = $2`,
    params,
  );
  return r.rowCount === 1;
}

export type DifficultyFilter = {
  status?: string;
  severity?: string;
  taskAreaNumber?: number;
  q?: string;
  openOnly?: boolean;
  sort: 'newest' | 'oldest' | 'severity';
  scopeUnitIds: string[] | null;
  limit: number;
  offset: number;
};

export async function listDifficulties(db: Queryable, f: DifficultyFilter): Promise<{ rows: DifficultyRow[]; total: number }> {
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where: string[] = [];
  if (f.scopeUnitIds) where.push(`d.unit_id = ANY(${p(f.scopeUnitIds)}::uuid[])`);
  if (f.status) where.push(`d.status = ${p(f.status)}`);
  if (f.severity) where.push(`d.severity = ${p(f.severity)}`);
  if (f.taskAreaNumber) where.push(`d.task_area_number = ${p(f.taskAreaNumber)}`);
  if (f.q) where.push(`d.search_text LIKE '%' || vn_fold(${p(f.q)}) || '%'`);
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const order =
    f.sort === 'oldest' ? 'd.created_at, d.id'
    : f.sort === 'severity' ? `array_position(ARRAY['critical', 'high', 'medium', 'low'], d.severity), d.created_at, d.id`
    : 'd.created_at DESC, d.id';
  const count = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM difficulty d ${w}`, params);
  params.push(f.limit, f.offset);
  const { rows } = await db.query<DifficultyRow>(`${SELECT} ${w} ORDER BY ${order} LIMIT $${params.length - 1} OFFSET $${params.length}`, params);
  return { rows, total: count.rows[0]!.n };
}

export async function findUnitNames(db: Queryable, ids: string[]): Promise<{ id: string; name: string }[]> {
  if (!ids.length) return [];
  const { rows } = await db.query<{ id: string; name: string }>(`SELECT u.id, ${unitName('u.id')} AS name FROM org_unit u WHERE u.id = ANY($1::uuid[])`, [ids]);
  const byId = new Map(rows.map((r) => [r.id, r.name]));
  return ids.filter((id) => byId.has(id)).map((id) => ({ id, name: byId.get(id)! }));
}

