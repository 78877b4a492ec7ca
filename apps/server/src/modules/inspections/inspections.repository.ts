import type { Queryable } from '../../platform/db/db.ts';

const nameOf = (col: string) => `(SELECT ouv.name FROM org_unit_version ouv WHERE ouv.unit_id = ${col} ORDER BY ouv.valid_from DESC NULLS LAST LIMIT 1)`;
/** Overdue is read, never stored: past its deadline (Vietnam date) and not done. */
const OVERDUE = (r: string) => `(${r}.status <> 'done' AND ${r}.deadline < (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)`;

function params() {
  const values: unknown[] = [];
  const p = (v: unknown) => {
    values.push(v);
    return `$${values.length}`;
  };
  return { values, p };
}

// ── Plans ─────────────────────────────────────────────────────────────────────────────────────
export type InspectionPlanRow = {
  id: string; year: number; title: string; scope_note: string | null; lead_unit_id: string; lead_unit_name: string | null; unit_ids: string[];
  period_start: string; period_end: string; members: string | null; lock_version: number;
  visit_count: number; open_recommendations: number; overdue_recommendations: number;
};
const RECS_OF_PLAN = `inspection_recommendation r JOIN inspection_finding f ON f.id = r.finding_id JOIN inspection_visit v ON v.id = f.visit_id WHERE v.plan_id = p.id`;
const PLAN_COLS = `p.id, p.year, p.title, p.scope_note, p.lead_unit_id, ${nameOf('p.lead_unit_id')} AS lead_unit_name, p.unit_ids,
  to_char(p.period_start, 'YYYY-MM-DD') AS period_start, to_char(p.period_end, 'YYYY-MM-DD') AS period_end, p.members, p.lock_version,
  (SELECT count(*) FROM inspection_visit v WHERE v.plan_id = p.id)::int AS visit_count,
  (SELECT count(*) FROM ${RECS_OF_PLAN} AND r.status <> 'done')::int AS open_recommendations,
  (SELECT count(*) FROM ${RECS_OF_PLAN} AND ${OVERDUE('r')})::int AS overdue_recommendations`;

const PLAN_ORDER: Record<string, string> = {
  '-year': 'p.year DESC, p.period_start DESC, p.id',
  year: 'p.year, p.period_start, p.id',
  title: 'p.title COLLATE "vi-x-icu", p.id',
  '-period_start': 'p.period_start DESC, p.id',
};

/** Plans led by a unit in scope, or covering one. */
export async function listPlans(db: Queryable, f: { year?: number; q?: string; sort: string; scopeUnitIds: string[] | null; limit: number; offset: number }) {
  const { values, p } = params();
  const where = ['true'];
  if (f.year) where.push(`p.year = ${p(f.year)}`);
  if (f.q) where.push(`vn_fold(p.title || ' ' || coalesce(p.scope_note, '') || ' ' || coalesce(p.members, '') || ' ' || coalesce(${nameOf('p.lead_unit_id')}, '')) LIKE '%' || vn_fold(${p(f.q)}) || '%'`);
  if (f.scopeUnitIds) {
    const s = p(f.scopeUnitIds);
    where.push(`(p.lead_unit_id = ANY(${s}::uuid[]) OR p.unit_ids && ${s}::uuid[])`);
  }
  const w = where.join(' AND ');
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM inspection_plan p WHERE ${w}`, values);
  const { rows } = await db.query<InspectionPlanRow>(
    `SELECT ${PLAN_COLS} FROM inspection_plan p WHERE ${w} ORDER BY ${PLAN_ORDER[f.sort] ?? PLAN_ORDER['-year']} LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`,
    values,
  );
  return { rows, total: total.rows[0]!.n };
}

export async function findPlan(db: Queryable, id: string, opts: { forUpdate?: boolean } = {}): Promise<InspectionPlanRow | null> {
  if (opts.forUpdate) await db.query('SELECT 1 FROM inspection_plan WHERE id = $1 FOR UPDATE', [id]);
  const { rows } = await db.query<InspectionPlanRow>(`SELECT ${PLAN_COLS} FROM inspection_plan p WHERE p.id = $1`, [id]);
  return rows[0] ?? null;
}

export type PlanInput = { year: number; title: string; scopeNote: string | null; leadUnitId: string; unitIds: string[]; periodStart: string; periodEnd: string; members: string | null };

export async function insertPlan(db: Queryable, x: PlanInput, createdBy: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO inspection_plan (year, title, scope_note, lead_unit_id, unit_ids, period_start, period_end, members, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [x.year, x.title, x.scopeNote, x.leadUnitId, x.unitIds, x.periodStart, x.periodEnd, x.members, createdBy],
  );
  return rows[0]!.id;
}

export async function updatePlan(db: Queryable, id: string, x: PlanInput, lockVersion: number): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE inspection_plan SET year = $2, title = $3, scope_note = $4, lead_unit_id = $5, unit_ids = $6, period_start = $7, period_end = $8, members = $9,
            lock_version = lock_version + 1, updated_at = now()
      WHERE id = $1 AND lock_version = $10`,
    [id, x.year, x.title, x.scopeNote, x.leadUnitId, x.unitIds, x.periodStart, x.periodEnd, x.members, lockVersion],
  );
  return (rowCount ?? 0) > 0;
}

