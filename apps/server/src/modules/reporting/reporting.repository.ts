import type { Queryable } from '../../platform/db/db.ts';

/** SQL of the dashboard and the annual programme report (the services hold the rules). */

export type ActiveProgramme = { id: string; title: string; decision_number: string; decision_date: string; start: number; end: number };

/** The programme being carried out, preferring one whose period holds the year. */
export async function findActiveProgramme(db: Queryable, year: number): Promise<ActiveProgramme | null> {
  const { rows } = await db.query<ActiveProgramme>(
    `SELECT id, title, decision_number, decision_date, extract(year FROM period_start)::int AS start, extract(year FROM period_end)::int AS "end"
       FROM programme WHERE status = 'active'
      ORDER BY (make_date($1, 6, 30) BETWEEN period_start AND period_end) DESC, period_start DESC LIMIT 1`,
    [year],
  );
  return rows[0] ?? null;
}

/** A unit's root, and whether other units name it as their root. */
export async function findRootInfo(db: Queryable, unitId: string): Promise<{ root_id: string | null; has_members: boolean } | null> {
  const { rows } = await db.query<{ root_id: string | null; has_members: boolean }>(
    `SELECT u.root_id, EXISTS (SELECT 1 FROM org_unit m WHERE m.root_id = u.id AND m.id <> u.id) AS has_members FROM org_unit u WHERE u.id = $1`,
    [unitId],
  );
  return rows[0] ?? null;
}

/** The unit's name on a day (or its nearest version). */
export async function findUnitName(db: Queryable, unitId: string, date: string): Promise<string> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT name FROM org_unit_version WHERE unit_id = $1 ORDER BY (validity @> $2::date) DESC, valid_from DESC NULLS LAST LIMIT 1`,
    [unitId, date],
  );
  return rows[0]?.name ?? '';
}

/** The unit at the top of the structure on a day (the city). */
export async function findTopUnit(db: Queryable, date: string): Promise<{ id: string; name: string } | null> {
  const { rows } = await db.query<{ id: string; name: string }>(
    `SELECT unit_id AS id, name FROM org_unit_version WHERE parent_id IS NULL AND validity @> $1::date ORDER BY valid_from NULLS FIRST LIMIT 1`,
    [date],
  );
  return rows[0] ?? null;
}

/**
 * Changes with every write a dashboard figure depends on (see dashboard.service.ts): every table a
 * provider reads records its writes in reporting_change (migration 0027), and the day changes.
 */
export async function findDataStamp(db: Queryable, today: string): Promise<string> {
  const { rows } = await db.query<{ s: string }>(
    `SELECT concat_ws('|', (SELECT count(*) || '-' || coalesce(max(id), 0) FROM reporting_change), $1::text) AS s`,
    [today],
  );
  return rows[0]!.s;
}

/** Active users holding one of the roles (on the given unit, or anywhere when unitId is null). */
export async function findUsersWithRoles(db: Queryable, roles: string[], unitId: string | null): Promise<string[]> {
  const { rows } = await db.query<{ user_id: string }>(
    `SELECT DISTINCT ra.user_id FROM role_assignment ra JOIN app_user u ON u.id = ra.user_id
      WHERE ra.role = ANY($1::text[]) AND ($2::uuid IS NULL OR ra.unit_id = $2) AND u.is_active`,
    [roles, unitId],
  );
  return rows.map((r) => r.user_id);
}

// ── Annual programme report ──────────────────────────────────────────────────────────────────

export async function findTaskAreaActivity(db: Queryable, programmeId: string, year: number) {
  const { rows } = await db.query<{ number: number; title: string; activities: number; plans: number }>(
    `SELECT t.number, t.title, count(a.id)::int AS activities, count(DISTINCT a.plan_id)::int AS plans
       FROM task_area t
       LEFT JOIN comm_plan p ON p.programme_id = t.programme_id AND p.year = $2 AND p.accepted_at IS NOT NULL
       LEFT JOIN comm_plan_activity a ON a.plan_id = p.id AND a.task_area_number = t.number
      WHERE t.programme_id = $1 GROUP BY t.number, t.title ORDER BY t.number`,
    [programmeId, year],
  );
  return rows;
}

export async function findPlannedBudget(db: Queryable, programmeId: string, year: number) {
  const { rows } = await db.query<{ source: string; planned: number }>(
    `SELECT b.source, sum(b.amount)::bigint AS planned FROM comm_plan p JOIN comm_plan_budget_line b ON b.plan_id = p.id
      WHERE p.programme_id = $1 AND p.year = $2 AND p.accepted_at IS NOT NULL GROUP BY b.source ORDER BY b.source`,
    [programmeId, year],
  );
  return rows;
}

export async function findEstimateTotals(db: Queryable, programmeId: string, year: number) {
  const { rows } = await db.query<{ status: string; proposed: number; appraised: number | null; approved: number | null }>(
    `SELECT e.status, coalesce(sum(l.proposed_amount), 0)::bigint AS proposed, sum(l.appraised_amount)::bigint AS appraised, sum(l.approved_amount)::bigint AS approved
       FROM budget_estimate e LEFT JOIN budget_estimate_line l ON l.estimate_id = e.id WHERE e.programme_id = $1 AND e.year = $2 GROUP BY e.status`,
    [programmeId, year],
  );
  return rows[0] ?? null;
}

export type ProgrammeReportRow = { id: string; status: 'draft' | 'issued'; narrative: unknown; lock_version: number; issued_at: Date | null; issued_document: unknown };

/** The year's report row, made (empty) on first use. */
export async function ensureProgrammeReport(db: Queryable, programmeId: string, year: number): Promise<ProgrammeReportRow> {
  await db.query(`INSERT INTO programme_report (programme_id, year) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [programmeId, year]);
  const { rows } = await db.query<ProgrammeReportRow>(
    'SELECT id, status, narrative, lock_version, issued_at, issued_document FROM programme_report WHERE programme_id = $1 AND year = $2',
    [programmeId, year],
  );
  return rows[0]!;
}

export async function updateNarrative(db: Queryable, id: string, narrative: unknown, lockVersion: number): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE programme_report SET narrative = $2, lock_version = lock_version + 1, updated_at = now() WHERE id = $1 AND lock_version = $3`,
    [id, JSON.stringify(narrative), lockVersion],
  );
  return (rowCount ?? 0) > 0;
}

export async function issueProgrammeReport(db: Queryable, id: string, userId: string, lockVersion: number, document: unknown): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE programme_report SET status = 'issued', issued_at = now(), issued_by = $2, issued_document = $4, lock_version = lock_version + 1
      WHERE id = $1 AND status = 'draft' AND lock_version = $3`,
    [id, userId, lockVersion, JSON.stringify(document)],
  );
  return (rowCount ?? 0) > 0;
}
