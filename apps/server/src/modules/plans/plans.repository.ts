import type { PlanContent, PlanStatus } from '@lantoa/contracts/plans';
import type { Queryable } from '../../platform/db/db.ts';

export type PlanRow = {
  id: string;
  programme_id: string;
  unit_id: string;
  unit_name: string;
  root_id: string | null;
  year: number;
  is_city_plan: boolean;
  title: string;
  summary: string | null;
  status: PlanStatus;
  in_socio_economic_plan: boolean;
  in_yearly_programme: boolean;
  in_mid_term_programme: boolean;
  in_long_term_programme: boolean;
  version_no: number;
  lock_version: number;
  submitted_at: Date | null;
  accepted_at: Date | null;
  created_by: string | null;
  updated_at: Date;
  total_amount: number;
};

const UNIT_NAME = `(SELECT v.name FROM org_unit_version v WHERE v.unit_id = p.unit_id ORDER BY v.valid_from DESC NULLS LAST LIMIT 1)`;
const PLAN_COLS = `p.id, p.programme_id, p.unit_id, ${UNIT_NAME} AS unit_name, p.root_id, p.year, p.is_city_plan, p.title, p.summary, p.status,
  p.in_socio_economic_plan, p.in_yearly_programme, p.in_mid_term_programme, p.in_long_term_programme, p.version_no, p.lock_version,
  p.submitted_at, p.accepted_at, p.created_by, p.updated_at,
  coalesce((SELECT sum(amount) FROM comm_plan_budget_line b WHERE b.plan_id = p.id), 0)::bigint AS total_amount`;

export async function findActiveProgrammeId(db: Queryable, year: number): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM programme WHERE status = 'active' AND make_date($1, 1, 1) <= period_end AND make_date($1, 12, 31) >= period_start
      ORDER BY period_start DESC LIMIT 1`,
    [year],
  );
  if (rows[0]) return rows[0].id;
  const any = await db.query<{ id: string }>(`SELECT id FROM programme WHERE status = 'active' ORDER BY period_start DESC LIMIT 1`);
  return any.rows[0]?.id ?? null;
}

export async function findPlan(db: Queryable, id: string): Promise<PlanRow | null> {
  const { rows } = await db.query<PlanRow>(`SELECT ${PLAN_COLS} FROM comm_plan p WHERE p.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function findPlanForUpdate(db: Queryable, id: string): Promise<PlanRow | null> {
  await db.query('SELECT 1 FROM comm_plan WHERE id = $1 FOR UPDATE', [id]);
  return findPlan(db, id);
}

export async function findPlanByUnitYear(db: Queryable, programmeId: string, unitId: string, year: number): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM comm_plan WHERE programme_id = $1 AND unit_id = $2 AND year = $3', [programmeId, unitId, year]);
  return rows[0]?.id ?? null;
}

export type ActivityRow = {
  id: string;
  task_area_number: number;
  title: string;
  description: string | null;
  audiences: string[];
  channels: string[];
  period_start: string | null;
  period_end: string | null;
  responsible_unit_id: string | null;
  responsible_unit_name: string | null;
  coordinating_unit_ids: string[];
  output_quantity: number | null;
  output_unit: string | null;
  linked_programmes: string[];
};

export async function findActivities(db: Queryable, planId: string): Promise<ActivityRow[]> {
  const { rows } = await db.query<ActivityRow>(
    `SELECT a.id, a.task_area_number, a.title, a.description, a.audiences, a.channels, a.period_start, a.period_end,
            a.responsible_unit_id,
            (SELECT v.name FROM org_unit_version v WHERE v.unit_id = a.responsible_unit_id ORDER BY v.valid_from DESC NULLS LAST LIMIT 1) AS responsible_unit_name,
            a.coordinating_unit_ids, a.output_quantity, a.output_unit, a.linked_programmes
       FROM comm_plan_activity a WHERE a.plan_id = $1 ORDER BY a.sort, a.id`,
    [planId],
  );
  return rows;
}

