import type { ModelStatus, ProposalInput, TargetGroup } from '@lantoa/contracts/comm-models';
import type { Queryable } from '../../platform/db/db.ts';

const nameOf = (col: string) => `(SELECT v.name FROM org_unit_version v WHERE v.unit_id = ${col} ORDER BY v.valid_from DESC NULLS LAST LIMIT 1)`;

export type ModelRow = {
  id: string;
  year: number;
  unit_id: string;
  unit_name: string;
  title: string;
  target_group: TargetGroup;
  description: string;
  expected_reach: number;
  status: ModelStatus;
  decision_reason: string | null;
  decided_at: string | null;
  deployed_on: string | null;
  result_reach: number | null;
  result_notes: string | null;
  is_demo: boolean;
  lock_version: number;
  created_by: string | null;
  updated_at: Date;
  replication_count: number;
};

const COLS = `m.id, m.year, m.unit_id, ${nameOf('m.unit_id')} AS unit_name, m.title, m.target_group, m.description, m.expected_reach, m.status,
  m.decision_reason, to_char(m.decided_at, 'YYYY-MM-DD') AS decided_at, to_char(m.deployed_on, 'YYYY-MM-DD') AS deployed_on, m.result_reach, m.result_notes,
  m.is_demo, m.lock_version, m.created_by, m.updated_at,
  (SELECT count(*) FROM comm_model_unit u WHERE u.model_id = m.id AND u.is_replication)::int AS replication_count`;

const ORDER: Record<string, string> = {
  '-updated': 'm.updated_at DESC, m.id',
  title: 'm.title COLLATE "vi-x-icu", m.id',
  year: 'm.year DESC, m.title COLLATE "vi-x-icu", m.id',
};

export async function listModels(
  db: Queryable,
  f: { year?: number; status?: string; targetGroup?: string; q?: string; sort: string; scopeUnitIds: string[] | null; limit: number; offset: number },
): Promise<{ rows: ModelRow[]; total: number }> {
  const where = ['true'];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.year) where.push(`m.year = ${p(f.year)}`);
  if (f.status) where.push(`m.status = ${p(f.status)}`);
  if (f.targetGroup) where.push(`m.target_group = ${p(f.targetGroup)}`);
  if (f.q) where.push(`vn_fold(m.title || ' ' || m.description || ' ' || coalesce(${nameOf('m.unit_id')}, '')) LIKE '%' || vn_fold(${p(f.q)}) || '%'`);
  // A model is readable where it was proposed and where it is replicated; a deployed one everywhere.
  if (f.scopeUnitIds) {
    const s = p(f.scopeUnitIds);
    where.push(`(m.status = 'deployed' OR m.unit_id = ANY(${s}::uuid[]) OR EXISTS (SELECT 1 FROM comm_model_unit u WHERE u.model_id = m.id AND u.unit_id = ANY(${s}::uuid[])))`);
  }
  const w = where.join(' AND ');
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM comm_model m WHERE ${w}`, params);
  const { rows } = await db.query<ModelRow>(
    `SELECT ${COLS} FROM comm_model m WHERE ${w} ORDER BY ${ORDER[f.sort] ?? ORDER['-updated']} LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`,
    params,
  );
  return { rows, total: total.rows[0]!.n };
}

export async function findModel(db: Queryable, id: string, opts: { forUpdate?: boolean } = {}): Promise<ModelRow | null> {
  if (opts.forUpdate) await db.query('SELECT 1 FROM comm_model WHERE id = $1 FOR UPDATE', [id]);
  const { rows } = await db.query<ModelRow>(`SELECT ${COLS} FROM comm_model m WHERE m.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function insertModel(db: Queryable, m: ProposalInput, createdBy: string | null): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO comm_model (year, unit_id, title, target_group, description, expected_reach, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [m.year, m.unitId, m.title, m.targetGroup, m.description, m.expectedReach, createdBy],
  );
  return rows[0]!.id;
}

