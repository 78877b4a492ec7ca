import type { Queryable } from '../../platform/db/db.ts';

const nameOf = (col: string) => `(SELECT ouv.name FROM org_unit_version ouv WHERE ouv.unit_id = ${col} ORDER BY ouv.valid_from DESC NULLS LAST LIMIT 1)`;

// ── Criteria sets ─────────────────────────────────────────────────────────────────────────────
export type CriterionRow = { id: string; code: string; title: string; max_points: number };

export async function findCriteriaSet(db: Queryable, year: number, opts: { forUpdate?: boolean } = {}) {
  const { rows } = await db.query<{ id: string; lock_version: number }>(
    `SELECT id, lock_version FROM assessment_criteria_set WHERE year = $1${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [year],
  );
  const set = rows[0];
  if (!set) return null;
  const criteria = await db.query<CriterionRow>('SELECT id, code, title, max_points FROM assessment_criterion WHERE set_id = $1 ORDER BY sort, code', [set.id]);
  return { ...set, criteria: criteria.rows };
}

export async function countAssessmentsOfYear(db: Queryable, year: number): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM self_assessment WHERE year = $1', [year]);
  return rows[0]!.n;
}

/**
 * Saves the year's criteria: criteria kept by code keep their id (and the scores given on them),
 * new codes are added, codes no longer listed are removed.
 */
export async function saveCriteriaSet(db: Queryable, year: number, criteria: { code: string; title: string; maxPoints: number }[], lockVersion: number): Promise<boolean> {
  let setId: string;
  if (lockVersion === 0) {
    const ins = await db.query<{ id: string }>('INSERT INTO assessment_criteria_set (year) VALUES ($1) ON CONFLICT (year) DO NOTHING RETURNING id', [year]);
    if (!ins.rows[0]) return false;
    setId = ins.rows[0].id;
  } else {
    const up = await db.query<{ id: string }>(
      'UPDATE assessment_criteria_set SET lock_version = lock_version + 1, updated_at = now() WHERE year = $1 AND lock_version = $2 RETURNING id',
      [year, lockVersion],
    );
    if (!up.rows[0]) return false;
    setId = up.rows[0].id;
  }
  await db.query('DELETE FROM assessment_criterion WHERE set_id = $1 AND NOT (code = ANY($2::text[]))', [setId, criteria.map((c) => c.code)]);
  await db.query(
    `INSERT INTO assessment_criterion (set_id, sort, code, title, max_points)
     SELECT $1, s, c, t, m FROM unnest($2::int[], $3::text[], $4::text[], $5::numeric[]) AS x(s, c, t, m)
     ON CONFLICT (set_id, code) DO UPDATE SET sort = excluded.sort, title = excluded.title, max_points = excluded.max_points`,
    [setId, criteria.map((_, i) => i), criteria.map((c) => c.code), criteria.map((c) => c.title), criteria.map((c) => c.maxPoints)],
  );
  return true;
}

// ── Self-assessments ──────────────────────────────────────────────────────────────────────────
export type AssessmentRow = {
  id: string; year: number; unit_id: string; unit_name: string | null; status: 'draft' | 'submitted' | 'returned' | 'accepted';
  summary: string | null; review_comment: string | null; lock_version: number; updated_at: Date;
  self_total: number; review_total: number | null; max_total: number;
};
const COLS = `a.id, a.year, a.unit_id, ${nameOf('a.unit_id')} AS unit_name, a.status, a.summary, a.review_comment, a.lock_version, a.updated_at,
  coalesce((SELECT sum(s.self_score) FROM self_assessment_score s WHERE s.assessment_id = a.id), 0)::float8 AS self_total,
  (SELECT sum(s.review_score) FROM self_assessment_score s WHERE s.assessment_id = a.id)::float8 AS review_total,
  coalesce((SELECT sum(c.max_points) FROM assessment_criteria_set cs JOIN assessment_criterion c ON c.set_id = cs.id WHERE cs.year = a.year), 0)::float8 AS max_total`;
const ORDER: Record<string, string> = {
  unit: `${nameOf('a.unit_id')} COLLATE "vi-x-icu", a.id`,
  '-self_total': 'self_total DESC, a.id',
  '-review_total': 'review_total DESC NULLS LAST, a.id',
  '-updated': 'a.updated_at DESC, a.id',
};

export async function listAssessments(db: Queryable, f: { year?: number; status?: string; q?: string; sort: string; scopeUnitIds: string[] | null; limit: number; offset: number }) {
  const values: unknown[] = [];
  const p = (v: unknown) => {
    values.push(v);
    return `$${values.length}`;
  };
  const where = ['true'];
  if (f.year) where.push(`a.year = ${p(f.year)}`);
  if (f.status) where.push(`a.status = ${p(f.status)}`);
  if (f.q) where.push(`vn_fold(coalesce(${nameOf('a.unit_id')}, '') || ' ' || coalesce(a.summary, '')) LIKE '%' || vn_fold(${p(f.q)}) || '%'`);
  if (f.scopeUnitIds) where.push(`a.unit_id = ANY(${p(f.scopeUnitIds)}::uuid[])`);
  const w = where.join(' AND ');
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM self_assessment a WHERE ${w}`, values);
  const { rows } = await db.query<AssessmentRow>(
    `SELECT * FROM (SELECT ${COLS} FROM self_assessment a WHERE ${w}) a ORDER BY ${(ORDER[f.sort] ?? ORDER.unit!).replaceAll(nameOf('a.unit_id'), 'a.unit_name')} LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`,
    values,
  );
  return { rows, total: total.rows[0]!.n };
}