export type BudgetLineRow = { id: string; activity_id: string | null; task_area_number: number; description: string; amount: number; source: 'city_budget' | 'local_budget' | 'socialised' };

export async function findBudgetLines(db: Queryable, planId: string): Promise<BudgetLineRow[]> {
  const { rows } = await db.query<BudgetLineRow>(
    `SELECT id, activity_id, task_area_number, description, amount, source FROM comm_plan_budget_line WHERE plan_id = $1 ORDER BY sort, id`,
    [planId],
  );
  return rows;
}

export async function insertPlan(
  db: Queryable,
  p: { programmeId: string; unitId: string; rootId: string | null; year: number; isCityPlan: boolean; content: PlanContent; createdBy: string },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO comm_plan (programme_id, unit_id, root_id, year, is_city_plan, title, summary, in_socio_economic_plan,
       in_yearly_programme, in_mid_term_programme, in_long_term_programme, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [p.programmeId, p.unitId, p.rootId, p.year, p.isCityPlan, p.content.title, p.content.summary, p.content.inSocioEconomicPlan,
      p.content.inYearlyProgramme, p.content.inMidTermProgramme, p.content.inLongTermProgramme, p.createdBy],
  );
  return rows[0]!.id;
}

/** Saves the header only if the plan is still at `lockVersion`; false means someone saved first. */
export async function updatePlanHeader(db: Queryable, id: string, c: PlanContent, lockVersion: number): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE comm_plan SET title = $2, summary = $3, in_socio_economic_plan = $4, in_yearly_programme = $5,
            in_mid_term_programme = $6, in_long_term_programme = $7, lock_version = lock_version + 1, updated_at = now()
      WHERE id = $1 AND lock_version = $8`,
    [id, c.title, c.summary, c.inSocioEconomicPlan, c.inYearlyProgramme, c.inMidTermProgramme, c.inLongTermProgramme, lockVersion],
  );
  return (rowCount ?? 0) > 0;
}

/** Replaces the activities and budget lines of a plan by the given content. */
export async function replaceContent(db: Queryable, planId: string, c: PlanContent): Promise<void> {
  await db.query('DELETE FROM comm_plan_budget_line WHERE plan_id = $1', [planId]);
  await db.query('DELETE FROM comm_plan_activity WHERE plan_id = $1', [planId]);
  const activityIds: string[] = [];
  for (const [i, a] of c.activities.entries()) {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO comm_plan_activity (plan_id, sort, task_area_number, title, description, audiences, channels, period_start, period_end,
         responsible_unit_id, coordinating_unit_ids, output_quantity, output_unit, linked_programmes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [planId, i, a.taskAreaNumber, a.title, a.description, a.audiences, a.channels, a.periodStart, a.periodEnd, a.responsibleUnitId,
        a.coordinatingUnitIds, a.outputQuantity, a.outputUnit, a.linkedProgrammes],
    );
    activityIds.push(rows[0]!.id);
  }
  if (c.budgetLines.length === 0) return;
  await db.query(
    `INSERT INTO comm_plan_budget_line (plan_id, activity_id, sort, task_area_number, description, amount, source)
     SELECT $1, * FROM unnest($2::uuid[], $3::int[], $4::int[], $5::text[], $6::bigint[], $7::text[])`,
    [
      planId,
      c.budgetLines.map((l) => (l.activityIndex !== null ? (activityIds[l.activityIndex] ?? null) : null)),
      c.budgetLines.map((_, i) => i),
      c.budgetLines.map((l) => l.taskAreaNumber),
      c.budgetLines.map((l) => l.description),
      c.budgetLines.map((l) => l.amount),
      c.budgetLines.map((l) => l.source),
    ],
  );
}

export async function setStatus(
  db: Queryable,
  id: string,
  status: PlanStatus,
  opts: { newVersion?: boolean } = {},
): Promise<void> {
  await db.query(
    `UPDATE comm_plan SET status = $2, lock_version = lock_version + 1, updated_at = now(),
            submitted_at = CASE WHEN $2 = 'submitted' THEN now() ELSE submitted_at END,
            accepted_at = CASE WHEN $2 = 'accepted' THEN now() ELSE accepted_at END,
            version_no = version_no + CASE WHEN $3 THEN 1 ELSE 0 END
      WHERE id = $1`,
    [id, status, opts.newVersion ?? false],
  );
}

export async function insertSnapshot(db: Queryable, s: { planId: string; versionNo: number; status: string; data: PlanContent; total: number; createdBy: string }) {
  await db.query(
    `INSERT INTO comm_plan_snapshot (plan_id, version_no, status, data, total_amount, created_by) VALUES ($1, $2, $3, $4, $5, $6)`,
    [s.planId, s.versionNo, s.status, JSON.stringify(s.data), s.total, s.createdBy],
  );
}

export async function findSnapshots(db: Queryable, planId: string) {
  const { rows } = await db.query<{ id: number; version_no: number; status: string; created_at: Date; total_amount: number }>(
    'SELECT id, version_no, status, created_at, total_amount FROM comm_plan_snapshot WHERE plan_id = $1 ORDER BY id',
    [planId],
  );
  return rows;
}

export async function findSnapshot(db: Queryable, planId: string, snapshotId: number) {
  const { rows } = await db.query<{ id: number; version_no: number; status: string; data: PlanContent }>(
    'SELECT id, version_no, status, data FROM comm_plan_snapshot WHERE plan_id = $1 AND id = $2',
    [planId, snapshotId],
  );
  return rows[0] ?? null;
}

export async function listPlans(
  db: Queryable,
  f: { programmeId: string; year?: number; status?: string; unitId?: string; q?: string; scopeUnitIds: string[] | null; limit: number; offset: number },
): Promise<{ rows: PlanRow[]; total: number }> {
  const where = ['p.programme_id = $1'];
  const params: unknown[] = [f.programmeId];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.year) where.push(`p.year = ${p(f.year)}`);
  if (f.status) where.push(`p.status = ${p(f.status)}`);
  if (f.unitId) where.push(`p.unit_id = ${p(f.unitId)}`);
  if (f.q) where.push(`vn_fold(p.title || ' ' || ${UNIT_NAME}) LIKE '%' || vn_fold(${p(f.q)}) || '%'`);
  if (f.scopeUnitIds) where.push(`p.unit_id = ANY(${p(f.scopeUnitIds)}::uuid[])`);
  const w = where.join(' AND ');
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM comm_plan p WHERE ${w}`, params);
  const { rows } = await db.query<PlanRow>(
    `SELECT ${PLAN_COLS} FROM comm_plan p WHERE ${w} ORDER BY p.year DESC, ${UNIT_NAME} COLLATE "vi-x-icu", p.id LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`,
    params,
  );
  return { rows, total: total.rows[0]!.n };
}

