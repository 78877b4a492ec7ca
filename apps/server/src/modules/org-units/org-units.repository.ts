import type { UnitType } from '@lantoa/contracts/org-units';
import type { Db, Queryable } from '../../platform/db/db.ts';
import { streamRows } from '../../platform/db/cursor.ts';

export type VersionRow = {
  id: string;
  unit_id: string;
  name: string;
  short_name: string | null;
  type: UnitType;
  official_code: string | null;
  parent_id: string | null;
  parent_name: string | null;
  valid_from: string | null;
  valid_to: string | null;
  uncertain: boolean;
  note: string | null;
  source: string | null;
};

const VERSION_COLS = `v.id, v.unit_id, v.name, v.short_name, v.type, v.official_code, v.parent_id,
  v.valid_from, v.valid_to, v.uncertain, v.note, v.source`;

/** Versions valid on `asOf`, optionally limited to the subtree of `rootId` and `depth` levels. */
export async function findVersionsAsOf(
  db: Queryable,
  asOf: string,
  rootId?: string,
  depth?: number,
): Promise<VersionRow[]> {
  if (!rootId) {
    const { rows } = await db.query<VersionRow>(
      `SELECT ${VERSION_COLS}, NULL::text AS parent_name FROM org_unit_version v
        WHERE v.validity @> $1::date ORDER BY v.name COLLATE "vi-x-icu"`,
      [asOf],
    );
    return rows;
  }
  const { rows } = await db.query<VersionRow>(
    `WITH RECURSIVE down AS (
       SELECT v.*, 0 AS depth FROM org_unit_version v WHERE v.unit_id = $2 AND v.validity @> $1::date
       UNION ALL
       SELECT v.*, down.depth + 1 FROM down
         JOIN org_unit_version v ON v.parent_id = down.unit_id AND v.validity @> $1::date
        WHERE down.depth < $3
     )
     SELECT ${VERSION_COLS}, NULL::text AS parent_name FROM down v ORDER BY v.name COLLATE "vi-x-icu"`,
    [asOf, rootId, depth ?? 64],
  );
  return rows;
}

export type ListFilter = {
  asOf: string;
  q?: string;
  types?: readonly string[];
  parentId?: string;
  sort: 'name' | 'code' | 'type';
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
};

/** The WHERE and ORDER BY of the unit list, shared by the page and the export. */
function listSql(f: Omit<ListFilter, 'limit' | 'offset'>): { where: string; orderBy: string; params: unknown[] } {
  const where = ['v.validity @> $1::date'];
  const params: unknown[] = [f.asOf];
  if (f.q) {
    params.push(f.q);
    where.push(`v.search_text LIKE '%' || vn_fold($${params.length}) || '%'`);
  }
  if (f.types) {
    params.push(f.types);
    where.push(`v.type = ANY($${params.length}::text[])`);
  }
  if (f.parentId) {
    params.push(f.parentId);
    where.push(`v.parent_id = $${params.length}`);
  }
  const dir = f.order === 'desc' ? 'DESC' : 'ASC';
  const orderBy = {
    name: `v.name COLLATE "vi-x-icu" ${dir}`,
    code: `v.official_code ${dir} NULLS LAST, v.name COLLATE "vi-x-icu"`,
    type: `v.type ${dir}, v.name COLLATE "vi-x-icu"`,
  }[f.sort];
  return { where: where.join(' AND '), orderBy: `${orderBy}, v.id`, params };
}

export async function listVersionsAsOf(db: Queryable, f: ListFilter): Promise<{ rows: VersionRow[]; total: number }> {
  const { where, orderBy, params } = listSql(f);
  const total = await countVersionsAsOf(db, f);
  const { rows } = await db.query<VersionRow>(
    `SELECT ${VERSION_COLS}, pv.name AS parent_name
       FROM org_unit_version v
       LEFT JOIN org_unit_version pv ON pv.unit_id = v.parent_id AND pv.validity @> $1::date
      WHERE ${where}
      ORDER BY ${orderBy}
      LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`,
    params,
  );
  return { rows, total };
}