export async function findAssessment(db: Queryable, id: string, opts: { forUpdate?: boolean } = {}): Promise<AssessmentRow | null> {
  if (opts.forUpdate) await db.query('SELECT 1 FROM self_assessment WHERE id = $1 FOR UPDATE', [id]);
  const { rows } = await db.query<AssessmentRow>(`SELECT ${COLS} FROM self_assessment a WHERE a.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function findAssessmentId(db: Queryable, year: number, unitId: string): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM self_assessment WHERE year = $1 AND unit_id = $2', [year, unitId]);
  return rows[0]?.id ?? null;
}

export async function insertAssessment(db: Queryable, year: number, unitId: string, createdBy: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>('INSERT INTO self_assessment (year, unit_id, created_by) VALUES ($1, $2, $3) RETURNING id', [year, unitId, createdBy]);
  return rows[0]!.id;
}

export type ScoreRow = { criterion_id: string; self_score: number | null; evidence: string | null; review_score: number | null; review_note: string | null };

export async function findScores(db: Queryable, id: string): Promise<ScoreRow[]> {
  const { rows } = await db.query<ScoreRow>('SELECT criterion_id, self_score, evidence, review_score, review_note FROM self_assessment_score WHERE assessment_id = $1', [id]);
  return rows;
}

export async function saveSelfScores(db: Queryable, id: string, summary: string | null, scores: { criterionId: string; selfScore: number | null; evidence: string | null }[], lockVersion: number): Promise<boolean> {
  const { rowCount } = await db.query(
    'UPDATE self_assessment SET summary = $2, lock_version = lock_version + 1, updated_at = now() WHERE id = $1 AND lock_version = $3',
    [id, summary, lockVersion],
  );
  if (!rowCount) return false;
  await db.query(
    `INSERT INTO self_assessment_score (assessment_id, criterion_id, self_score, evidence)
     SELECT $1, c, s, e FROM unnest($2::uuid[], $3::numeric[], $4::text[]) AS x(c, s, e)
     ON CONFLICT (assessment_id, criterion_id) DO UPDATE SET self_score = excluded.self_score, evidence = excluded.evidence`,
    [id, scores.map((s) => s.criterionId), scores.map((s) => s.selfScore), scores.map((s) => s.evidence)],
  );
  return true;
}

export async function saveReview(db: Queryable, id: string, comment: string | null, scores: { criterionId: string; reviewScore: number | null; reviewNote: string | null }[], lockVersion: number): Promise<boolean> {
  const { rowCount } = await db.query(
    'UPDATE self_assessment SET review_comment = $2, lock_version = lock_version + 1, updated_at = now() WHERE id = $1 AND lock_version = $3',
    [id, comment, lockVersion],
  );
  if (!rowCount) return false;
  await db.query(
    `INSERT INTO self_assessment_score (assessment_id, criterion_id, review_score, review_note)
     SELECT $1, c, s, n FROM unnest($2::uuid[], $3::numeric[], $4::text[]) AS x(c, s, n)
     ON CONFLICT (assessment_id, criterion_id) DO UPDATE SET review_score = excluded.review_score, review_note = excluded.review_note`,
    [id, scores.map((s) => s.criterionId), scores.map((s) => s.reviewScore), scores.map((s) => s.reviewNote)],
  );
  return true;
}

export async function setAssessmentStatus(db: Queryable, id: string, status: string, lockVersion: number): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE self_assessment SET status = $2, lock_version = lock_version + 1, updated_at = now(),
            submitted_at = CASE WHEN $2 = 'submitted' THEN now() ELSE submitted_at END,
            accepted_at = CASE WHEN $2 = 'accepted' THEN now() ELSE accepted_at END
      WHERE id = $1 AND lock_version = $3`,
    [id, status, lockVersion],
  );
  return (rowCount ?? 0) > 0;
}
