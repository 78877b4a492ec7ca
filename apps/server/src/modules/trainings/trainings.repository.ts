import type { CourseInput, CreateClassBody, ParticipantInput, TrainingKind } from '@lantoa/contracts/trainings';
import type { Queryable } from '../../platform/db/db.ts';
import type { TeamTally } from './trainings.facts.ts';

const nameOf = (col: string) => `(SELECT v.name FROM org_unit_version v WHERE v.unit_id = ${col} ORDER BY v.valid_from DESC NULLS LAST LIMIT 1)`;

/** The code a unit is known by in spreadsheets: its official code, or its external key. */
const codeOf = (col: string) =>
  `coalesce((SELECT v.official_code FROM org_unit_version v WHERE v.unit_id = ${col} ORDER BY v.valid_from DESC NULLS LAST LIMIT 1), (SELECT ou.external_key FROM org_unit ou WHERE ou.id = ${col}))`;

export type CourseRow = { id: string; kind: TrainingKind; title: string; description: string | null; class_count: number };

export async function listCourses(db: Queryable, f: { kind?: string }): Promise<CourseRow[]> {
  const { rows } = await db.query<CourseRow>(
    `SELECT c.id, c.kind, c.title, c.description, (SELECT count(*) FROM training_class k WHERE k.course_id = c.id)::int AS class_count
       FROM training_course c WHERE ($1::text IS NULL OR c.kind = $1) ORDER BY c.title COLLATE "vi-x-icu", c.id`,
    [f.kind ?? null],
  );
  return rows;
}