export async function countVersionsAsOf(db: Queryable, f: Omit<ListFilter, 'limit' | 'offset'>): Promise<number> {
  const { where, params } = listSql(f);
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM org_unit_version v WHERE ${where}`, params);
  return rows[0]!.n;
}

export type ExportVersionRow = VersionRow & { child_count: number };

/**
 * Every unit of the list filter, in list order, with its parent's name and its number of direct
 * sub-units on that day — streamed through a cursor for exports of any size.
 */
export function streamVersionsAsOf(db: Db, f: Omit<ListFilter, 'limit' | 'offset'>): AsyncGenerator<ExportVersionRow[]> {
  const { where, orderBy, params } = listSql(f);
  return streamRows<ExportVersionRow>(
    db,
    `SELECT ${VERSION_COLS}, pv.name AS parent_name, coalesce(cc.n, 0)::int AS child_count
       FROM org_unit_version v
       LEFT JOIN org_unit_version pv ON pv.unit_id = v.parent_id AND pv.validity @> $1::date
       LEFT JOIN (SELECT c.parent_id, count(*) AS n FROM org_unit_version c WHERE c.validity @> $1::date GROUP BY c.parent_id) cc
              ON cc.parent_id = v.unit_id
      WHERE ${where}
      ORDER BY ${orderBy}`,
    params,
  );
}

/**
 * Diacritic-insensitive search (đ→d). Exact matches, then matches with the same diacritics, then
 * folded substring matches, then trigram neighbours (typos) rank in that order.
 */
export async function searchVersions(
  db: Queryable,
  q: string,
  opts: { asOf?: string; includeHistorical: boolean; type?: string; limit: number },
): Promise<VersionRow[]> {
  const params: unknown[] = [q, opts.limit];
  const where: string[] = [];
  if (opts.asOf && !opts.includeHistorical) {
    params.push(opts.asOf);
    where.push(`v.validity @> $${params.length}::date`);
  }
  if (opts.type) {
    params.push(opts.type);
    where.push(`v.type = $${params.length}`);
  }
  const extra = where.length ? `AND ${where.join(' AND ')}` : '';
  // One row per unit: its latest version among those that match.
  const { rows } = await db.query<VersionRow & { rank: number }>(
    `WITH m AS (
       SELECT ${VERSION_COLS},
              (CASE WHEN lower(v.name) = lower($1) THEN 0
                    WHEN v.name ILIKE '%' || $1 || '%' THEN 1
                    WHEN v.search_text LIKE '%' || vn_fold($1) || '%' THEN 2
                    ELSE 3 END) AS rank,
              similarity(v.search_text, vn_fold($1)) AS sim
         FROM org_unit_version v
        WHERE (v.search_text LIKE '%' || vn_fold($1) || '%' OR v.search_text % vn_fold($1)) ${extra}
     ), best AS (
       SELECT DISTINCT ON (unit_id) * FROM m ORDER BY unit_id, valid_from DESC NULLS LAST
     )
     SELECT *, NULL::text AS parent_name FROM best
      ORDER BY rank, sim DESC, (valid_to IS NULL) DESC, name COLLATE "vi-x-icu"
      LIMIT $2`,
    params,
  );
  return rows;
}

export async function findVersionsOfUnit(db: Queryable, unitId: string): Promise<VersionRow[]> {
  const { rows } = await db.query<VersionRow>(
    `SELECT ${VERSION_COLS},
            (SELECT pv.name FROM org_unit_version pv WHERE pv.unit_id = v.parent_id
              ORDER BY (pv.validity @> coalesce(v.valid_from, v.valid_to, current_date)) DESC, pv.valid_from DESC NULLS LAST LIMIT 1) AS parent_name
       FROM org_unit_version v WHERE v.unit_id = $1
      ORDER BY v.valid_from ASC NULLS FIRST`,
    [unitId],
  );
  return rows;
}

export async function findUnit(db: Queryable, unitId: string): Promise<{ id: string; external_key: string | null; root_id: string | null } | null> {
  const { rows } = await db.query<{ id: string; external_key: string | null; root_id: string | null }>(
    'SELECT id, external_key, root_id FROM org_unit WHERE id = $1',
    [unitId],
  );
  return rows[0] ?? null;
}

/** Locks the units' identity rows so that two structural actions on them run one after the other. */
export async function lockUnits(db: Queryable, unitIds: string[]): Promise<number> {
  const { rowCount } = await db.query('SELECT 1 FROM org_unit WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [unitIds]);
  return rowCount ?? 0;
}

export async function findVersionAt(db: Queryable, unitId: string, date: string): Promise<VersionRow | null> {
  const { rows } = await db.query<VersionRow>(
    `SELECT ${VERSION_COLS}, NULL::text AS parent_name FROM org_unit_version v WHERE v.unit_id = $1 AND v.validity @> $2::date`,
    [unitId, date],
  );
  return rows[0] ?? null;
}

export async function hasVersionAfter(db: Queryable, unitId: string, date: string): Promise<boolean> {
  const { rowCount } = await db.query(
    'SELECT 1 FROM org_unit_version WHERE unit_id = $1 AND valid_from > $2::date LIMIT 1',
    [unitId, date],
  );
  return (rowCount ?? 0) > 0;
}

export async function insertUnit(db: Queryable, rootId: string | null): Promise<string> {
  const { rows } = await db.query<{ id: string }>('INSERT INTO org_unit (root_id) VALUES ($1) RETURNING id', [rootId]);
  const id = rows[0]!.id;
  if (!rootId) await db.query('UPDATE org_unit SET root_id = id WHERE id = $1', [id]);
  return id;
}

export type NewVersion = {
  unitId: string;
  name: string;
  shortName: string | null;
  type: string;
  officialCode: string | null;
  parentId: string | null;
  validFrom: string | null;
  validTo: string | null;
  uncertain?: boolean;
  note: string | null;
  source: string | null;
};

export async function insertVersion(db: Queryable, v: NewVersion): Promise<void> {
  await db.query(
    `INSERT INTO org_unit_version (unit_id, name, short_name, type, official_code, parent_id, valid_from, valid_to, uncertain, note, source)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [v.unitId, v.name, v.shortName, v.type, v.officialCode, v.parentId, v.validFrom, v.validTo, v.uncertain ?? false, v.note, v.source],
  );
}

