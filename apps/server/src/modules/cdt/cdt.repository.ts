import type { MemberInput, MemberRole, TeamStatus } from '@lantoa/contracts/cdt';
import type { Db, Queryable } from '../../platform/db/db.ts';
import { streamRows } from '../../platform/db/cursor.ts';

/** SQL of the CDT register: teams (beside their units), members, support logs, summaries. */

export type TeamRow = {
  unit_id: string;
  name: string;
  served_area: string;
  status: TeamStatus;
  commune_id: string | null;
  commune_name: string | null;
  established_on: string | null;
  member_count: number;
  contact_name: string | null;
  contact_phone: string | null;
  note: string | null;
  is_demo: boolean;
  lock_version: number;
  updated_at: Date;
};

/** Team, its version valid on $date (name, parent) and the parent's name on that day. */
const TEAM_FROM = `cdt_team t
  JOIN org_unit_version v ON v.unit_id = t.unit_id AND v.type = 'cdt_team' AND v.validity @> $1::date
  LEFT JOIN org_unit_version pv ON pv.unit_id = v.parent_id AND pv.validity @> $1::date`;
const TEAM_COLS = `t.unit_id, v.name, t.served_area, t.status, v.parent_id AS commune_id, pv.name AS commune_name,
  to_char(t.established_on, 'YYYY-MM-DD') AS established_on, t.member_count, t.contact_name, t.contact_phone, t.note, t.is_demo,
  t.lock_version, t.updated_at`;

export type TeamFilter = {
  today: string;
  /** Teams whose unit is in this set (subtree of the unit asked for), or all. */
  unitIds: string[] | null;
  /** Teams the reader may see, or all. */
  scopeIds: string[] | null;
  status?: TeamStatus;
  belowMinimum?: boolean;
  minMembers: number;
  q?: string;
};

const ORDER: Record<string, string> = {
  name: 'v.name COLLATE "vi-x-icu", v.unit_id',
  '-name': 'v.name COLLATE "vi-x-icu" DESC, v.unit_id DESC',
  commune: 'pv.name COLLATE "vi-x-icu", v.name COLLATE "vi-x-icu", v.unit_id',
  members: 't.member_count, v.name COLLATE "vi-x-icu", v.unit_id',
  '-members': 't.member_count DESC, v.name COLLATE "vi-x-icu", v.unit_id',
  established: 't.established_on NULLS LAST, v.name COLLATE "vi-x-icu", v.unit_id',
};

function teamWhere(f: TeamFilter): { where: string; params: unknown[] } {
  const params: unknown[] = [f.today];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = ['true'];
  if (f.unitIds) where.push(`t.unit_id = ANY(${p(f.unitIds)}::uuid[])`);
  if (f.scopeIds) where.push(`t.unit_id = ANY(${p(f.scopeIds)}::uuid[])`);
  if (f.status) where.push(`t.status = ${p(f.status)}`);
  if (f.belowMinimum === true) where.push(`t.member_count < ${p(f.minMembers)}`);
  if (f.belowMinimum === false) where.push(`t.member_count >= ${p(f.minMembers)}`);
  // Every word must appear (in any order, diacritics and đ folded): "dong da thu nghiem" finds "Đống Đa (thử nghiệm)".
  for (const word of (f.q ?? '').split(/\s+/).filter(Boolean).slice(0, 8)) {
    const q = p(word);
    where.push(`(t.search_text LIKE '%' || vn_fold(${q}) || '%' OR v.search_text LIKE '%' || vn_fold(${q}) || '%')`);
  }
  return { where: where.join(' AND '), params };
}