export async function updateProposal(db: Queryable, id: string, m: ProposalInput, lockVersion: number): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE comm_model SET year = $2, unit_id = $3, title = $4, target_group = $5, description = $6, expected_reach = $7, lock_version = lock_version + 1, updated_at = now()
      WHERE id = $1 AND lock_version = $8`,
    [id, m.year, m.unitId, m.title, m.targetGroup, m.description, m.expectedReach, lockVersion],
  );
  return (rowCount ?? 0) > 0;
}

export async function setStatus(db: Queryable, id: string, s: { status: ModelStatus; decisionReason?: string | null; decidedAt?: string | null; deployedOn?: string | null }): Promise<void> {
  await db.query(
    `UPDATE comm_model SET status = $2,
            decision_reason = CASE WHEN $3::boolean THEN $4 ELSE decision_reason END,
            decided_at = CASE WHEN $3::boolean THEN $5::date ELSE decided_at END,
            deployed_on = coalesce($6::date, deployed_on),
            lock_version = lock_version + 1, updated_at = now()
      WHERE id = $1`,
    [id, s.status, s.decidedAt !== undefined, s.decisionReason ?? null, s.decidedAt ?? null, s.deployedOn ?? null],
  );
}

export async function updateResults(db: Queryable, id: string, r: { resultReach: number; resultNotes: string | null }, lockVersion: number): Promise<boolean> {
  const { rowCount } = await db.query(
    'UPDATE comm_model SET result_reach = $2, result_notes = $3, lock_version = lock_version + 1, updated_at = now() WHERE id = $1 AND lock_version = $4',
    [id, r.resultReach, r.resultNotes, lockVersion],
  );
  return (rowCount ?? 0) > 0;
}

export async function touchModel(db: Queryable, id: string): Promise<void> {
  await db.query('UPDATE comm_model SET lock_version = lock_version + 1, updated_at = now() WHERE id = $1', [id]);
}

export type CriterionRow = { id: string; name: string; description: string | null; weight: number; max_score: number };

export async function findActiveCriteria(db: Queryable): Promise<CriterionRow[]> {
  const { rows } = await db.query<CriterionRow>(
    'SELECT id, name, description, weight::float8 AS weight, max_score::float8 AS max_score FROM comm_model_criterion WHERE is_active ORDER BY sort, id',
  );
  return rows;
}

/** Keeps the criteria listed (updating them), retires the others (they stay for old scores). */
export async function replaceCriteria(db: Queryable, list: { id: string | null; name: string; description: string | null; weight: number; maxScore: number }[]): Promise<void> {
  const keep = list.map((c) => c.id).filter((x): x is string => x !== null);
  await db.query('UPDATE comm_model_criterion SET is_active = false WHERE NOT (id = ANY($1::uuid[]))', [keep]);
  for (const [i, c] of list.entries()) {
    if (c.id) {
      await db.query('UPDATE comm_model_criterion SET sort = $2, name = $3, description = $4, weight = $5, max_score = $6, is_active = true WHERE id = $1', [c.id, i, c.name, c.description, c.weight, c.maxScore]);
    } else {
      await db.query('INSERT INTO comm_model_criterion (sort, name, description, weight, max_score) VALUES ($1, $2, $3, $4, $5)', [i, c.name, c.description, c.weight, c.maxScore]);
    }
  }
}

export async function criteriaExist(db: Queryable, ids: string[]): Promise<Set<string>> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM comm_model_criterion WHERE id = ANY($1::uuid[])', [ids]);
  return new Set(rows.map((r) => r.id));
}

export type PanelRow = { user_id: string; full_name: string };

export async function findPanel(db: Queryable, modelId: string): Promise<PanelRow[]> {
  const { rows } = await db.query<PanelRow>(
    `SELECT p.user_id, u.full_name FROM comm_model_panel_member p JOIN app_user u ON u.id = p.user_id WHERE p.model_id = $1 ORDER BY u.full_name COLLATE "vi-x-icu"`,
    [modelId],
  );
  return rows;
}

export async function setPanel(db: Queryable, modelId: string, userIds: string[]): Promise<void> {
  await db.query('DELETE FROM comm_model_panel_member WHERE model_id = $1', [modelId]);
  await db.query('INSERT INTO comm_model_panel_member (model_id, user_id) SELECT $1, unnest($2::uuid[])', [modelId, userIds]);
}

export type ScoreRow = { user_id: string; criterion_id: string; score: number; comment: string | null };

export async function findScores(db: Queryable, modelIds: string[]): Promise<(ScoreRow & { model_id: string })[]> {
  const { rows } = await db.query<ScoreRow & { model_id: string }>(
    'SELECT model_id, user_id, criterion_id, score::float8 AS score, comment FROM comm_model_score WHERE model_id = ANY($1::uuid[])',
    [modelIds],
  );
  return rows;
}

export async function replaceMemberScores(db: Queryable, modelId: string, userId: string, scores: { criterionId: string; score: number; comment: string | null }[]): Promise<void> {
  await db.query('DELETE FROM comm_model_score WHERE model_id = $1 AND user_id = $2', [modelId, userId]);
  await db.query(
    `INSERT INTO comm_model_score (model_id, user_id, criterion_id, score, comment) SELECT $1, $2, * FROM unnest($3::uuid[], $4::numeric[], $5::text[])`,
    [modelId, userId, scores.map((s) => s.criterionId), scores.map((s) => s.score), scores.map((s) => s.comment)],
  );
}

export type ModelUnitRow = { unit_id: string; unit_name: string; is_replication: boolean; started_on: string; notes: string | null };

export async function findModelUnits(db: Queryable, modelId: string): Promise<ModelUnitRow[]> {
  const { rows } = await db.query<ModelUnitRow>(
    `SELECT u.unit_id, ${nameOf('u.unit_id')} AS unit_name, u.is_replication, to_char(u.started_on, 'YYYY-MM-DD') AS started_on, u.notes
       FROM comm_model_unit u WHERE u.model_id = $1 ORDER BY u.is_replication, u.started_on, u.unit_id`,
    [modelId],
  );
  return rows;
}

export async function insertModelUnit(db: Queryable, modelId: string, u: { unitId: string; isReplication: boolean; startedOn: string; notes: string | null }): Promise<boolean> {
  const { rowCount } = await db.query(
    'INSERT INTO comm_model_unit (model_id, unit_id, is_replication, started_on, notes) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING',
    [modelId, u.unitId, u.isReplication, u.startedOn, u.notes],
  );
  return (rowCount ?? 0) > 0;
}

export async function unitExists(db: Queryable, id: string): Promise<boolean> {
  const { rowCount } = await db.query('SELECT 1 FROM org_unit WHERE id = $1', [id]);
  return (rowCount ?? 0) > 0;
}

/** Active accounts holding one of `roles` anywhere (the panel is chosen among them). */
export async function findUsersWithRoles(db: Queryable, roles: string[]): Promise<{ id: string; full_name: string; username: string }[]> {
  const { rows } = await db.query<{ id: string; full_name: string; username: string }>(
    `SELECT DISTINCT u.id, u.full_name, u.username FROM role_assignment ra JOIN app_user u ON u.id = ra.user_id
      WHERE ra.role = ANY($1::text[]) AND u.is_active ORDER BY u.full_name, u.username`,
    [roles],
  );
  return rows;
}

/** Active accounts with a role at exactly this unit. */
export async function findUnitUsers(db: Queryable, unitId: string, roles: string[]): Promise<string[]> {
  const { rows } = await db.query<{ user_id: string }>(
    `SELECT DISTINCT ra.user_id FROM role_assignment ra JOIN app_user u ON u.id = ra.user_id WHERE ra.unit_id = $1 AND ra.role = ANY($2::text[]) AND u.is_active`,
    [unitId, roles],
  );
  return rows.map((r) => r.user_id);
}

/**
 * Models whose deployment started in `year`, counted against the unit that proposed them (the
 * unit's replications are their own deployments, not new models). With `unitIds`, only those.
 */
export async function countDeployedByUnit(db: Queryable, f: { year: number; unitIds?: string[] | null }): Promise<{ unitId: string; count: number }[]> {
  const { rows } = await db.query<{ unit_id: string; n: number }>(
    `SELECT m.unit_id, count(*)::int AS n FROM comm_model m
      WHERE m.status = 'deployed' AND m.deployed_on BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 31)
        AND ($2::uuid[] IS NULL OR m.unit_id = ANY($2::uuid[]))
      GROUP BY m.unit_id ORDER BY m.unit_id`,
    [f.year, f.unitIds ?? null],
  );
  return rows.map((r) => ({ unitId: r.unit_id, count: r.n }));
}

const codeOf = (col: string) =>
  `(SELECT coalesce((SELECT v.official_code FROM org_unit_version v WHERE v.unit_id = ou.id ORDER BY v.valid_from DESC NULLS LAST LIMIT 1), ou.external_key) FROM org_unit ou WHERE ou.id = ${col})`;

/** What the export writes beyond the list's summary: the proposing unit's code and the description. */
export async function findExportDetails(db: Queryable, ids: string[]): Promise<Map<string, { unitCode: string | null; description: string }>> {
  const { rows } = await db.query<{ id: string; unit_code: string | null; description: string }>(
    `SELECT m.id, ${codeOf('m.unit_id')} AS unit_code, m.description FROM comm_model m WHERE m.id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, { unitCode: r.unit_code, description: r.description }]));
}

/** The natural key of a model in imports: proposing unit, year and title (spacing and case folded). */
export const modelKey = (unitId: string, year: number, title: string) => `${unitId}|${year}|${title.replace(/\s+/g, ' ').trim().toLowerCase()}`;

export async function findModelsByKeys(db: Queryable, keys: { unitId: string; year: number; title: string }[]): Promise<Map<string, ModelRow>> {
  if (keys.length === 0) return new Map();
  const { rows } = await db.query<ModelRow>(
    `SELECT ${COLS} FROM comm_model m
      WHERE (m.unit_id, m.year) IN (SELECT * FROM unnest($1::uuid[], $2::int[]))`,
    [keys.map((k) => k.unitId), keys.map((k) => k.year)],
  );
  return new Map(rows.map((r) => [modelKey(r.unit_id, r.year, r.title), r]));
}