export async function setVersionEnd(db: Queryable, versionId: string, validTo: string): Promise<void> {
  await db.query('UPDATE org_unit_version SET valid_to = $2 WHERE id = $1', [versionId, validTo]);
}

export async function updateVersionInPlace(
  db: Queryable,
  versionId: string,
  v: Pick<NewVersion, 'name' | 'shortName' | 'type' | 'officialCode' | 'parentId' | 'note'>,
): Promise<void> {
  await db.query(
    `UPDATE org_unit_version SET name = $2, short_name = $3, type = $4, official_code = $5, parent_id = $6, note = $7 WHERE id = $1`,
    [versionId, v.name, v.shortName, v.type, v.officialCode, v.parentId, v.note],
  );
}

export async function deleteVersion(db: Queryable, versionId: string): Promise<void> {
  await db.query('DELETE FROM org_unit_version WHERE id = $1', [versionId]);
}

export async function findChildrenAt(db: Queryable, unitId: string, date: string): Promise<VersionRow[]> {
  const { rows } = await db.query<VersionRow>(
    `SELECT ${VERSION_COLS}, NULL::text AS parent_name FROM org_unit_version v WHERE v.parent_id = $1 AND v.validity @> $2::date`,
    [unitId, date],
  );
  return rows;
}

export async function countChildrenAt(db: Queryable, unitId: string, date: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM org_unit_version WHERE parent_id = $1 AND validity @> $2::date',
    [unitId, date],
  );
  return rows[0]!.n;
}