export async function listTeams(db: Queryable, f: TeamFilter & { sort: string; limit: number; offset: number }): Promise<{ rows: TeamRow[]; total: number }> {
  const { where, params } = teamWhere(f);
  const [total, page] = await Promise.all([
    db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${TEAM_FROM} WHERE ${where}`, params),
    db.query<TeamRow>(
      `SELECT ${TEAM_COLS} FROM ${TEAM_FROM} WHERE ${where} ORDER BY ${ORDER[f.sort] ?? ORDER.name} LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`,
      params,
    ),
  ]);
  return { rows: page.rows, total: total.rows[0]!.n };
}

export async function countTeams(db: Queryable, f: TeamFilter): Promise<number> {
  const { where, params } = teamWhere(f);
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${TEAM_FROM} WHERE ${where}`, params);
  return rows[0]!.n;
}

export type TeamExportRow = TeamRow & { commune_code: string | null; members: { full_name: string; phone: string | null; role: MemberRole; is_youth_union: boolean; active_from: string | null; active_to: string | null }[] };

/** The teams of a filter with their members, in batches (for exports). */
export function streamTeamsWithMembers(db: Db, f: TeamFilter & { sort: string }): AsyncGenerator<TeamExportRow[]> {
  const { where, params } = teamWhere(f);
  return streamRows<TeamExportRow>(
    db,
    `SELECT ${TEAM_COLS}, pv.official_code AS commune_code,
            coalesce((SELECT json_agg(json_build_object('full_name', m.full_name, 'phone', m.phone, 'role', m.role, 'is_youth_union', m.is_youth_union,
                                                        'active_from', m.active_from, 'active_to', m.active_to) ORDER BY m.sort, m.id)
                        FROM cdt_member m WHERE m.team_unit_id = t.unit_id), '[]'::json) AS members
       FROM ${TEAM_FROM} WHERE ${where} ORDER BY ${ORDER[f.sort] ?? ORDER.name}`,
    params,
  );
}

/** One team as on `date` (its latest version when it no longer exists then). */
export async function findTeam(db: Queryable, unitId: string, date: string, opts: { forUpdate?: boolean } = {}): Promise<TeamRow | null> {
  if (opts.forUpdate) await db.query('SELECT 1 FROM cdt_team WHERE unit_id = $1 FOR UPDATE', [unitId]);
  const { rows } = await db.query<TeamRow>(
    `SELECT ${TEAM_COLS}
       FROM cdt_team t
       JOIN LATERAL (SELECT * FROM org_unit_version x WHERE x.unit_id = t.unit_id
                      ORDER BY (x.validity @> $1::date) DESC, x.valid_from DESC NULLS LAST LIMIT 1) v ON true
       LEFT JOIN LATERAL (SELECT y.name FROM org_unit_version y WHERE y.unit_id = v.parent_id
                           ORDER BY (y.validity @> $1::date) DESC, y.valid_from DESC NULLS LAST LIMIT 1) pv ON true
      WHERE t.unit_id = $2`,
    [date, unitId],
  );
  return rows[0] ?? null;
}

export type PlacementRow = { valid_from: string | null; valid_to: string | null; name: string; parent_id: string | null; parent_name: string | null };

/**
 * Where the team unit sat over time, oldest first: each of its versions cut by the versions of its
 * parent (a ward renamed while the team stayed shows as two lines, each with the name of then).
 */
export async function findPlacements(db: Queryable, unitId: string): Promise<PlacementRow[]> {
  const { rows } = await db.query<PlacementRow>(
    `SELECT to_char(lower(r), 'YYYY-MM-DD') AS valid_from, to_char(upper(r) - 1, 'YYYY-MM-DD') AS valid_to, x.name, x.parent_id, x.parent_name
       FROM (SELECT v.name, v.parent_id, p.name AS parent_name, coalesce(v.validity * p.validity, v.validity) AS r
               FROM org_unit_version v
               LEFT JOIN org_unit_version p ON p.unit_id = v.parent_id AND p.validity && v.validity
              WHERE v.unit_id = $1) x
      ORDER BY lower(x.r) NULLS FIRST`,
    [unitId],
  );
  return rows;
}

export type MemberRow = {
  id: string;
  full_name: string;
  phone: string | null;
  role: MemberRole;
  is_youth_union: boolean;
  active_from: string | null;
  active_to: string | null;
};

export async function findMembers(db: Queryable, teamId: string): Promise<MemberRow[]> {
  const { rows } = await db.query<MemberRow>(
    `SELECT id, full_name, phone, role, is_youth_union, to_char(active_from, 'YYYY-MM-DD') AS active_from, to_char(active_to, 'YYYY-MM-DD') AS active_to
       FROM cdt_member WHERE team_unit_id = $1 ORDER BY sort, id`,
    [teamId],
  );
  return rows;
}

export type TeamFields = {
  servedArea: string;
  status: TeamStatus;
  establishedOn: string | null;
  contactName: string | null;
  contactPhone: string | null;
  note: string | null;
};

export async function insertTeam(db: Queryable, unitId: string, f: TeamFields, createdBy: string | null): Promise<void> {
  await db.query(
    `INSERT INTO cdt_team (unit_id, served_area, status, established_on, contact_name, contact_phone, note, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [unitId, f.servedArea, f.status, f.establishedOn, f.contactName, f.contactPhone, f.note, createdBy],
  );
}

/** Saves only if the team is still at `lockVersion`; false means someone saved first. */
export async function updateTeam(db: Queryable, unitId: string, f: TeamFields, lockVersion: number): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE cdt_team SET served_area = $2, status = $3, established_on = $4, contact_name = $5, contact_phone = $6, note = $7,
            lock_version = lock_version + 1, updated_at = now()
      WHERE unit_id = $1 AND lock_version = $8`,
    [unitId, f.servedArea, f.status, f.establishedOn, f.contactName, f.contactPhone, f.note, lockVersion],
  );
  return (rowCount ?? 0) > 0;
}

export async function replaceMembers(db: Queryable, teamId: string, list: MemberInput[]): Promise<void> {
  await db.query('DELETE FROM cdt_member WHERE team_unit_id = $1', [teamId]);
  if (list.length > 0) {
    await db.query(
      `INSERT INTO cdt_member (team_unit_id, sort, full_name, phone, role, is_youth_union, active_from, active_to)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::date[], $8::date[])`,
      [
        teamId,
        list.map((_, i) => i),
        list.map((m) => m.fullName),
        list.map((m) => m.phone),
        list.map((m) => m.role),
        list.map((m) => m.isYouthUnion),
        list.map((m) => m.activeFrom),
        list.map((m) => m.activeTo),
      ],
    );
  }
}

/**
 * Refreshes the stored member count (members active on `today`) and the search text of the given
 * teams, or of every team when `teamIds` is null (the nightly recount: end dates pass).
 */
export async function refreshTeamDerived(db: Queryable, teamIds: string[] | null, today: string): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE cdt_team t SET
        member_count = (SELECT count(*) FROM cdt_member m WHERE m.team_unit_id = t.unit_id
                          AND (m.active_from IS NULL OR m.active_from <= $1::date) AND (m.active_to IS NULL OR m.active_to >= $1::date)),
        search_text = vn_fold(coalesce((SELECT x.name FROM org_unit_version x WHERE x.unit_id = t.unit_id ORDER BY x.valid_from DESC NULLS LAST LIMIT 1), '')
                              || ' ' || t.served_area || ' ' || coalesce(t.contact_name, ''))
      WHERE ($2::uuid[] IS NULL OR t.unit_id = ANY($2::uuid[]))`,
    [today, teamIds],
  );
  return rowCount ?? 0;
}

export async function findTeamIdByName(db: Queryable, communeId: string, name: string, date: string): Promise<string | null> {
  const { rows } = await db.query<{ unit_id: string }>(
    `SELECT v.unit_id FROM org_unit_version v JOIN cdt_team t ON t.unit_id = v.unit_id
      WHERE v.parent_id = $1 AND v.validity @> $3::date AND lower(v.name) = lower($2) LIMIT 1`,
    [communeId, name, date],
  );
  return rows[0]?.unit_id ?? null;
}

/** Commune-level units by official code, valid on `date`. */
export async function findCommunesByCodes(db: Queryable, codes: string[], date: string): Promise<Map<string, { id: string; name: string; type: string }>> {
  if (codes.length === 0) return new Map();
  const { rows } = await db.query<{ unit_id: string; name: string; type: string; official_code: string }>(
    `SELECT unit_id, name, type, official_code FROM org_unit_version WHERE official_code = ANY($1::text[]) AND validity @> $2::date`,
    [codes, date],
  );
  return new Map(rows.map((r) => [r.official_code, { id: r.unit_id, name: r.name, type: r.type }]));
}

/** Existing teams under the given communes on `date`, keyed "communeId|lower(name)". */
export async function findTeamsUnder(db: Queryable, communeIds: string[], date: string): Promise<Map<string, string>> {
  if (communeIds.length === 0) return new Map();
  const { rows } = await db.query<{ unit_id: string; parent_id: string; name: string }>(
    `SELECT v.unit_id, v.parent_id, v.name FROM org_unit_version v JOIN cdt_team t ON t.unit_id = v.unit_id
      WHERE v.parent_id = ANY($1::uuid[]) AND v.validity @> $2::date`,
    [communeIds, date],
  );
  return new Map(rows.map((r) => [`${r.parent_id}|${r.name.toLowerCase()}`, r.unit_id]));
}

// ── Support logs ─────────────────────────────────────────────────────────────────────────────

export type LogRow = {
  id: string;
  team_unit_id: string;
  team_name: string;
  log_date: string;
  place: string;
  vneid: number;
  online_services: number;
  cashless: number;
  anti_fraud: number;
  city_apps: number;
  people_total: number;
  note: string | null;
  created_by_name: string | null;
  created_at: Date;
};

const LOG_COLS = `l.id, l.team_unit_id,
  (SELECT x.name FROM org_unit_version x WHERE x.unit_id = l.team_unit_id ORDER BY x.valid_from DESC NULLS LAST LIMIT 1) AS team_name,
  to_char(l.log_date, 'YYYY-MM-DD') AS log_date, l.place, l.vneid, l.online_services, l.cashless, l.anti_fraud, l.city_apps, l.people_total, l.note,
  (SELECT u.full_name FROM app_user u WHERE u.id = l.created_by) AS created_by_name, l.created_at`;

export type NewLog = {
  id: string;
  teamId: string;
  logDate: string;
  place: string;
  vneid: number;
  onlineServices: number;
  cashless: number;
  antiFraud: number;
  cityApps: number;
  note: string | null;
};

/** Stores the log unless its id is already stored; true when this call stored it. */
export async function insertLog(db: Queryable, l: NewLog, createdBy: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO cdt_support_log (id, team_unit_id, log_date, place, vneid, online_services, cashless, anti_fraud, city_apps, note, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (id) DO NOTHING`,
    [l.id, l.teamId, l.logDate, l.place, l.vneid, l.onlineServices, l.cashless, l.antiFraud, l.cityApps, l.note, createdBy],
  );
  return (rowCount ?? 0) > 0;
}

