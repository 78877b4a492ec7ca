import type { EvidenceKind, RewardInput, RewardStatus } from '@lantoa/contracts/rewards';
import type { Queryable } from '../../platform/db/db.ts';

export type Evidence = { kind: EvidenceKind; ref: string; label: string; link: string | null };

export type RewardRow = {
  id: string;
  kind: 'collective' | 'individual';
  unit_id: string;
  unit_name: string;
  nominee: string;
  award: string;
  year: number;
  achievements: string;
  evidence: Evidence[];
  status: RewardStatus;
  decision_no: string | null;
  decision_date: string | null;
  lock_version: number;
  updated_at: Date;
};

const unitName = (col: string) =>
  `(SELECT v.name FROM org_unit_version v WHERE v.unit_id = ${col} ORDER BY (v.validity @> current_date) DESC, v.valid_from DESC NULLS LAST LIMIT 1)`;
const SELECT = `SELECT p.id, p.kind, p.unit_id, ${unitName('p.unit_id')} AS unit_name, p.nominee, p.award, p.year, p.achievements, p.evidence, p.status,
       p.decision_no, to_char(p.decision_date, 'YYYY-MM-DD') AS decision_date, p.lock_version, p.updated_at
  FROM reward_proposal p`;

export async function findReward(db: Queryable, id: string): Promise<RewardRow | null> {
  return (await db.query<RewardRow>(`${SELECT} WHERE p.id = $1`, [id])).rows[0] ?? null;
}

export async function findRewardForUpdate(db: Queryable, id: string): Promise<RewardRow | null> {
  await db.query('SELECT 1 FROM reward_proposal WHERE id = $1 FOR UPDATE', [id]);
  return findReward(db, id);
}

export async function listRewards(db: Queryable, f: { year?: number; status?: string; q?: string; scopeUnitIds: string[] | null; limit: number; offset: number }) {
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where: string[] = [];
  if (f.scopeUnitIds) where.push(`p.unit_id = ANY(${p(f.scopeUnitIds)}::uuid[])`);
  if (f.year) where.push(`p.year = ${p(f.year)}`);
  if (f.status) where.push(`p.status = ${p(f.status)}`);
  if (f.q) where.push(`vn_fold(p.nominee || ' ' || p.award || ' ' || p.achievements) LIKE '%' || vn_fold(${p(f.q)}) || '%'`);
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const count = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM reward_proposal p ${w}`, params);
  params.push(f.limit, f.offset);
  const { rows } = await db.query<RewardRow>(`${SELECT} ${w} ORDER BY p.year DESC, p.updated_at DESC LIMIT $${params.length - 1} OFFSET $${params.length}`, params);
  return { rows, total: count.rows[0]!.n };
}

export async function insertReward(db: Queryable, r: RewardInput, evidence: Evidence[], createdBy: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO reward_proposal (kind, unit_id, nominee, award, year, achievements, evidence, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [r.kind, r.unitId, r.nominee, r.award, r.year, r.achievements, JSON.stringify(evidence), createdBy],
  );
  return rows[0]!.id;
}

export async function applyTransition(db: Queryable, id: string, lockVersion: number, to: string, decision: { no: string; date: string } | null): Promise<boolean> {
  const r = await db.query(
    `UPDATE reward_proposal SET status = $3, decision_no = coalesce($4, decision_no), decision_date = coalesce($5::date, decision_date),
            lock_version = lock_version + 1, updated_at = now()
      WHERE id = $1 AND lock_version = $2`,
    [id, lockVersion, to, decision?.no ?? null, decision?.date ?? null],
  );
  return r.rowCount === 1;
}

/**
 * What the platform holds that a proposal may cite: accepted plans and reports of the unit and
 * the units under it, training classes they organised, and the programme's targets, for a year.
 */
export async function findEvidenceOptions(db: Queryable, unitIds: string[], year: number): Promise<Evidence[]> {
  const { rows } = await db.query<Evidence>(
    `SELECT 'plan' AS kind, p.id::text AS ref, p.title || ' (' || ${unitName('p.unit_id')} || ')' AS label, '/admin/plans/' || p.id AS link
       FROM comm_plan p WHERE p.unit_id = ANY($1::uuid[]) AND p.year = $2 AND p.status = 'accepted'
     UNION ALL
     SELECT 'report', r.id::text, f.name || ' — kỳ ' || r.period || ' (' || ${unitName('r.unit_id')} || ')', NULL
       FROM report r JOIN report_form f ON f.id = r.form_id
      WHERE r.unit_id = ANY($1::uuid[]) AND extract(year FROM r.period_end) = $2 AND r.status = 'accepted'
     UNION ALL
     SELECT 'training', k.id::text, k.title || ' (' || to_char(k.starts_on, 'DD/MM/YYYY') || ')', NULL
       FROM training_class k WHERE k.organiser_unit_id = ANY($1::uuid[]) AND extract(year FROM k.starts_on) = $2
     UNION ALL
     SELECT DISTINCT ON (i.code) 'target', i.code || ':' || $2, 'Chỉ tiêu ' || coalesce(i.target_number::text, i.code) || ': ' || i.name || ' — năm ' || $2, '/admin/dashboard'
       FROM indicator i WHERE i.valid_from_year <= $2 AND (i.valid_to_year IS NULL OR i.valid_to_year >= $2)`,
    [unitIds, year],
  );
  return rows;
}
