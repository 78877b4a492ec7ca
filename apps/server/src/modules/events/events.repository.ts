import type { CoverageInput, EventInput, EventKind, ProductCategory, ProductInput } from '@lantoa/contracts/events';
import type { Queryable } from '../../platform/db/db.ts';

const nameOf = (col: string) => `(SELECT v.name FROM org_unit_version v WHERE v.unit_id = ${col} ORDER BY v.valid_from DESC NULLS LAST LIMIT 1)`;

export type EventRow = {
  id: string;
  kind: EventKind;
  title: string;
  theme: string | null;
  starts_on: string;
  ends_on: string;
  place: string | null;
  organiser_unit_id: string;
  organiser_unit_name: string;
  organiser_unit_code: string | null;
  description: string | null;
  registrations: number | null;
  attendance: number | null;
  is_demo: boolean;
  lock_version: number;
  updated_at: Date;
  product_count: number;
  coverage_count: number;
};

const COLS = `e.id, e.kind, e.title, e.theme, to_char(e.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(e.ends_on, 'YYYY-MM-DD') AS ends_on, e.place,
  e.organiser_unit_id, ${nameOf('e.organiser_unit_id')} AS organiser_unit_name,
  (SELECT coalesce(v.official_code, ou.external_key) FROM org_unit ou LEFT JOIN LATERAL (SELECT official_code FROM org_unit_version WHERE unit_id = ou.id ORDER BY valid_from DESC NULLS LAST LIMIT 1) v ON true WHERE ou.id = e.organiser_unit_id) AS organiser_unit_code,
  e.description, e.registrations, e.attendance, e.is_demo,
  e.lock_version, e.updated_at,
  (SELECT count(*) FROM make_product p WHERE p.event_id = e.id)::int AS product_count,
  (SELECT count(*) FROM dx_event_coverage c WHERE c.event_id = e.id)::int AS coverage_count`;

const ORDER: Record<string, string> = {
  starts_on: 'e.starts_on, e.title COLLATE "vi-x-icu", e.id',
  '-starts_on': 'e.starts_on DESC, e.title COLLATE "vi-x-icu", e.id',
  title: 'e.title COLLATE "vi-x-icu", e.id',
  attendance: 'e.attendance DESC NULLS LAST, e.starts_on DESC, e.id',
};

export type EventFilter = {
  year?: number;
  month?: number;
  kind?: string;
  organiserUnitId?: string;
  q?: string;
  sort: string;
  /** Null: every unit (public pages, or a reader of the whole tree). */
  scopeUnitIds: string[] | null;
  limit: number;
  offset: number;
};

export async function listEvents(db: Queryable, f: EventFilter): Promise<{ rows: EventRow[]; total: number }> {
  const where = ['true'];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.year && f.month) {
    const from = `make_date(${p(f.year)}, ${p(f.month)}, 1)`;
    where.push(`e.starts_on < (${from} + interval '1 month')::date AND e.ends_on >= ${from}`);
  } else if (f.year) where.push(`e.starts_on <= make_date(${p(f.year)}, 12, 31) AND e.ends_on >= make_date(${p(f.year)}, 1, 1)`);
  if (f.kind) where.push(`e.kind = ${p(f.kind)}`);
  if (f.organiserUnitId) where.push(`e.organiser_unit_id = ${p(f.organiserUnitId)}`);
  if (f.q) {
    where.push(
      `vn_fold(e.title || ' ' || coalesce(e.theme, '') || ' ' || coalesce(e.place, '') || ' ' ||
        coalesce((SELECT string_agg(mp.name || ' ' || mp.company, ' ') FROM make_product mp WHERE mp.event_id = e.id), '')) LIKE '%' || vn_fold(${p(f.q)}) || '%'`,
    );
  }
  if (f.scopeUnitIds) where.push(`e.organiser_unit_id = ANY(${p(f.scopeUnitIds)}::uuid[])`);
  const w = where.join(' AND ');
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM dx_event e WHERE ${w}`, params);
  // Exact title matches first, then the asked order.
  const exact = f.q ? `(lower(e.title) = lower(${p(f.q)})) DESC, ` : '';
  const { rows } = await db.query<EventRow>(
    `SELECT ${COLS} FROM dx_event e WHERE ${w} ORDER BY ${exact}${ORDER[f.sort] ?? ORDER['-starts_on']} LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`,
    params,
  );
  return { rows, total: total.rows[0]!.n };
}

export async function findEvent(db: Queryable, id: string, opts: { forUpdate?: boolean } = {}): Promise<EventRow | null> {
  if (opts.forUpdate) await db.query('SELECT 1 FROM dx_event WHERE id = $1 FOR UPDATE', [id]);
  const { rows } = await db.query<EventRow>(`SELECT ${COLS} FROM dx_event e WHERE e.id = $1`, [id]);
  return rows[0] ?? null;
}

type EventFields = Omit<EventInput, 'coverage' | 'products'>;

export async function insertEvent(db: Queryable, e: EventFields, createdBy: string | null, isDemo = false): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO dx_event (kind, title, theme, starts_on, ends_on, place, organiser_unit_id, description, registrations, attendance, is_demo, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [e.kind, e.title, e.theme, e.startsOn, e.endsOn, e.place, e.organiserUnitId, e.description, e.registrations, e.attendance, isDemo, createdBy],
  );
  return rows[0]!.id;
}

/** Saves only if the event is still at `lockVersion` (null: the caller holds the row lock); false means someone saved first. */
export async function updateEvent(db: Queryable, id: string, e: EventFields, lockVersion: number | null): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE dx_event SET kind = $2, title = $3, theme = $4, starts_on = $5, ends_on = $6, place = $7, organiser_unit_id = $8, description = $9,
            registrations = $10, attendance = $11, lock_version = lock_version + 1, updated_at = now()
      WHERE id = $1 AND ($12::int IS NULL OR lock_version = $12)`,
    [id, e.kind, e.title, e.theme, e.startsOn, e.endsOn, e.place, e.organiserUnitId, e.description, e.registrations, e.attendance, lockVersion],
  );
  return (rowCount ?? 0) > 0;
}