export async function findLog(db: Queryable, id: string): Promise<LogRow | null> {
  const { rows } = await db.query<LogRow>(`SELECT ${LOG_COLS} FROM cdt_support_log l WHERE l.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function listLogs(
  db: Queryable,
  f: { teamIds: string[] | null; from?: string; to?: string; limit: number; offset: number },
): Promise<{ rows: LogRow[]; total: number }> {
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = ['true'];
  if (f.teamIds) where.push(`l.team_unit_id = ANY(${p(f.teamIds)}::uuid[])`);
  if (f.from) where.push(`l.log_date >= ${p(f.from)}::date`);
  if (f.to) where.push(`l.log_date <= ${p(f.to)}::date`);
  const w = where.join(' AND ');
  const [total, page] = await Promise.all([
    db.query<{ n: number }>(`SELECT count(*)::int AS n FROM cdt_support_log l WHERE ${w}`, params),
    db.query<LogRow>(`SELECT ${LOG_COLS} FROM cdt_support_log l WHERE ${w} ORDER BY l.log_date DESC, l.id DESC LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`, params),
  ]);
  return { rows: page.rows, total: total.rows[0]!.n };
}

export type LogAggregateRow = {
  team_unit_id: string;
  month: number;
  logs: number;
  vneid: number;
  online_services: number;
  cashless: number;
  anti_fraud: number;
  city_apps: number;
};

/** Logs of a period per team and month, for the given teams (all teams when null). */
export async function aggregateLogs(db: Queryable, f: { from: string; to: string; teamIds: string[] | null }): Promise<LogAggregateRow[]> {
  const { rows } = await db.query<LogAggregateRow>(
    `SELECT team_unit_id, extract(month FROM log_date)::int AS month, count(*)::int AS logs,
            sum(vneid)::int AS vneid, sum(online_services)::int AS online_services, sum(cashless)::int AS cashless,
            sum(anti_fraud)::int AS anti_fraud, sum(city_apps)::int AS city_apps
       FROM cdt_support_log
      WHERE log_date BETWEEN $1::date AND $2::date AND ($3::uuid[] IS NULL OR team_unit_id = ANY($3::uuid[]))
      GROUP BY 1, 2`,
    [f.from, f.to, f.teamIds],
  );
  return rows;
}

/** Teams that are not active (few): every other team is active. */
export async function findInactiveTeams(db: Queryable): Promise<Map<string, TeamStatus>> {
  const { rows } = await db.query<{ unit_id: string; status: TeamStatus }>(`SELECT unit_id, status FROM cdt_team WHERE status <> 'active'`);
  return new Map(rows.map((r) => [r.unit_id, r.status]));
}

