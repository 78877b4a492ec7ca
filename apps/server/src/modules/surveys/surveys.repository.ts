import type { Answers, Question, SurveyAudience, SurveyInput, SurveyStatus } from '@lantoa/contracts/surveys';
import type { Queryable } from '../../platform/db/db.ts';

export type SurveyRow = {
  id: string;
  title: string;
  description: string | null;
  year: number;
  audience: SurveyAudience;
  is_anonymous: boolean;
  status: SurveyStatus;
  questions: Question[];
  target_unit_ids: string[];
  previous_survey_id: string | null;
  response_count: number;
  lock_version: number;
  updated_at: Date;
};

const SELECT = `SELECT s.id, s.title, s.description, s.year, s.audience, s.is_anonymous, s.status, s.questions, s.target_unit_ids, s.previous_survey_id,
       (SELECT count(*)::int FROM survey_response r WHERE r.survey_id = s.id) AS response_count, s.lock_version, s.updated_at
  FROM survey s`;

export async function findSurvey(db: Queryable, id: string): Promise<SurveyRow | null> {
  const { rows } = await db.query<SurveyRow>(`${SELECT} WHERE s.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function findSurveyForUpdate(db: Queryable, id: string): Promise<SurveyRow | null> {
  await db.query('SELECT 1 FROM survey WHERE id = $1 FOR UPDATE', [id]);
  return findSurvey(db, id);
}

export async function listSurveys(db: Queryable, f: { year?: number; status?: string; q?: string; limit: number; offset: number }) {
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where: string[] = [];
  if (f.year) where.push(`s.year = ${p(f.year)}`);
  if (f.status) where.push(`s.status = ${p(f.status)}`);
  if (f.q) where.push(`vn_fold(s.title) LIKE '%' || vn_fold(${p(f.q)}) || '%'`);
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const count = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM survey s ${w}`, params);
  params.push(f.limit, f.offset);
  const { rows } = await db.query<SurveyRow>(`${SELECT} ${w} ORDER BY s.year DESC, s.updated_at DESC LIMIT $${params.length - 1} OFFSET $${params.length}`, params);
  return { rows, total: count.rows[0]!.n };
}

/** Open surveys for officials whose targets include one of these units. */
export async function findOpenSurveysFor(db: Queryable, unitIds: string[]): Promise<SurveyRow[]> {
  const { rows } = await db.query<SurveyRow>(`${SELECT} WHERE s.status = 'open' AND s.audience = 'officials' AND s.target_unit_ids && $1::uuid[] ORDER BY s.updated_at DESC`, [unitIds]);
  return rows;
}

export async function insertSurvey(db: Queryable, s: SurveyInput, createdBy: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO survey (title, description, year, audience, is_anonymous, questions, target_unit_ids, previous_survey_id, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [s.title, s.description, s.year, s.audience, s.isAnonymous, JSON.stringify(s.questions), s.targetUnitIds, s.previousSurveyId, createdBy],
  );
  return rows[0]!.id;
}

export async function updateSurvey(db: Queryable, id: string, lockVersion: number, s: SurveyInput): Promise<boolean> {
  const r = await db.query(
    `UPDATE survey SET title = $3, description = $4, year = $5, audience = $6, is_anonymous = $7, questions = $8, target_unit_ids = $9,
            previous_survey_id = $10, lock_version = lock_version + 1, updated_at = now()
      WHERE id = $1 AND lock_version = $2`,
    [id, lockVersion, s.title, s.description, s.year, s.audience, s.isAnonymous, JSON.stringify(s.questions), s.targetUnitIds, s.previousSurveyId],
  );
  return r.rowCount === 1;
}

export async function setStatus(db: Queryable, id: string, lockVersion: number, status: string): Promise<boolean> {
  const r = await db.query('UPDATE survey SET status = $3, lock_version = lock_version + 1, updated_at = now() WHERE id = $1 AND lock_version = $2', [id, lockVersion, status]);
  return r.rowCount === 1;
}

export async function hasParticipated(db: Queryable, surveyId: string, userId: string): Promise<boolean> {
  return ((await db.query('SELECT 1 FROM survey_participation WHERE survey_id = $1 AND user_id = $2', [surveyId, userId])).rowCount ?? 0) > 0;
}

/** Records that a user answered; false when they already had. */
export async function insertParticipation(db: Queryable, surveyId: string, userId: string): Promise<boolean> {
  const r = await db.query('INSERT INTO survey_participation (survey_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [surveyId, userId]);
  return r.rowCount === 1;
}

export async function insertResponse(db: Queryable, r: { surveyId: string; audience: SurveyAudience; respondentId: string | null; unitId: string | null; answers: Answers }): Promise<void> {
  await db.query('INSERT INTO survey_response (survey_id, audience, respondent_id, unit_id, answers) VALUES ($1, $2, $3, $4, $5)', [
    r.surveyId, r.audience, r.respondentId, r.unitId, JSON.stringify(r.answers),
  ]);
}

export async function findResponses(db: Queryable, surveyId: string, f: { unitId?: string; audience?: string }): Promise<{ unit_id: string | null; answers: Answers }[]> {
  const params: unknown[] = [surveyId];
  let where = 'survey_id = $1';
  if (f.unitId) {
    params.push(f.unitId);
    where += ` AND unit_id = $${params.length}`;
  }
  if (f.audience) {
    params.push(f.audience);
    where += ` AND audience = $${params.length}`;
  }
  const { rows } = await db.query<{ unit_id: string | null; answers: Answers }>(`SELECT unit_id, answers FROM survey_response WHERE ${where} ORDER BY submitted_at`, params);
  return rows;
}

export async function countByUnit(db: Queryable, surveyId: string): Promise<{ unit_id: string | null; unit_name: string | null; n: number }[]> {
  const { rows } = await db.query<{ unit_id: string | null; unit_name: string | null; n: number }>(
    `SELECT r.unit_id, (SELECT v.name FROM org_unit_version v WHERE v.unit_id = r.unit_id ORDER BY (v.validity @> current_date) DESC, v.valid_from DESC NULLS LAST LIMIT 1) AS unit_name,
            count(*)::int AS n
       FROM survey_response r WHERE r.survey_id = $1 GROUP BY r.unit_id ORDER BY n DESC`,
    [surveyId],
  );
  return rows;
}

export async function findUnitNames(db: Queryable, ids: string[]): Promise<{ id: string; name: string }[]> {
  if (!ids.length) return [];
  const { rows } = await db.query<{ id: string; name: string }>(
    `SELECT u.id, (SELECT v.name FROM org_unit_version v WHERE v.unit_id = u.id ORDER BY (v.validity @> current_date) DESC, v.valid_from DESC NULLS LAST LIMIT 1) AS name
       FROM org_unit u WHERE u.id = ANY($1::uuid[])`,
    [ids],
  );
  return rows;
}

export async function findHomeUnitId(db: Queryable, userId: string): Promise<string | null> {
  return (await db.query<{ unit_id: string | null }>('SELECT unit_id FROM app_user WHERE id = $1', [userId])).rows[0]?.unit_id ?? null;
}