export async function bumpEventVersion(db: Queryable, id: string): Promise<void> {
  await db.query('UPDATE dx_event SET lock_version = lock_version + 1, updated_at = now() WHERE id = $1', [id]);
}

export async function deleteEvent(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM dx_event WHERE id = $1', [id]);
}

export type CoverageRow = { id: string; title: string; url: string };

export async function findCoverage(db: Queryable, eventId: string): Promise<CoverageRow[]> {
  const { rows } = await db.query<CoverageRow>('SELECT id, title, url FROM dx_event_coverage WHERE event_id = $1 ORDER BY sort, id', [eventId]);
  return rows;
}

export async function replaceCoverage(db: Queryable, eventId: string, list: CoverageInput[]): Promise<void> {
  await db.query('DELETE FROM dx_event_coverage WHERE event_id = $1', [eventId]);
  if (list.length === 0) return;
  await db.query(
    `INSERT INTO dx_event_coverage (event_id, sort, title, url) SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[])`,
    [eventId, list.map((_, i) => i), list.map((c) => c.title), list.map((c) => c.url)],
  );
}

export type ProductRow = {
  id: string;
  event_id: string;
  year: number;
  name: string;
  company: string;
  category: ProductCategory;
  description: string | null;
  link: string | null;
};
const PRODUCT_COLS = 'p.id, p.event_id, p.year, p.name, p.company, p.category, p.description, p.link';

export async function findProducts(db: Queryable, eventId: string): Promise<ProductRow[]> {
  const { rows } = await db.query<ProductRow>(`SELECT ${PRODUCT_COLS} FROM make_product p WHERE p.event_id = $1 ORDER BY p.sort, p.id`, [eventId]);
  return rows;
}

/** Products of an event are replaced as one table; their year is the event's. */
export async function replaceProducts(db: Queryable, eventId: string, year: number, list: ProductInput[]): Promise<void> {
  await db.query('DELETE FROM make_product WHERE event_id = $1', [eventId]);
  if (list.length === 0) return;
  await db.query(
    `INSERT INTO make_product (event_id, year, sort, name, company, category, description, link)
     SELECT $1, $2, * FROM unnest($3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])`,
    [eventId, year, list.map((_, i) => i), list.map((x) => x.name), list.map((x) => x.company), list.map((x) => x.category), list.map((x) => x.description), list.map((x) => x.link)],
  );
}

export type PublicProductRow = ProductRow & { event_title: string; event_starts_on: string };

/** Products of every event (public), newest year first, optionally of one year or category. */
export async function listPublicProducts(db: Queryable, f: { year?: number; category?: string }): Promise<PublicProductRow[]> {
  const { rows } = await db.query<PublicProductRow>(
    `SELECT ${PRODUCT_COLS}, e.title AS event_title, to_char(e.starts_on, 'YYYY-MM-DD') AS event_starts_on
       FROM make_product p JOIN dx_event e ON e.id = p.event_id
      WHERE ($1::int IS NULL OR p.year = $1) AND ($2::text IS NULL OR p.category = $2)
      ORDER BY p.year DESC, p.category, p.name COLLATE "vi-x-icu", p.id`,
    [f.year ?? null, f.category ?? null],
  );
  return rows;
}

