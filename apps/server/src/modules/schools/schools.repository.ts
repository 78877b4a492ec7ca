import type { Ownership, SchoolLevel, SchoolProfileFields, SessionInput, SessionTopic } from '@lantoa/contracts/schools';
import type { Queryable } from '../../platform/db/db.ts';

export type SchoolRow = {
  id: string;
  name: string;
  commune_unit_id: string | null;
  commune_name: string | null;
  level: SchoolLevel;
  ownership: Ownership;
  has_dx_club: boolean;
  club_note: string | null;
  has_science_playground: boolean;
  teachers_trained: number;
  students: number | null;
  is_demo: boolean;
  lock_version: number;
  updated_at: Date;
  session_count: number;
  students_reached: number;
};

// The school's latest placement (the commune it is, or was last, in) and its sessions in the range.
const SCHOOL_FROM = `school s
  LEFT JOIN LATERAL (SELECT p.commune_unit_id FROM school_placement p WHERE p.school_id = s.id ORDER BY p.valid_from DESC NULLS LAST LIMIT 1) lp ON true
  LEFT JOIN LATERAL (SELECT v.name FROM org_unit_version v WHERE v.unit_id = lp.commune_unit_id ORDER BY v.valid_from DESC NULLS LAST LIMIT 1) cv ON true
  LEFT JOIN LATERAL (SELECT count(*)::int AS n, coalesce(sum(x.students), 0)::int AS reached FROM school_dx_session x
                      WHERE x.school_id = s.id AND x.held_on BETWEEN $1::date AND $2::date) ss ON true`;
const SCHOOL_COLS = `s.id, s.name, lp.commune_unit_id, cv.name AS commune_name, s.level, s.ownership, s.has_dx_club, s.club_note,
  s.has_science_playground, s.teachers_trained, s.students, s.is_demo, s.lock_version, s.updated_at, ss.n AS session_count, ss.reached AS students_reached`;
const SCHOOL_ORDER: Record<string, string> = {
  name: 's.name COLLATE "vi-x-icu", s.id',
  commune: 'cv.name COLLATE "vi-x-icu", s.name COLLATE "vi-x-icu", s.id',
  '-sessions': 'ss.n DESC, s.name COLLATE "vi-x-icu", s.id',
};

export type SchoolFilter = {
  range: { from: string; to: string };
  level?: string;
  ownership?: string;
  communeUnitId?: string;
  hasSession?: boolean;
  q?: string;
  sort: string;
  scopeUnitIds: string[] | null;
};