export async function bumpPlan(db: Queryable, id: string): Promise<void> {
  await db.query('UPDATE inspection_plan SET lock_version = lock_version + 1, updated_at = now() WHERE id = $1', [id]);
}

export async function findUnitNames(db: Queryable, ids: string[]): Promise<Map<string, string | null>> {
  const { rows } = await db.query<{ id: string; name: string | null }>(`SELECT u.id, ${nameOf('u.id')} AS name FROM org_unit u WHERE u.id = ANY($1::uuid[])`, [ids]);
  return new Map(rows.map((r) => [r.id, r.name]));
}

// ── Visits and findings ───────────────────────────────────────────────────────────────────────
export type VisitRow = { id: string; plan_id: string; unit_id: string; unit_name: string | null; visit_date: string; inspectors: string; summary: string | null; lock_version: number };

export async function findVisits(db: Queryable, planId: string): Promise<VisitRow[]> {
  const { rows } = await db.query<VisitRow>(
    `SELECT v.id, v.plan_id, v.unit_id, ${nameOf('v.unit_id')} AS unit_name, to_char(v.visit_date, 'YYYY-MM-DD') AS visit_date, v.inspectors, v.summary, v.lock_version
       FROM inspection_visit v WHERE v.plan_id = $1 ORDER BY v.visit_date, v.id`,
    [planId],
  );
  return rows;
}

export async function findVisit(db: Queryable, id: string): Promise<VisitRow | null> {
  const { rows } = await db.query<VisitRow>(
    `SELECT v.id, v.plan_id, v.unit_id, ${nameOf('v.unit_id')} AS unit_name, to_char(v.visit_date, 'YYYY-MM-DD') AS visit_date, v.inspectors, v.summary, v.lock_version
       FROM inspection_visit v WHERE v.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

export async function insertVisit(db: Queryable, planId: string, x: { unitId: string; visitDate: string; inspectors: string; summary: string | null }, createdBy: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO inspection_visit (plan_id, unit_id, visit_date, inspectors, summary, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [planId, x.unitId, x.visitDate, x.inspectors, x.summary, createdBy],
  );
  return rows[0]!.id;
}

export type FindingRow = { id: string; visit_id: string; content: string };

export async function findFindings(db: Queryable, visitIds: string[]): Promise<FindingRow[]> {
  const { rows } = await db.query<FindingRow>('SELECT id, visit_id, content FROM inspection_finding WHERE visit_id = ANY($1::uuid[]) ORDER BY sort, created_at, id', [visitIds]);
  return rows;
}

export async function findFinding(db: Queryable, id: string): Promise<(FindingRow & { plan_id: string }) | null> {
  const { rows } = await db.query<FindingRow & { plan_id: string }>(
    'SELECT f.id, f.visit_id, f.content, v.plan_id FROM inspection_finding f JOIN inspection_visit v ON v.id = f.visit_id WHERE f.id = $1',
    [id],
  );
  return rows[0] ?? null;
}

export async function insertFinding(db: Queryable, visitId: string, content: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO inspection_finding (visit_id, sort, content)
     VALUES ($1, (SELECT coalesce(max(sort), 0) + 1 FROM inspection_finding WHERE visit_id = $1), $2) RETURNING id`,
    [visitId, content],
  );
  return rows[0]!.id;
}

// ── Recommendations ───────────────────────────────────────────────────────────────────────────
export type RecommendationRow = {
  id: string; content: string; responsible_unit_id: string; responsible_unit_name: string | null; deadline: string; status: 'open' | 'in_progress' | 'done';
  is_overdue: boolean; finding_id: string; finding_content: string; visit_id: string; visit_unit_id: string; visit_unit_name: string | null;
  plan_id: string; plan_title: string; lead_unit_id: string; year: number; report_count: number; lock_version: number; closing_note: string | null; closed_at: Date | null;
};
const REC_COLS = `r.id, r.content, r.responsible_unit_id, ${nameOf('r.responsible_unit_id')} AS responsible_unit_name, to_char(r.deadline, 'YYYY-MM-DD') AS deadline,
  r.status, ${OVERDUE('r')} AS is_overdue, r.finding_id, f.content AS finding_content, v.id AS visit_id, v.unit_id AS visit_unit_id, ${nameOf('v.unit_id')} AS visit_unit_name,
  p.id AS plan_id, p.title AS plan_title, p.lead_unit_id, p.year,
  (SELECT count(*) FROM inspection_recommendation_report x WHERE x.recommendation_id = r.id)::int AS report_count, r.lock_version, r.closing_note, r.closed_at`;