/** Another unit using the same official code at some point from `from` on. */
export async function findCodeClash(db: Queryable, code: string, from: string, exceptUnitId: string | null): Promise<string | null> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT name FROM org_unit_version
      WHERE official_code = $1 AND validity && daterange($2::date, NULL, '[]')
        AND unit_id IS DISTINCT FROM $3 LIMIT 1`,
    [code, from, exceptUnitId],
  );
  return rows[0]?.name ?? null;
}

export async function insertEvent(
  db: Queryable,
  e: { kind: string; effectiveDate: string; legalBasis: string | null; note: string | null; createdBy: string | null },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO org_unit_event (kind, effective_date, legal_basis, note, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [e.kind, e.effectiveDate, e.legalBasis, e.note, e.createdBy],
  );
  return rows[0]!.id;
}

export async function insertSuccession(
  db: Queryable,
  s: { eventId: string; from: string; to: string; kind: string; share: string; date: string; note: string | null },
): Promise<void> {
  await db.query(
    `INSERT INTO org_unit_succession (event_id, predecessor_id, successor_id, kind, share, effective_date, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [s.eventId, s.from, s.to, s.kind, s.share, s.date, s.note],
  );
}

export type SuccessionRow = {
  id: string;
  kind: string;
  share: string;
  effective_date: string;
  unit_id: string;
  unit_name: string;
  unit_code: string | null;
  uncertain: boolean;
  note: string | null;
};

/** Successions into (`direction` = 'predecessors') or out of the unit, with the other unit's name then. */
export async function findSuccessions(db: Queryable, unitId: string, direction: 'predecessors' | 'successors'): Promise<SuccessionRow[]> {
  const [mine, other, nameDay] =
    direction === 'predecessors'
      ? ['successor_id', 'predecessor_id', "s.effective_date - 1"]
      : ['predecessor_id', 'successor_id', 's.effective_date'];
  const { rows } = await db.query<SuccessionRow>(
    `SELECT s.id, s.kind, s.share, s.effective_date, s.uncertain, s.note, s.${other} AS unit_id,
            ov.name AS unit_name, ov.official_code AS unit_code
       FROM org_unit_succession s
       LEFT JOIN LATERAL (
         SELECT name, official_code FROM org_unit_version v WHERE v.unit_id = s.${other}
          ORDER BY (v.validity @> (${nameDay})::date) DESC, v.valid_from DESC NULLS LAST LIMIT 1
       ) ov ON true
      WHERE s.${mine} = $1
      ORDER BY s.effective_date, ov.name COLLATE "vi-x-icu"`,
    [unitId],
  );
  return rows;
}

/** Follows successions from a unit until units that exist on `asOf` (today's heirs of an old unit). */
export async function findCurrentSuccessors(
  db: Queryable,
  unitId: string,
  asOf: string,
): Promise<{ id: string; name: string; official_code: string | null }[]> {
  const { rows } = await db.query<{ id: string; name: string; official_code: string | null }>(
    `WITH RECURSIVE chain(unit_id, depth) AS (
       SELECT successor_id, 1 FROM org_unit_succession WHERE predecessor_id = $1
       UNION
       SELECT s.successor_id, c.depth + 1 FROM chain c
         JOIN org_unit_succession s ON s.predecessor_id = c.unit_id
        WHERE c.depth < 20
     )
     SELECT DISTINCT v.unit_id AS id, v.name, v.official_code
       FROM chain c JOIN org_unit_version v ON v.unit_id = c.unit_id AND v.validity @> $2::date
      ORDER BY v.name`,
    [unitId, asOf],
  );
  return rows;
}

export type ProfileRow = {
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  head_name: string | null;
  version: number;
};

export async function findProfile(db: Queryable, unitId: string): Promise<ProfileRow> {
  const { rows } = await db.query<ProfileRow>(
    'SELECT address, phone, email, website, head_name, version FROM org_unit_profile WHERE unit_id = $1',
    [unitId],
  );
  return rows[0] ?? { address: null, phone: null, email: null, website: null, head_name: null, version: 1 };
}