export async function findCourse(db: Queryable, id: string): Promise<CourseRow | null> {
  const { rows } = await db.query<CourseRow>(
    `SELECT c.id, c.kind, c.title, c.description, (SELECT count(*) FROM training_class k WHERE k.course_id = c.id)::int AS class_count
       FROM training_course c WHERE c.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

export async function insertCourse(db: Queryable, c: CourseInput, createdBy: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    'INSERT INTO training_course (kind, title, description, created_by) VALUES ($1, $2, $3, $4) RETURNING id',
    [c.kind, c.title, c.description, createdBy],
  );
  return rows[0]!.id;
}

export type ClassRow = {
  id: string;
  course_id: string;
  course_title: string;
  kind: TrainingKind;
  organiser_unit_id: string;
  organiser_unit_name: string;
  title: string;
  starts_on: string;
  ends_on: string;
  is_online: boolean;
  place: string | null;
  trainers: string | null;
  materials: string | null;
  lock_version: number;
  updated_at: Date;
  participant_count: number;
  completed_count: number;
};

const CLASS_COLS = `k.id, k.course_id, c.title AS course_title, c.kind, k.organiser_unit_id, ${nameOf('k.organiser_unit_id')} AS organiser_unit_name,
  k.title, to_char(k.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(k.ends_on, 'YYYY-MM-DD') AS ends_on, k.is_online, k.place, k.trainers, k.materials,
  k.lock_version, k.updated_at,
  (SELECT count(*) FROM training_participant p WHERE p.class_id = k.id)::int AS participant_count,
  (SELECT count(*) FROM training_participant p WHERE p.class_id = k.id AND p.completed)::int AS completed_count`;

const ORDER: Record<string, string> = {
  starts_on: 'k.starts_on, k.id',
  '-starts_on': 'k.starts_on DESC, k.id',
  title: 'k.title COLLATE "vi-x-icu", k.id',
  organiser: `${nameOf('k.organiser_unit_id')} COLLATE "vi-x-icu", k.starts_on DESC, k.id`,
  '-participants': '(SELECT count(*) FROM training_participant p WHERE p.class_id = k.id) DESC, k.starts_on DESC, k.id',
};

export async function listClasses(
  db: Queryable,
  f: { year?: number; kind?: string; organiserUnitIds?: string[]; mode?: 'online' | 'in_person'; q?: string; sort: string; scopeUnitIds: string[] | null; limit: number; offset: number },
): Promise<{ rows: ClassRow[]; total: number }> {
  const where = ['true'];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.year) where.push(`k.starts_on <= make_date(${p(f.year)}, 12, 31) AND k.ends_on >= make_date(${p(f.year)}, 1, 1)`);
  if (f.kind) where.push(`c.kind = ${p(f.kind)}`);
  if (f.organiserUnitIds) where.push(`k.organiser_unit_id = ANY(${p(f.organiserUnitIds)}::uuid[])`);
  if (f.mode) where.push(`k.is_online = ${p(f.mode === 'online')}`);
  if (f.q) where.push(`vn_fold(k.title || ' ' || c.title || ' ' || coalesce(k.place, '') || ' ' || coalesce(k.trainers, '')) LIKE '%' || vn_fold(${p(f.q)}) || '%'`);
  if (f.scopeUnitIds) where.push(`k.organiser_unit_id = ANY(${p(f.scopeUnitIds)}::uuid[])`);
  const w = where.join(' AND ');
  const from = 'training_class k JOIN training_course c ON c.id = k.course_id';
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${from} WHERE ${w}`, params);
  const { rows } = await db.query<ClassRow>(
    `SELECT ${CLASS_COLS} FROM ${from} WHERE ${w} ORDER BY ${ORDER[f.sort] ?? ORDER['-starts_on']} LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`,
    params,
  );
  return { rows, total: total.rows[0]!.n };
}

export async function findClass(db: Queryable, id: string, opts: { forUpdate?: boolean } = {}): Promise<ClassRow | null> {
  if (opts.forUpdate) await db.query('SELECT 1 FROM training_class WHERE id = $1 FOR UPDATE', [id]);
  const { rows } = await db.query<ClassRow>(`SELECT ${CLASS_COLS} FROM training_class k JOIN training_course c ON c.id = k.course_id WHERE k.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function insertClass(db: Queryable, c: CreateClassBody, createdBy: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO training_class (course_id, organiser_unit_id, title, starts_on, ends_on, place, is_online, trainers, materials, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [c.courseId, c.organiserUnitId, c.title, c.startsOn, c.endsOn, c.place, c.isOnline, c.trainers, c.materials, createdBy],
  );
  return rows[0]!.id;
}

/** Saves only if the class is still at `lockVersion`; false means someone saved first. */
export async function updateClass(db: Queryable, id: string, c: CreateClassBody, lockVersion: number): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE training_class SET course_id = $2, organiser_unit_id = $3, title = $4, starts_on = $5, ends_on = $6, place = $7, is_online = $8,
            trainers = $9, materials = $10, lock_version = lock_version + 1, updated_at = now()
      WHERE id = $1 AND lock_version = $11`,
    [id, c.courseId, c.organiserUnitId, c.title, c.startsOn, c.endsOn, c.place, c.isOnline, c.trainers, c.materials, lockVersion],
  );
  return (rowCount ?? 0) > 0;
}

export async function bumpClassVersion(db: Queryable, id: string, lockVersion: number): Promise<boolean> {
  const { rowCount } = await db.query('UPDATE training_class SET lock_version = lock_version + 1, updated_at = now() WHERE id = $1 AND lock_version = $2', [id, lockVersion]);
  return (rowCount ?? 0) > 0;
}

export async function deleteClass(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM training_class WHERE id = $1', [id]);
}

export type ParticipantRow = {
  id: string;
  full_name: string;
  unit_id: string | null;
  unit_name: string | null;
  unit_code: string | null;
  participant_kind: ParticipantInput['participantKind'];
  cdt_team_unit_id: string | null;
  cdt_team_name: string | null;
  cdt_team_code: string | null;
  attended: boolean;
  completed: boolean;
};

export async function findParticipants(db: Queryable, classId: string): Promise<ParticipantRow[]> {
  const { rows } = await db.query<ParticipantRow>(
    `SELECT p.id, p.full_name, p.unit_id, ${nameOf('p.unit_id')} AS unit_name, ${codeOf('p.unit_id')} AS unit_code, p.participant_kind, p.cdt_team_unit_id,
            ${nameOf('p.cdt_team_unit_id')} AS cdt_team_name, ${codeOf('p.cdt_team_unit_id')} AS cdt_team_code, p.attended, p.completed
       FROM training_participant p WHERE p.class_id = $1 ORDER BY p.sort, p.id`,
    [classId],
  );
  return rows;
}

export async function replaceParticipants(db: Queryable, classId: string, list: ParticipantInput[]): Promise<void> {
  await db.query('DELETE FROM training_participant WHERE class_id = $1', [classId]);
  if (list.length === 0) return;
  await db.query(
    `INSERT INTO training_participant (class_id, sort, full_name, unit_id, participant_kind, cdt_team_unit_id, attended, completed)
     SELECT $1, * FROM unnest($2::int[], $3::text[], $4::uuid[], $5::text[], $6::uuid[], $7::boolean[], $8::boolean[])`,
    [
      classId,
      list.map((_, i) => i),
      list.map((x) => x.fullName),
      list.map((x) => x.unitId),
      list.map((x) => x.participantKind),
      list.map((x) => x.cdtTeamUnitId),
      list.map((x) => x.attended),
      list.map((x) => x.completed),
    ],
  );
}

/** The latest type of each given unit that exists (units unknown are absent). */
export async function findUnitTypes(db: Queryable, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const { rows } = await db.query<{ unit_id: string; type: string }>(
    `SELECT DISTINCT ON (unit_id) unit_id, type FROM org_unit_version WHERE unit_id = ANY($1::uuid[]) ORDER BY unit_id, valid_from DESC NULLS LAST`,
    [ids],
  );
  return new Map(rows.map((r) => [r.unit_id, r.type]));
}

export type TrainingFactRows = {
  reporterClasses: { unitId: string; count: number }[];
  teams: TeamTally[];
  /** Units with a participant of kind press who completed a class. */
  pressUnitIds: string[];
  /** Units with a participant who completed a class for press and grassroots communicators. */
  grassrootsUnitIds: string[];
  /** Participants of kind leader who completed, per their unit (the organiser's when none is given). */
  leadersByUnit: { unitId: string; count: number }[];
};

/**
 * The raw tallies of classes that ended in `year`. With `unitIds`, only those units count: as
 * organisers (reporter classes), as teams, as the participants' units (press, grassroots, leaders).
 */
export async function findTrainingFactRows(db: Queryable, f: { year: number; unitIds?: string[] | null }): Promise<TrainingFactRows> {
  const args = [f.year, f.unitIds ?? null];
  const inYear = `k.ends_on BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 31)`;
  const allowed = (col: string) => `($2::uuid[] IS NULL OR ${col} = ANY($2::uuid[]))`;
  const from = 'training_participant p JOIN training_class k ON k.id = p.class_id JOIN training_course c ON c.id = k.course_id';
  const reporter = await db.query<{ unit_id: string; n: number }>(
    `SELECT k.organiser_unit_id AS unit_id, count(*)::int AS n FROM training_class k JOIN training_course c ON c.id = k.course_id
      WHERE c.kind = 'reporter_class' AND ${inYear} AND ${allowed('k.organiser_unit_id')} GROUP BY k.organiser_unit_id`,
    args,
  );
  const teams = await db.query<{ unit_id: string; listed: number; completed: number }>(
    `SELECT p.cdt_team_unit_id AS unit_id, count(*)::int AS listed, count(*) FILTER (WHERE p.completed)::int AS completed
       FROM ${from} WHERE p.cdt_team_unit_id IS NOT NULL AND ${inYear} AND ${allowed('p.cdt_team_unit_id')} GROUP BY p.cdt_team_unit_id`,
    args,
  );
  const units = await db.query<{ unit_id: string; press: boolean; grassroots: boolean }>(
    `SELECT p.unit_id, bool_or(p.participant_kind = 'press') AS press, bool_or(c.kind = 'press_grassroots') AS grassroots
       FROM ${from} WHERE p.completed AND p.unit_id IS NOT NULL AND ${inYear} AND ${allowed('p.unit_id')}
      GROUP BY p.unit_id ORDER BY p.unit_id`,
    args,
  );
  const leaders = await db.query<{ unit_id: string; n: number }>(
    `SELECT coalesce(p.unit_id, k.organiser_unit_id) AS unit_id, count(*)::int AS n FROM ${from}
      WHERE p.completed AND p.participant_kind = 'leader' AND ${inYear} AND ${allowed('coalesce(p.unit_id, k.organiser_unit_id)')}
      GROUP BY 1 ORDER BY 1`,
    args,
  );
  return {
    reporterClasses: reporter.rows.map((r) => ({ unitId: r.unit_id, count: r.n })),
    teams: teams.rows.map((r) => ({ unitId: r.unit_id, listed: r.listed, completed: r.completed })),
    pressUnitIds: units.rows.filter((r) => r.press).map((r) => r.unit_id),
    grassrootsUnitIds: units.rows.filter((r) => r.grassroots).map((r) => r.unit_id),
    leadersByUnit: leaders.rows.map((r) => ({ unitId: r.unit_id, count: r.n })),
  };
}

/** Classes, participants and completions of classes that ended in `year` and were organised by `unitIds` (null: all). */
export async function countYearActivity(db: Queryable, year: number, unitIds: string[] | null): Promise<{ classes: number; participants: number; completed: number }> {
  const { rows } = await db.query<{ classes: number; participants: number; completed: number }>(
    `SELECT count(DISTINCT k.id)::int AS classes, count(p.id)::int AS participants, count(p.id) FILTER (WHERE p.completed)::int AS completed
       FROM training_class k LEFT JOIN training_participant p ON p.class_id = k.id
      WHERE k.ends_on BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 31) AND ($2::uuid[] IS NULL OR k.organiser_unit_id = ANY($2::uuid[]))`,
    [year, unitIds],
  );
  return rows[0]!;
}

export async function findParticipant(db: Queryable, classId: string, participantId: string): Promise<ParticipantRow | null> {
  return (await findParticipants(db, classId)).find((p) => p.id === participantId) ?? null;
}

/** A change made outside the class form (an import) still moves the version, so open editors see a conflict. */
export async function touchClass(db: Queryable, id: string): Promise<void> {
  await db.query('UPDATE training_class SET lock_version = lock_version + 1, updated_at = now() WHERE id = $1', [id]);
}

/** Units by the code a spreadsheet gives: an official code in force on `asOf`, or an external key. */
export async function findUnitsByCodes(db: Queryable, codes: string[], asOf: string): Promise<Map<string, { id: string; name: string; type: string }>> {
  if (codes.length === 0) return new Map();
  const { rows } = await db.query<{ code: string; id: string; name: string; type: string }>(
    `SELECT v.official_code AS code, v.unit_id AS id, v.name, v.type FROM org_unit_version v
      WHERE v.official_code = ANY($1::text[]) AND v.validity @> $2::date
     UNION ALL
     SELECT ou.external_key, ou.id, lv.name, lv.type FROM org_unit ou
       CROSS JOIN LATERAL (SELECT v.name, v.type FROM org_unit_version v WHERE v.unit_id = ou.id ORDER BY v.valid_from DESC NULLS LAST LIMIT 1) lv
      WHERE ou.external_key = ANY($1::text[])`,
    [codes, asOf],
  );
  const out = new Map<string, { id: string; name: string; type: string }>();
  for (const r of rows) if (!out.has(r.code)) out.set(r.code, { id: r.id, name: r.name, type: r.type });
  return out;
}

/** Each unit's type on `date` (all units valid then when `ids` is null); units not valid then are absent. */
export async function findUnitTypesOn(db: Queryable, date: string, ids: string[] | null): Promise<Map<string, string>> {
  const { rows } = await db.query<{ unit_id: string; type: string }>(
    `SELECT unit_id, type FROM org_unit_version WHERE validity @> $1::date AND ($2::uuid[] IS NULL OR unit_id = ANY($2::uuid[]))`,
    [date, ids],
  );
  return new Map(rows.map((r) => [r.unit_id, r.type]));
}
