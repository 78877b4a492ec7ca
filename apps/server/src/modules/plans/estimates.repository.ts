import type { Queryable } from '../../platform/db/db.ts';
import type { EstimateStatus } from './plans.workflow.ts';

export type EstimateRow = {
  id: string;
  programme_id: string;
  year: number;
  status: EstimateStatus;
  lock_version: number;
  consolidated_at: Date | null;
  appraised_at: Date | null;
  approved_at: Date | null;
};

export async function findEstimate(db: Queryable, programmeId: string, year: number, forUpdate = false): Promise<EstimateRow | null> {
  const { rows } = await db.query<EstimateRow>(
    `SELECT id, programme_id, year, status, lock_version, consolidated_at, appraised_at, approved_at
       FROM budget_estimate WHERE programme_id = $1 AND year = $2 ${forUpdate ? 'FOR UPDATE' : ''}`,
    [programmeId, year],
  );
  return rows[0] ?? null;
}

export async function ensureEstimate(db: Queryable, programmeId: string, year: number): Promise<void> {
  await db.query(`INSERT INTO budget_estimate (programme_id, year) VALUES ($1, $2) ON CONFLICT (programme_id, year) DO NOTHING`, [programmeId, year]);
}

export type EstimateLineRow = {
  id: string;
  unit_id: string;
  unit_name: string;
  plan_id: string;
  plan_version_no: number;
  task_area_number: number;
  source: string;
  description: string;
  proposed_amount: number;
  appraised_amount: number | null;
  appraisal_reason: string | null;
  approved_amount: number | null;
};

export async function findLines(db: Queryable, estimateId: string): Promise<EstimateLineRow[]> {
  const { rows } = await db.query<EstimateLineRow>(
    `SELECT * FROM (
       SELECT l.id, l.unit_id,
              (SELECT v.name FROM org_unit_version v WHERE v.unit_id = l.unit_id ORDER BY v.valid_from DESC NULLS LAST LIMIT 1) AS unit_name,
              l.plan_id, l.plan_version_no, l.task_area_number, l.source, l.description, l.proposed_amount, l.appraised_amount,
              l.appraisal_reason, l.approved_amount, l.sort
         FROM budget_estimate_line l WHERE l.estimate_id = $1
     ) x ORDER BY x.unit_name COLLATE "vi-x-icu", x.sort, x.id`,
    [estimateId],
  );
  return rows;
}

/**
 * Rebuilds the estimate's lines from the latest accepted version of every plan of the year made by
 * a city-level unit (not a locality), city-budget lines only. One statement, so that 300 units ×
 * 20 lines consolidate in one round trip.
 */
export async function consolidate(db: Queryable, estimateId: string, programmeId: string, year: number, localityTypes: readonly string[]): Promise<number> {
  await db.query('DELETE FROM budget_estimate_line WHERE estimate_id = $1', [estimateId]);
  const { rowCount } = await db.query(
    `WITH accepted AS (
       SELECT DISTINCT ON (p.id) p.id AS plan_id, p.unit_id, s.version_no, s.data
         FROM comm_plan p JOIN comm_plan_snapshot s ON s.plan_id = p.id AND s.status = 'accepted'
        WHERE p.programme_id = $2 AND p.year = $3
          AND NOT EXISTS (SELECT 1 FROM org_unit_version v WHERE v.unit_id = p.unit_id AND v.type = ANY($4::text[]))
        ORDER BY p.id, s.id DESC
     )
     INSERT INTO budget_estimate_line (estimate_id, plan_id, plan_version_no, unit_id, task_area_number, source, description, proposed_amount, sort)
     SELECT $1, a.plan_id, a.version_no, a.unit_id, (l.value->>'taskAreaNumber')::int, l.value->>'source', l.value->>'description',
            (l.value->>'amount')::bigint, l.ordinality::int
       FROM accepted a, jsonb_array_elements(a.data->'budgetLines') WITH ORDINALITY l
      WHERE l.value->>'source' = 'city_budget'`,
    [estimateId, programmeId, year, localityTypes],
  );
  await db.query(
    `UPDATE budget_estimate SET consolidated_at = now(), lock_version = lock_version + 1, updated_at = now() WHERE id = $1`,
    [estimateId],
  );
  return rowCount ?? 0;
}

/** Accepted plans of city-level units whose accepted version is not (yet) in the estimate. */
export async function countPendingPlans(db: Queryable, estimateId: string, programmeId: string, year: number, localityTypes: readonly string[]): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM comm_plan p
      WHERE p.programme_id = $2 AND p.year = $3 AND p.accepted_at IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM org_unit_version v WHERE v.unit_id = p.unit_id AND v.type = ANY($4::text[]))
        AND EXISTS (SELECT 1 FROM comm_plan_snapshot s WHERE s.plan_id = p.id AND s.status = 'accepted'
                     AND jsonb_path_exists(s.data, '$.budgetLines[*] ? (@.source == "city_budget")'))
        AND NOT EXISTS (SELECT 1 FROM budget_estimate_line l WHERE l.estimate_id = $1 AND l.plan_id = p.id
                         AND l.plan_version_no = (SELECT max(version_no) FROM comm_plan_snapshot s WHERE s.plan_id = p.id AND s.status = 'accepted'))`,
    [estimateId, programmeId, year, localityTypes],
  );
  return rows[0]!.n;
}

export async function appraiseLine(db: Queryable, lineId: string, estimateId: string, amount: number, reason: string | null, userId: string): Promise<EstimateLineRow | null> {
  const { rowCount } = await db.query(
    `UPDATE budget_estimate_line SET appraised_amount = $3, appraisal_reason = $4, appraised_by = $5, appraised_at = now()
      WHERE id = $1 AND estimate_id = $2`,
    [lineId, estimateId, amount, reason, userId],
  );
  if (!rowCount) return null;
  await db.query('UPDATE budget_estimate SET lock_version = lock_version + 1, updated_at = now() WHERE id = $1', [estimateId]);
  const { rows } = await db.query<EstimateLineRow>('SELECT * FROM budget_estimate_line WHERE id = $1', [lineId]);
  return rows[0] ?? null;
}

export async function countUnappraised(db: Queryable, estimateId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM budget_estimate_line WHERE estimate_id = $1 AND appraised_amount IS NULL', [estimateId]);
  return rows[0]!.n;
}

export async function countLines(db: Queryable, estimateId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM budget_estimate_line WHERE estimate_id = $1', [estimateId]);
  return rows[0]!.n;
}

export async function setEstimateStatus(db: Queryable, id: string, status: EstimateStatus, actorId: string): Promise<void> {
  await db.query(
    `UPDATE budget_estimate SET status = $2, lock_version = lock_version + 1, updated_at = now(),
            appraised_at = CASE WHEN $2 = 'awaiting_approval' THEN now() ELSE appraised_at END,
            appraised_by = CASE WHEN $2 = 'awaiting_approval' THEN $3::uuid ELSE appraised_by END,
            approved_at = CASE WHEN $2 = 'approved' THEN now() ELSE approved_at END,
            approved_by = CASE WHEN $2 = 'approved' THEN $3::uuid ELSE approved_by END
      WHERE id = $1`,
    [id, status, actorId],
  );
  if (status === 'approved') await db.query('UPDATE budget_estimate_line SET approved_amount = appraised_amount WHERE estimate_id = $1', [id]);
}
