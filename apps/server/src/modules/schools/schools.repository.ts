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

// The school's latest placement: its name and the commune it is (or was last) under.
const SCHOOL_FROM = `school_profile p
  JOIN LATERAL (SELECT v.name, v.parent_id FROM org_unit_version v WHERE v.unit_id = p.unit_id ORDER BY v.valid_from DESC NULLS LAST LIMIT 1) lv ON true
  LEFT JOIN LATERAL (SELECT v.name FROM org_unit_version v WHERE v.unit_id = lv.parent_id ORDER BY v.valid_from DESC NULLS LAST LIMIT 1) cv ON true
  LEFT JOIN LATERAL (SELECT count(*)::int AS n, coalesce(sum(x.students), 0)::int AS reached FROM school_dx_session x
                      WHERE x.school_unit_id = p.unit_id AND x.held_on BETWEEN $1::date AND $2::date) ss ON true`;
const SCHOOL_COLS = `p.unit_id AS id, lv.name, lv.parent_id AS commune_unit_id, cv.name AS commune_name, p.level, p.ownership, p.has_dx_club, p.club_note,
  p.has_science_playground, p.teachers_trained, p.students, p.is_demo, p.lock_version, p.updated_at, ss.n AS session_count, ss.reached AS students_reached`;
const SCHOOL_ORDER: Record<string, string> = {
  name: 'lv.name COLLATE "vi-x-icu", p.unit_id',
  commune: 'cv.name COLLATE "vi-x-icu", lv.name COLLATE "vi-x-icu", p.unit_id',
  '-sessions': 'ss.n DESC, lv.name COLLATE "vi-x-icu", p.unit_id',
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
  if (f.level) where.push(`p.level = ${p(f.level)}`);
  if (f.ownership) where.push(`p.ownership = ${p(f.ownership)}`);
  if (f.communeUnitId) where.push(`lv.parent_id = ${p(f.communeUnitId)}`);
  if (f.hasSession !== undefined) where.push(f.hasSession ? 'ss.n > 0' : 'ss.n = 0');
  if (f.q) where.push(`vn_fold(lv.name || ' ' || coalesce(cv.name, '')) LIKE '%' || vn_fold(${p(f.q)}) || '%'`);
  if (f.scopeUnitIds) where.push(`p.unit_id = ANY(${p(f.scopeUnitIds)}::uuid[])`);
  const w = where.join(' AND ');
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${SCHOOL_FROM} WHERE ${w}`, params);
  const { rows } = await db.query<SchoolRow>(
    `SELECT ${SCHOOL_COLS} FROM ${SCHOOL_FROM} WHERE ${w} ORDER BY ${SCHOOL_ORDER[f.sort] ?? SCHOOL_ORDER.name} LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`,
    params,
  );
  return { rows, total: total.rows[0]!.n };
}

export async function findSchool(db: Queryable, id: string, range: { from: string; to: string }, opts: { forUpdate?: boolean } = {}): Promise<SchoolRow | null> {
  if (opts.forUpdate) await db.query('SELECT 1 FROM school_profile WHERE unit_id = $1 FOR UPDATE', [id]);
  const { rows } = await db.query<SchoolRow>(`SELECT ${SCHOOL_COLS} FROM ${SCHOOL_FROM} WHERE p.unit_id = $3`, [range.from, range.to, id]);
  return rows[0] ?? null;
}

export type PlacementRow = { commune_unit_id: string | null; commune_name: string | null; valid_from: string | null; valid_to: string | null };

export async function findPlacements(db: Queryable, id: string): Promise<PlacementRow[]> {
  const { rows } = await db.query<PlacementRow>(
    `SELECT v.parent_id AS commune_unit_id, (SELECT pv.name FROM org_unit_version pv WHERE pv.unit_id = v.parent_id ORDER BY pv.valid_from DESC NULLS LAST LIMIT 1) AS commune_name,
            to_char(v.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(v.valid_to, 'YYYY-MM-DD') AS valid_to
       FROM org_unit_version v WHERE v.unit_id = $1 ORDER BY v.valid_from NULLS FIRST`,
    [id],
  );
  return rows;
}

export type CommuneRow = { unit_id: string; name: string; type: string; root_id: string | null; valid_from: string | null; valid_to: string | null };

/** The version of a unit valid on `date`, with its identity's root (null if it was not valid then). */
export async function findUnitOn(db: Queryable, unitId: string, date: string): Promise<CommuneRow | null> {
  const { rows } = await db.query<CommuneRow>(
    `SELECT v.unit_id, v.name, v.type, u.root_id, to_char(v.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(v.valid_to, 'YYYY-MM-DD') AS valid_to
       FROM org_unit_version v JOIN org_unit u ON u.id = v.unit_id WHERE v.unit_id = $1 AND v.validity @> $2::date`,
    [unitId, date],
  );
  return rows[0] ?? null;
}

/** The latest version of a unit. */
export async function findLatestVersion(db: Queryable, unitId: string): Promise<CommuneRow | null> {
  const { rows } = await db.query<CommuneRow>(
    `SELECT v.unit_id, v.name, v.type, u.root_id, to_char(v.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(v.valid_to, 'YYYY-MM-DD') AS valid_to
       FROM org_unit_version v JOIN org_unit u ON u.id = v.unit_id WHERE v.unit_id = $1 ORDER BY v.valid_from DESC NULLS LAST LIMIT 1`,
    [unitId],
  );
  return rows[0] ?? null;
}

/** A new unit of type school with its placements (versions) and profile. */
export async function insertSchool(
  db: Queryable,
  s: { name: string; rootId: string | null; placements: { parentId: string; validFrom: string | null; validTo: string | null }[]; profile: SchoolProfileFields },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>('INSERT INTO org_unit (root_id) VALUES ($1) RETURNING id', [s.rootId]);
  const id = rows[0]!.id;
  for (const pl of s.placements) {
    await db.query(
      `INSERT INTO org_unit_version (unit_id, name, type, parent_id, valid_from, valid_to, source) VALUES ($1, $2, 'school', $3, $4, $5, 'Sổ trường học')`,
      [id, s.name, pl.parentId, pl.validFrom, pl.validTo],
    );
  }
  // A new unit in the structure is a structural event (dashboards' structure caches key on them).
  await db.query(`INSERT INTO org_unit_event (kind, effective_date, note) VALUES ('create', $1, $2)`, [
    s.placements[0]?.validFrom ?? s.placements[0]?.validTo ?? new Date().toISOString().slice(0, 10),
    `Thêm ${s.name} vào sổ trường học`,
  ]);
  const p = s.profile;
  await db.query(
    `INSERT INTO school_profile (unit_id, level, ownership, has_dx_club, club_note, has_science_playground, teachers_trained, students) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [id, p.level, p.ownership, p.hasDxClub, p.clubNote, p.hasSciencePlayground, p.teachersTrained, p.students],
  );
  return id;
}

/** Saves only if the profile is still at `lockVersion`; false means someone saved first. */
export async function updateProfile(db: Queryable, id: string, p: SchoolProfileFields, lockVersion: number): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE school_profile SET level = $2, ownership = $3, has_dx_club = $4, club_note = $5, has_science_playground = $6, teachers_trained = $7, students = $8,
            lock_version = lock_version + 1, updated_at = now()
      WHERE unit_id = $1 AND lock_version = $9`,
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

const SESSION_COLS = `x.id, x.school_unit_id AS school_id,
  (SELECT v.name FROM org_unit_version v WHERE v.unit_id = x.school_unit_id ORDER BY v.valid_from DESC NULLS LAST LIMIT 1) AS school_name,
  to_char(x.held_on, 'YYYY-MM-DD') AS held_on, x.topic, x.title, x.classes, x.students, x.note, x.is_demo`;

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
  if (f.schoolId) where.push(`x.school_unit_id = ${p(f.schoolId)}`);
  if (f.range) where.push(`x.held_on BETWEEN ${p(f.range.from)}::date AND ${p(f.range.to)}::date`);
  if (f.topic) where.push(`x.topic = ${p(f.topic)}`);
  if (f.q) where.push(`vn_fold(x.title || ' ' || (SELECT v.name FROM org_unit_version v WHERE v.unit_id = x.school_unit_id ORDER BY v.valid_from DESC NULLS LAST LIMIT 1)) LIKE '%' || vn_fold(${p(f.q)}) || '%'`);
  if (f.scopeUnitIds) where.push(`x.school_unit_id = ANY(${p(f.scopeUnitIds)}::uuid[])`);
  const w = where.join(' AND ');
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM school_dx_session x WHERE ${w}`, params);
  const { rows } = await db.query<SessionRow>(
    `SELECT ${SESSION_COLS} FROM school_dx_session x WHERE ${w} ORDER BY x.held_on DESC, x.created_at DESC, x.id LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`,
    params,
  );
  return { rows, total: total.rows[0]!.n };
}

export async function findSession(db: Queryable, id: string): Promise<SessionRow | null> {
  const { rows } = await db.query<SessionRow>(`SELECT ${SESSION_COLS} FROM school_dx_session x WHERE x.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function insertSession(db: Queryable, schoolId: string, s: SessionInput, createdBy: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO school_dx_session (school_unit_id, held_on, topic, title, classes, students, note, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [schoolId, s.heldOn, s.topic, s.title, s.classes, s.students, s.note, createdBy],
  );
  return rows[0]!.id;
}

export async function deleteSession(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM school_dx_session WHERE id = $1', [id]);
}

/** Of the given schools, those registered (with a profile) and those with a session in the range. */
export async function findSchoolFactRows(db: Queryable, ids: string[], range: { from: string; to: string }): Promise<{ id: string; has_session: boolean }[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<{ id: string; has_session: boolean }>(
    `SELECT p.unit_id AS id, EXISTS (SELECT 1 FROM school_dx_session x WHERE x.school_unit_id = p.unit_id AND x.held_on BETWEEN $2::date AND $3::date) AS has_session
       FROM school_profile p WHERE p.unit_id = ANY($1::uuid[])`,
    [ids, range.from, range.to],
  );
  return rows;
}