const REC_FROM = `inspection_recommendation r JOIN inspection_finding f ON f.id = r.finding_id JOIN inspection_visit v ON v.id = f.visit_id JOIN inspection_plan p ON p.id = v.plan_id`;
const REC_ORDER: Record<string, string> = {
  deadline: 'r.deadline, r.id',
  '-deadline': 'r.deadline DESC, r.id',
  unit: `${nameOf('r.responsible_unit_id')} COLLATE "vi-x-icu", r.deadline, r.id`,
};

export async function listRecommendations(
  db: Queryable,
  f: { year?: number; status?: string; responsibleUnitIds?: string[]; planId?: string; findingIds?: string[]; q?: string; sort: string; scopeUnitIds: string[] | null; limit: number; offset: number },
) {
  const { values, p } = params();
  const where = ['true'];
  if (f.year) where.push(`p.year = ${p(f.year)}`);
  if (f.status === 'overdue') where.push(OVERDUE('r'));
  else if (f.status === 'done') where.push(`r.status = 'done'`);
  else if (f.status) where.push(`r.status = ${p(f.status)} AND NOT ${OVERDUE('r')}`);
  if (f.responsibleUnitIds) where.push(`r.responsible_unit_id = ANY(${p(f.responsibleUnitIds)}::uuid[])`);
  if (f.planId) where.push(`p.id = ${p(f.planId)}`);
  if (f.findingIds) where.push(`r.finding_id = ANY(${p(f.findingIds)}::uuid[])`);
  if (f.q) where.push(`vn_fold(r.content || ' ' || f.content || ' ' || coalesce(${nameOf('r.responsible_unit_id')}, '')) LIKE '%' || vn_fold(${p(f.q)}) || '%'`);
  if (f.scopeUnitIds) {
    const s = p(f.scopeUnitIds);
    where.push(`(r.responsible_unit_id = ANY(${s}::uuid[]) OR v.unit_id = ANY(${s}::uuid[]) OR p.lead_unit_id = ANY(${s}::uuid[]))`);
  }
  const w = where.join(' AND ');
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${REC_FROM} WHERE ${w}`, values);
  const { rows } = await db.query<RecommendationRow>(
    `SELECT ${REC_COLS} FROM ${REC_FROM} WHERE ${w} ORDER BY ${REC_ORDER[f.sort] ?? REC_ORDER.deadline} LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`,
    values,
  );
  return { rows, total: total.rows[0]!.n };
}

export async function findRecommendation(db: Queryable, id: string, opts: { forUpdate?: boolean } = {}): Promise<RecommendationRow | null> {
  if (opts.forUpdate) await db.query('SELECT 1 FROM inspection_recommendation WHERE id = $1 FOR UPDATE', [id]);
  const { rows } = await db.query<RecommendationRow>(`SELECT ${REC_COLS} FROM ${REC_FROM} WHERE r.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function insertRecommendation(db: Queryable, findingId: string, x: { content: string; responsibleUnitId: string; deadline: string }): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    'INSERT INTO inspection_recommendation (finding_id, content, responsible_unit_id, deadline) VALUES ($1, $2, $3, $4) RETURNING id',
    [findingId, x.content, x.responsibleUnitId, x.deadline],
  );
  return rows[0]!.id;
}

/** Moves the status only if still at `lockVersion`; false means someone saved first. */
export async function setRecommendationStatus(db: Queryable, id: string, status: string, lockVersion: number, closingNote: string | null): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE inspection_recommendation SET status = $2, lock_version = lock_version + 1, updated_at = now(),
            closed_at = CASE WHEN $2 = 'done' THEN now() ELSE NULL END, closing_note = CASE WHEN $2 = 'done' THEN $4 ELSE NULL END,
            -- A reopened recommendation is flagged again if it is (still) past its deadline.
            overdue_notified_at = CASE WHEN status = 'done' AND $2 <> 'done' THEN NULL ELSE overdue_notified_at END
      WHERE id = $1 AND lock_version = $3`,
    [id, status, lockVersion, closingNote],
  );
  return (rowCount ?? 0) > 0;
}

export async function bumpRecommendation(db: Queryable, id: string, lockVersion: number): Promise<boolean> {
  const { rowCount } = await db.query('UPDATE inspection_recommendation SET lock_version = lock_version + 1, updated_at = now() WHERE id = $1 AND lock_version = $2', [id, lockVersion]);
  return (rowCount ?? 0) > 0;
}

export async function insertReport(db: Queryable, recId: string, body: string, actor: { userId: string; fullName: string }): Promise<void> {
  await db.query('INSERT INTO inspection_recommendation_report (recommendation_id, body, reported_by, reporter_name) VALUES ($1, $2, $3, $4)', [recId, body, actor.userId, actor.fullName]);
}

export async function findReports(db: Queryable, recId: string) {
  const { rows } = await db.query<{ id: string; body: string; reporter_name: string | null; at: Date }>(
    'SELECT id, body, reporter_name, at FROM inspection_recommendation_report WHERE recommendation_id = $1 ORDER BY at, id',
    [recId],
  );
  return rows;
}