/**
 * The status board: every unit of the expected groups valid on `asOf` inside the scope roots,
 * with its plan's status for the year ("none" when it has none).
 */
export async function findBoard(db: Queryable, f: { programmeId: string; year: number; asOf: string; rootIds: string[]; types: readonly string[] }) {
  const { rows } = await db.query<{ unit_id: string; unit_name: string; type: string; plan_id: string | null; status: string | null; total_amount: number | null; updated_at: Date | null }>(
    `WITH RECURSIVE scope(unit_id, depth) AS (
       SELECT unnest($4::uuid[]), 0
       UNION ALL
       SELECT v.unit_id, s.depth + 1 FROM scope s JOIN org_unit_version v ON v.parent_id = s.unit_id AND v.validity @> $3::date WHERE s.depth < 64
     )
     SELECT v.unit_id, v.name AS unit_name, v.type, p.id AS plan_id, p.status, p.updated_at,
            (SELECT sum(amount) FROM comm_plan_budget_line b WHERE b.plan_id = p.id)::bigint AS total_amount
       FROM (SELECT DISTINCT unit_id FROM scope) s
       JOIN org_unit_version v ON v.unit_id = s.unit_id AND v.validity @> $3::date AND v.type = ANY($5::text[])
       LEFT JOIN comm_plan p ON p.unit_id = v.unit_id AND p.year = $2 AND p.programme_id = $1
      ORDER BY v.name COLLATE "vi-x-icu"`,
    [f.programmeId, f.year, f.asOf, f.rootIds, f.types],
  );
  return rows;
}