export async function findProductYears(db: Queryable): Promise<number[]> {
  const { rows } = await db.query<{ year: number }>('SELECT DISTINCT year FROM make_product ORDER BY year DESC');
  return rows.map((r) => r.year);
}

export type PhotoRow = { id: string; file_id: string; caption: string | null; name: string };

export async function findPhotos(db: Queryable, eventId: string): Promise<PhotoRow[]> {
  const { rows } = await db.query<PhotoRow>(
    `SELECT ph.id, ph.file_id, ph.caption, f.name FROM dx_event_photo ph JOIN stored_file f ON f.id = ph.file_id
      WHERE ph.event_id = $1 ORDER BY ph.created_at, ph.id`,
    [eventId],
  );
  return rows;
}

export async function insertPhoto(db: Queryable, eventId: string, fileId: string, caption: string | null): Promise<string> {
  const { rows } = await db.query<{ id: string }>('INSERT INTO dx_event_photo (event_id, file_id, caption) VALUES ($1, $2, $3) RETURNING id', [eventId, fileId, caption]);
  return rows[0]!.id;
}

export async function deletePhoto(db: Queryable, eventId: string, photoId: string): Promise<PhotoRow | null> {
  const { rows } = await db.query<PhotoRow>(
    `DELETE FROM dx_event_photo ph USING stored_file f WHERE ph.id = $2 AND ph.event_id = $1 AND f.id = ph.file_id RETURNING ph.id, ph.file_id, ph.caption, f.name`,
    [eventId, photoId],
  );
  return rows[0] ?? null;
}

/** The photo's file, if it belongs to an event (public pages show such photos). */
export async function findEventPhotoFile(db: Queryable, photoId: string): Promise<{ file_id: string } | null> {
  const { rows } = await db.query<{ file_id: string }>('SELECT file_id FROM dx_event_photo WHERE id = $1', [photoId]);
  return rows[0] ?? null;
}

export async function unitExists(db: Queryable, id: string): Promise<boolean> {
  const { rowCount } = await db.query('SELECT 1 FROM org_unit WHERE id = $1', [id]);
  return (rowCount ?? 0) > 0;
}

/** Another National DX Day already recorded for that year (there is one a year). */
export async function findNationalDayOfYear(db: Queryable, year: number, exceptId: string | null): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM dx_event WHERE kind = 'national_dx_day' AND starts_on = make_date($1, 10, 10) AND ($2::uuid IS NULL OR id <> $2) LIMIT 1`,
    [year, exceptId],
  );
  return rows[0]?.id ?? null;
}

/** Events by (organiser, title, start): the natural key of an import. */
export async function findEventsByKeys(db: Queryable, keys: { unitId: string; title: string; startsOn: string }[]): Promise<Map<string, EventRow>> {
  if (keys.length === 0) return new Map();
  const { rows } = await db.query<EventRow>(
    `SELECT ${COLS} FROM dx_event e JOIN unnest($1::uuid[], $2::text[], $3::date[]) AS k(unit_id, title, starts_on)
       ON e.organiser_unit_id = k.unit_id AND lower(e.title) = lower(k.title) AND e.starts_on = k.starts_on`,
    [keys.map((k) => k.unitId), keys.map((k) => k.title), keys.map((k) => k.startsOn)],
  );
  return new Map(rows.map((r) => [eventKey(r.organiser_unit_id, r.title, r.starts_on), r]));
}

export const eventKey = (unitId: string, title: string, startsOn: string) => `${unitId}|${title.toLowerCase()}|${startsOn}`;

/** Events not yet over on `fromIso`, soonest first. */
export async function listUpcoming(db: Queryable, fromIso: string, limit: number): Promise<EventRow[]> {
  const { rows } = await db.query<EventRow>(`SELECT ${COLS} FROM dx_event e WHERE e.ends_on >= $1 ORDER BY e.starts_on, e.id LIMIT $2`, [fromIso, limit]);
  return rows;
}

export async function findStoredBlob(db: Queryable, fileId: string): Promise<{ sha256: string; mime: string; size: number } | null> {
  const { rows } = await db.query<{ sha256: string; mime: string; size: string }>('SELECT sha256, mime, size FROM stored_file WHERE id = $1', [fileId]);
  return rows[0] ? { sha256: rows[0].sha256, mime: rows[0].mime, size: Number(rows[0].size) } : null;
}