/** Writes the profile only if it is still at `version`; returns false on a stale version. */
export async function saveProfile(db: Queryable, unitId: string, p: Omit<ProfileRow, 'version'>, version: number): Promise<boolean> {
  if (version === 1) {
    const ins = await db.query(
      `INSERT INTO org_unit_profile (unit_id, address, phone, email, website, head_name, version)
       VALUES ($1, $2, $3, $4, $5, $6, 2) ON CONFLICT (unit_id) DO NOTHING`,
      [unitId, p.address, p.phone, p.email, p.website, p.head_name],
    );
    if (ins.rowCount) return true;
  }
  const upd = await db.query(
    `UPDATE org_unit_profile SET address = $2, phone = $3, email = $4, website = $5, head_name = $6,
            version = version + 1, updated_at = now()
      WHERE unit_id = $1 AND version = $7`,
    [unitId, p.address, p.phone, p.email, p.website, p.head_name, version],
  );
  return (upd.rowCount ?? 0) > 0;
}

export async function findAncestorsWithNames(db: Queryable, ids: string[], asOf: string) {
  const { rows } = await db.query<{ id: string; name: string; type: UnitType }>(
    `SELECT v.unit_id AS id, v.name, v.type FROM org_unit_version v
      WHERE v.unit_id = ANY($1::uuid[]) AND v.validity @> $2::date`,
    [ids, asOf],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is NonNullable<typeof r> => Boolean(r));
}

export type CodeUseRow = VersionRow & { valid_on_date: boolean };

/** Versions carrying one of `codes` at some point from `date` on (valid that day, or later). */
export async function findVersionsByCodesFrom(db: Queryable, codes: string[], date: string): Promise<CodeUseRow[]> {
  const { rows } = await db.query<CodeUseRow>(
    `SELECT ${VERSION_COLS}, NULL::text AS parent_name, (v.validity @> $2::date) AS valid_on_date
       FROM org_unit_version v
      WHERE v.official_code = ANY($1::text[]) AND v.validity && daterange($2::date, NULL, '[]')`,
    [codes, date],
  );
  return rows;
}

/** Of `unitIds`, those with a version starting after `date` (a change from `date` would be out of order). */
export async function findUnitsChangedAfter(db: Queryable, unitIds: string[], date: string): Promise<Set<string>> {
  if (unitIds.length === 0) return new Set();
  const { rows } = await db.query<{ unit_id: string }>(
    'SELECT DISTINCT unit_id FROM org_unit_version WHERE unit_id = ANY($1::uuid[]) AND valid_from > $2::date',
    [unitIds, date],
  );
  return new Set(rows.map((r) => r.unit_id));
}

/** Every succession (for carrying old values to today's units). */
export async function findAllSuccessions(db: Queryable): Promise<{ from: string; to: string; share: 'full' | 'partial' }[]> {
  const { rows } = await db.query<{ from: string; to: string; share: 'full' | 'partial' }>(
    'SELECT predecessor_id AS "from", successor_id AS "to", share FROM org_unit_succession',
  );
  return rows;
}

/** The units that, through successions, became any of `unitIds` (not including them). */
export async function findPredecessorClosure(db: Queryable, unitIds: string[]): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `WITH RECURSIVE back(id, depth) AS (
       SELECT predecessor_id, 1 FROM org_unit_succession WHERE successor_id = ANY($1::uuid[])
       UNION
       SELECT s.predecessor_id, b.depth + 1 FROM back b JOIN org_unit_succession s ON s.successor_id = b.id WHERE b.depth < 20
     ) SELECT DISTINCT id FROM back`,
    [unitIds],
  );
  return rows.map((r) => r.id);
}

/** Versions of the given units valid on a day (units that did not exist then are left out). */
export async function findVersionsOfUnitsAt(db: Queryable, unitIds: string[], asOf: string): Promise<VersionRow[]> {
  const { rows } = await db.query<VersionRow>(
    `SELECT ${VERSION_COLS}, NULL::text AS parent_name FROM org_unit_version v WHERE v.unit_id = ANY($1::uuid[]) AND v.validity @> $2::date`,
    [unitIds, asOf],
  );
  return rows;
}

/** Changes whenever the structure changes: structural actions always record an event. */
export async function findStructureStamp(db: Queryable): Promise<string> {
  const { rows } = await db.query<{ stamp: string }>(`SELECT count(*)::text || ':' || coalesce(max(created_at)::text, '') AS stamp FROM org_unit_event`);
  return rows[0]!.stamp;
}