/** Users who hold one of the roles on the unit itself (who should hear about its plan). */
export async function findUnitUsers(db: Queryable, unitId: string, roles: string[]): Promise<string[]> {
  const { rows } = await db.query<{ user_id: string }>(
    `SELECT DISTINCT ra.user_id FROM role_assignment ra JOIN app_user u ON u.id = ra.user_id
      WHERE ra.unit_id = $1 AND ra.role = ANY($2::text[]) AND u.is_active`,
    [unitId, roles],
  );
  return rows.map((r) => r.user_id);
}

export async function findUsersWithRole(db: Queryable, roles: string[]): Promise<string[]> {
  const { rows } = await db.query<{ user_id: string }>(
    `SELECT DISTINCT ra.user_id FROM role_assignment ra JOIN app_user u ON u.id = ra.user_id WHERE ra.role = ANY($1::text[]) AND u.is_active`,
    [roles],
  );
  return rows.map((r) => r.user_id);
}

/**
 * Facts for targets 2 and 3: units of the given types valid on `asOf` under `rootId`, each with
 * its latest accepted version of the year's plan.
 */
export async function findAcceptedPlanFacts(db: Queryable, f: { programmeId: string; year: number; asOf: string; rootId?: string; unitIds?: string[]; types: readonly string[] }) {
  const { rows } = await db.query<{
    unit_id: string;
    unit_name: string;
    plan_id: string | null;
    in_socio_economic_plan: boolean | null;
    in_programmes: boolean | null;
    total_amount: number | null;
  }>(
    `WITH RECURSIVE scope(unit_id, depth) AS (
       SELECT $4::uuid, 0 WHERE $4::uuid IS NOT NULL
       UNION ALL
       SELECT v.unit_id, s.depth + 1 FROM scope s JOIN org_unit_version v ON v.parent_id = s.unit_id AND v.validity @> $3::date WHERE s.depth < 64
     ), units AS (
       SELECT unit_id FROM scope UNION SELECT unnest($6::uuid[])
     ), accepted AS (
       SELECT DISTINCT ON (p.unit_id) p.unit_id, p.id AS plan_id, s.data, s.total_amount
         FROM comm_plan p JOIN comm_plan_snapshot s ON s.plan_id = p.id AND s.status = 'accepted'
        WHERE p.programme_id = $1 AND p.year = $2
        ORDER BY p.unit_id, s.id DESC
     )
     SELECT v.unit_id, v.name AS unit_name, a.plan_id,
            (a.data->>'inSocioEconomicPlan')::boolean AS in_socio_economic_plan,
            ((a.data->>'inYearlyProgramme')::boolean OR (a.data->>'inMidTermProgramme')::boolean OR (a.data->>'inLongTermProgramme')::boolean) AS in_programmes,
            a.total_amount
       FROM (SELECT DISTINCT unit_id FROM units) sc
       JOIN org_unit_version v ON v.unit_id = sc.unit_id AND v.validity @> $3::date AND v.type = ANY($5::text[])
       LEFT JOIN accepted a ON a.unit_id = v.unit_id
      ORDER BY v.name COLLATE "vi-x-icu"`,
    [f.programmeId, f.year, f.asOf, f.rootId ?? null, f.types, f.unitIds ?? []],
  );
  return rows;
}