export async function listSchools(db: Queryable, f: SchoolFilter & { limit: number; offset: number }): Promise<{ rows: SchoolRow[]; total: number }> {
  const params: unknown[] = [f.range.from, f.range.to];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = ['true'];
  if (f.level) where.push(`s.level = ${p(f.level)}`);
  if (f.ownership) where.push(`s.ownership = ${p(f.ownership)}`);
  if (f.communeUnitId) where.push(`lp.commune_unit_id = ${p(f.communeUnitId)}`);
  if (f.hasSession !== undefined) where.push(f.hasSession ? 'ss.n > 0' : 'ss.n = 0');
  // Diacritics and đ fold away: "le quy don" finds "Lê Quý Đôn", and the commune's name counts too.
  if (f.q) where.push(`(s.search_text || ' ' || vn_fold(coalesce(cv.name, ''))) LIKE '%' || vn_fold(${p(f.q)}) || '%'`);
  if (f.scopeUnitIds) where.push(`lp.commune_unit_id = ANY(${p(f.scopeUnitIds)}::uuid[])`);
  const w = where.join(' AND ');
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${SCHOOL_FROM} WHERE ${w}`, params);
  const { rows } = await db.query<SchoolRow>(
    `SELECT ${SCHOOL_COLS} FROM ${SCHOOL_FROM} WHERE ${w} ORDER BY ${SCHOOL_ORDER[f.sort] ?? SCHOOL_ORDER.name} LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`,
    params,
  );
  return { rows, total: total.rows[0]!.n };
}

export async function findSchool(db: Queryable, id: string, range: { from: string; to: string }, opts: { forUpdate?: boolean } = {}): Promise<SchoolRow | null> {
  if (opts.forUpdate) await db.query('SELECT 1 FROM school WHERE id = $1 FOR UPDATE', [id]);
  const { rows } = await db.query<SchoolRow>(`SELECT ${SCHOOL_COLS} FROM ${SCHOOL_FROM} WHERE s.id = $3`, [range.from, range.to, id]);
  return rows[0] ?? null;
}

export type PlacementRow = { commune_unit_id: string; commune_name: string | null; valid_from: string | null; valid_to: string | null };

export async function findPlacements(db: Queryable, id: string): Promise<PlacementRow[]> {
  const { rows } = await db.query<PlacementRow>(
    `SELECT p.commune_unit_id, (SELECT v.name FROM org_unit_version v WHERE v.unit_id = p.commune_unit_id ORDER BY v.valid_from DESC NULLS LAST LIMIT 1) AS commune_name,
            to_char(p.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(p.valid_to, 'YYYY-MM-DD') AS valid_to
       FROM school_placement p WHERE p.school_id = $1 ORDER BY p.valid_from NULLS FIRST`,
    [id],
  );
  return rows;
}

export type UnitOnDay = { unit_id: string; name: string; type: string; valid_from: string | null; valid_to: string | null };

/** The version of a unit valid on `date` (null if it was not valid then). */
export async function findUnitOn(db: Queryable, unitId: string, date: string): Promise<UnitOnDay | null> {
  const { rows } = await db.query<UnitOnDay>(
    `SELECT v.unit_id, v.name, v.type, to_char(v.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(v.valid_to, 'YYYY-MM-DD') AS valid_to
       FROM org_unit_version v WHERE v.unit_id = $1 AND v.validity @> $2::date`,
    [unitId, date],
  );
  return rows[0] ?? null;
}

/** The first day a unit existed (null when its start is unknown, i.e. always). */
export async function findUnitStart(db: Queryable, unitId: string): Promise<string | null> {
  const { rows } = await db.query<{ d: string | null }>(
    `SELECT CASE WHEN bool_or(valid_from IS NULL) THEN NULL ELSE to_char(min(valid_from), 'YYYY-MM-DD') END AS d FROM org_unit_version WHERE unit_id = $1`,
    [unitId],
  );
  return rows[0]?.d ?? null;
}

export async function insertSchool(
  db: Queryable,
  s: { name: string; placements: { communeUnitId: string; validFrom: string | null; validTo: string | null }[]; profile: SchoolProfileFields; createdBy: string },
): Promise<string> {
  const p = s.profile;
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO school (name, level, ownership, has_dx_club, club_note, has_science_playground, teachers_trained, students, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [s.name, p.level, p.ownership, p.hasDxClub, p.clubNote, p.hasSciencePlayground, p.teachersTrained, p.students, s.createdBy],
  );
  const id = rows[0]!.id;
  for (const pl of s.placements) {
    await db.query('INSERT INTO school_placement (school_id, commune_unit_id, valid_from, valid_to) VALUES ($1, $2, $3, $4)', [id, pl.communeUnitId, pl.validFrom, pl.validTo]);
  }
  return id;
}

/** Saves only if the school is still at `lockVersion`; false means someone saved first. */
export async function updateProfile(db: Queryable, id: string, p: SchoolProfileFields, lockVersion: number): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE school SET level = $2, ownership = $3, has_dx_club = $4, club_note = $5, has_science_playground = $6, teachers_trained = $7, students = $8,
            lock_version = lock_version + 1, updated_at = now()
      WHERE id = $1 AND lock_version = $9`,
    [id, p.level, p.ownership, p.hasDxClub, p.clubNote, p.hasSciencePlayground, p.teachersTrained, p.students, lockVersion],
  );
  return (rowCount ?? 0) > 0;
}

export type SessionRow = {
  id: string;
  school_id: string;
  school_name: string;
  held_on: string;
  topic: SessionTopic;
  title: string;
  classes: number;
  students: number;
  note: string | null;
  is_demo: boolean;
};

const SESSION_COLS = `x.id, x.school_id, s.name AS school_name, to_char(x.held_on, 'YYYY-MM-DD') AS held_on, x.topic, x.title, x.classes, x.students, x.note, x.is_demo`;
const SESSION_FROM = `school_dx_session x JOIN school s ON s.id = x.school_id
  LEFT JOIN LATERAL (SELECT p.commune_unit_id FROM school_placement p WHERE p.school_id = s.id ORDER BY p.valid_from DESC NULLS LAST LIMIT 1) lp ON true`;

export async function listSessions(
  db: Queryable,
  f: { schoolId?: string; range?: { from: string; to: string }; topic?: string; q?: string; scopeUnitIds: string[] | null; limit: number; offset: number },
): Promise<{ rows: SessionRow[]; total: number }> {
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = ['true'];
  if (f.schoolId) where.push(`x.school_id = ${p(f.schoolId)}`);
  if (f.range) where.push(`x.held_on BETWEEN ${p(f.range.from)}::date AND ${p(f.range.to)}::date`);
  if (f.topic) where.push(`x.topic = ${p(f.topic)}`);
  if (f.q) where.push(`(vn_fold(x.title) || ' ' || s.search_text) LIKE '%' || vn_fold(${p(f.q)}) || '%'`);
  if (f.scopeUnitIds) where.push(`lp.commune_unit_id = ANY(${p(f.scopeUnitIds)}::uuid[])`);
  const w = where.join(' AND ');
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${SESSION_FROM} WHERE ${w}`, params);
  const { rows } = await db.query<SessionRow>(
    `SELECT ${SESSION_COLS} FROM ${SESSION_FROM} WHERE ${w} ORDER BY x.held_on DESC, x.created_at DESC, x.id LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`,
    params,
  );
  return { rows, total: total.rows[0]!.n };
}

export async function findSession(db: Queryable, id: string): Promise<SessionRow | null> {
  const { rows } = await db.query<SessionRow>(`SELECT ${SESSION_COLS} FROM school_dx_session x JOIN school s ON s.id = x.school_id WHERE x.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function insertSession(db: Queryable, schoolId: string, s: SessionInput, createdBy: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO school_dx_session (school_id, held_on, topic, title, classes, students, note, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [schoolId, s.heldOn, s.topic, s.title, s.classes, s.students, s.note, createdBy],
  );
  return rows[0]!.id;
}

export async function deleteSession(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM school_dx_session WHERE id = $1', [id]);
}

export type SchoolFactRow = { school_id: string; school_name: string; commune_unit_id: string; placed_on_day: boolean; has_session: boolean };

/**
 * Every school that existed on `day`, with the commune it was placed in then (or its last
 * placement, when that ended before `day`: the caller follows the commune's successions), and
 * whether it held a session in the range.
 */
export async function findSchoolFactRows(db: Queryable, day: string, range: { from: string; to: string }): Promise<SchoolFactRow[]> {
  const { rows } = await db.query<SchoolFactRow>(
    `SELECT s.id AS school_id, s.name AS school_name, pl.commune_unit_id, pl.validity @> $1::date AS placed_on_day,
            EXISTS (SELECT 1 FROM school_dx_session x WHERE x.school_id = s.id AND x.held_on BETWEEN $2::date AND $3::date) AS has_session
       FROM school s
       JOIN LATERAL (SELECT p.commune_unit_id, p.validity FROM school_placement p
                      WHERE p.school_id = s.id AND (p.valid_from IS NULL OR p.valid_from <= $1::date)
                      ORDER BY p.valid_from DESC NULLS LAST LIMIT 1) pl ON true
      ORDER BY s.name, s.id`,
    [day, range.from, range.to],
  );
  return rows;
}

/** The name of the commune each school is placed in now. */
export async function findSchoolCommuneNames(db: Queryable, schoolIds: string[]): Promise<Map<string, string>> {
  const { rows } = await db.query<{ id: string; name: string }>(
    `SELECT s.id, (SELECT v.name FROM org_unit_version v WHERE v.unit_id = lp.commune_unit_id ORDER BY v.valid_from DESC NULLS LAST LIMIT 1) AS name
       FROM school s JOIN LATERAL (SELECT p.commune_unit_id FROM school_placement p WHERE p.school_id = s.id ORDER BY p.valid_from DESC NULLS LAST LIMIT 1) lp ON true
      WHERE s.id = ANY($1::uuid[])`,
    [schoolIds],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Schools by their current commune and name (lower case), keyed `${communeUnitId}|${lower(name)}`. */
export async function findSchoolsByCommuneAndName(db: Queryable, keys: { communeUnitId: string; name: string }[]): Promise<Map<string, { id: string; name: string }>> {
  const { rows } = await db.query<{ id: string; name: string; commune_unit_id: string }>(
    `SELECT s.id, s.name, lp.commune_unit_id
       FROM school s JOIN LATERAL (SELECT p.commune_unit_id FROM school_placement p WHERE p.school_id = s.id ORDER BY p.valid_from DESC NULLS LAST LIMIT 1) lp ON true
      WHERE (lp.commune_unit_id, lower(s.name)) IN (SELECT * FROM unnest($1::uuid[], $2::text[]))`,
    [keys.map((k) => k.communeUnitId), keys.map((k) => k.name.toLowerCase())],
  );
  return new Map(rows.map((r) => [`${r.commune_unit_id}|${r.name.toLowerCase()}`, { id: r.id, name: r.name }]));
}

export type SessionKeyRow = { school_id: string; held_on: string; title: string; topic: string; classes: number; students: number; note: string | null };

/** The sessions already held by these schools, for matching imported rows. */
export async function findSessionsOfSchools(db: Queryable, schoolIds: string[]): Promise<SessionKeyRow[]> {
  const { rows } = await db.query<SessionKeyRow>(
    `SELECT school_id, to_char(held_on, 'YYYY-MM-DD') AS held_on, title, topic, classes, students, note FROM school_dx_session WHERE school_id = ANY($1::uuid[])`,
    [schoolIds],
  );
  return rows;
}
