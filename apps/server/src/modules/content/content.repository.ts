import type { ContentKind, ContentStatus } from '@lantoa/contracts/content';
import type { Queryable } from '../../platform/db/db.ts';

const nameOf = (col: string) => `(SELECT v.name FROM org_unit_version v WHERE v.unit_id = ${col} ORDER BY v.valid_from DESC NULLS LAST LIMIT 1)`;

export type ItemFields = {
  kind: ContentKind;
  title: string;
  summary: string | null;
  bodyHtml: string;
  bodyText: string;
  unitId: string;
  inColumn: boolean;
  audiences: string[];
  channels: string[];
  taskAreas: number[];
  tags: string[];
  publishAt: string | null;
  coverFileId: string | null;
};

export type ItemRow = {
  id: string;
  kind: ContentKind;
  title: string;
  slug: string;
  summary: string | null;
  body_html: string;
  body_text: string;
  unit_id: string;
  unit_name: string;
  in_column: boolean;
  audiences: string[];
  channels: string[];
  task_areas: number[];
  tags: string[];
  status: ContentStatus;
  publish_at: Date | null;
  published_at: Date | null;
  cover_file_id: string | null;
  version_no: number;
  lock_version: number;
  is_demo: boolean;
  created_at: Date;
  updated_at: Date;
  usage_count: number;
};

const ITEM_COLS = `c.id, c.kind, c.title, c.slug, c.summary, c.body_html, c.body_text, c.unit_id, ${nameOf('c.unit_id')} AS unit_name, c.in_column,
  c.audiences, c.channels, c.task_areas, c.tags, c.status, c.publish_at, c.published_at, c.cover_file_id, c.version_no, c.lock_version,
  c.is_demo, c.created_at, c.updated_at, (SELECT count(*) FROM content_usage u WHERE u.item_id = c.id)::int AS usage_count`;

export async function findItem(db: Queryable, id: string, opts: { forUpdate?: boolean } = {}): Promise<ItemRow | null> {
  if (opts.forUpdate) await db.query('SELECT 1 FROM content_item WHERE id = $1 FOR UPDATE', [id]);
  const { rows } = await db.query<ItemRow>(`SELECT ${ITEM_COLS} FROM content_item c WHERE c.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function findPublishedBySlug(db: Queryable, slug: string): Promise<ItemRow | null> {
  const { rows } = await db.query<ItemRow>(`SELECT ${ITEM_COLS} FROM content_item c WHERE c.slug = $1 AND c.status = 'published'`, [slug]);
  return rows[0] ?? null;
}

export async function isSlugTaken(db: Queryable, slug: string): Promise<boolean> {
  const { rowCount } = await db.query('SELECT 1 FROM content_item WHERE slug = $1', [slug]);
  return (rowCount ?? 0) > 0;
}

export async function insertItem(db: Queryable, f: ItemFields, slug: string, createdBy: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO content_item (kind, title, slug, summary, body_html, body_text, unit_id, in_column, audiences, channels, task_areas, tags, publish_at, cover_file_id, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
    [f.kind, f.title, slug, f.summary, f.bodyHtml, f.bodyText, f.unitId, f.inColumn, f.audiences, f.channels, f.taskAreas, f.tags, f.publishAt, f.coverFileId, createdBy],
  );
  return rows[0]!.id;
}

/** Saves only if the item is still at `lockVersion`; false means someone saved first. */
export async function updateItem(db: Queryable, id: string, f: ItemFields, lockVersion: number): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE content_item SET kind = $2, title = $3, summary = $4, body_html = $5, body_text = $6, unit_id = $7, in_column = $8, audiences = $9,
            channels = $10, task_areas = $11, tags = $12, publish_at = $13, cover_file_id = $14,
            version_no = version_no + 1, lock_version = lock_version + 1, updated_at = now()
      WHERE id = $1 AND lock_version = $15`,
    [id, f.kind, f.title, f.summary, f.bodyHtml, f.bodyText, f.unitId, f.inColumn, f.audiences, f.channels, f.taskAreas, f.tags, f.publishAt, f.coverFileId, lockVersion],
  );
  return (rowCount ?? 0) > 0;
}

export async function setStatus(db: Queryable, id: string, status: ContentStatus, lockVersion: number, opts: { publishAt?: Date | null } = {}): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE content_item SET status = $2,
            published_at = CASE WHEN $2 = 'published' THEN coalesce(published_at, now()) WHEN $2 IN ('draft', 'review') THEN NULL ELSE published_at END,
            publish_at = CASE WHEN $4::boolean THEN $5::timestamptz ELSE publish_at END,
            lock_version = lock_version + 1, updated_at = now()
      WHERE id = $1 AND lock_version = $3`,
    [id, status, lockVersion, opts.publishAt !== undefined, opts.publishAt ?? null],
  );
  return (rowCount ?? 0) > 0;
}

/** Scheduled items whose time has come, locked so two workers never publish one twice. */
export async function findDueScheduled(db: Queryable, now: Date, limit = 100): Promise<{ id: string; title: string; lock_version: number }[]> {
  const { rows } = await db.query<{ id: string; title: string; lock_version: number }>(
    `SELECT id, title, lock_version FROM content_item WHERE status = 'scheduled' AND publish_at <= $1 ORDER BY publish_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
    [now, limit],
  );
  return rows;
}

/** Scheduled items publish at their own time, not at the time the job happened to run. */
export async function publishScheduled(db: Queryable, id: string): Promise<void> {
  await db.query(
    `UPDATE content_item SET status = 'published', published_at = publish_at, lock_version = lock_version + 1, updated_at = now() WHERE id = $1 AND status = 'scheduled'`,
    [id],
  );
}

export async function insertVersion(db: Queryable, v: { itemId: string; versionNo: number; data: unknown; userId: string | null; userName: string | null }): Promise<void> {
  await db.query(
    `INSERT INTO content_version (item_id, version_no, data, created_by, created_by_name) VALUES ($1, $2, $3, $4, $5)`,
    [v.itemId, v.versionNo, JSON.stringify(v.data), v.userId, v.userName],
  );
}

export type VersionRow = { version_no: number; created_at: Date; created_by_name: string | null; title: string; data: Record<string, unknown> };

export async function findVersions(db: Queryable, itemId: string): Promise<VersionRow[]> {
  const { rows } = await db.query<VersionRow>(
    `SELECT version_no, created_at, created_by_name, data->>'title' AS title, '{}'::jsonb AS data FROM content_version WHERE item_id = $1 ORDER BY version_no DESC`,
    [itemId],
  );
  return rows;
}

export async function findVersion(db: Queryable, itemId: string, versionNo: number): Promise<VersionRow | null> {
  const { rows } = await db.query<VersionRow>(
    `SELECT version_no, created_at, created_by_name, data->>'title' AS title, data FROM content_version WHERE item_id = $1 AND version_no = $2`,
    [itemId, versionNo],
  );
  return rows[0] ?? null;
}

const LIST_ORDER: Record<string, string> = {
  '-updated_at': 'c.updated_at DESC, c.id',
  updated_at: 'c.updated_at, c.id',
  title: 'c.title COLLATE "vi-x-icu", c.id',
  '-published_at': 'c.published_at DESC NULLS LAST, c.id',
};

/**
 * The library as an editor sees it: published items of every unit (the library is shared) and,
 * within `scopeUnitIds` (null = all), items in any state.
 */
export async function listItems(
  db: Queryable,
  f: { q?: string; kind?: string; status?: string; audience?: string; unitId?: string; sort: string; scopeUnitIds: string[] | null; limit: number; offset: number },
): Promise<{ rows: ItemRow[]; total: number }> {
  const where = ['true'];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.scopeUnitIds) where.push(`(c.status = 'published' OR c.unit_id = ANY(${p(f.scopeUnitIds)}::uuid[]))`);
  if (f.kind) where.push(`c.kind = ${p(f.kind)}`);
  if (f.status) where.push(`c.status = ${p(f.status)}`);
  if (f.audience) where.push(`${p(f.audience)} = ANY(c.audiences)`);
  if (f.unitId) where.push(`c.unit_id = ${p(f.unitId)}`);
  if (f.q) where.push(`c.search_text LIKE '%' || vn_fold(${p(f.q)}) || '%'`);
  const w = where.join(' AND ');
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM content_item c WHERE ${w}`, params);
  const { rows } = await db.query<ItemRow>(
    `SELECT ${ITEM_COLS} FROM content_item c WHERE ${w} ORDER BY ${LIST_ORDER[f.sort] ?? LIST_ORDER['-updated_at']} LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`,
    params,
  );
  return { rows, total: total.rows[0]!.n };
}

export type FileRow = {
  id: string;
  item_id: string;
  file_id: string;
  thumb_file_id: string | null;
  role: 'image' | 'video' | 'document';
  width: number | null;
  height: number | null;
  caption: string | null;
  name: string;
  mime: string;
  size: number;
};

export async function findFiles(db: Queryable, itemIds: string[]): Promise<FileRow[]> {
  if (itemIds.length === 0) return [];
  const { rows } = await db.query<FileRow>(
    `SELECT cf.id, cf.item_id, cf.file_id, cf.thumb_file_id, cf.role, cf.width, cf.height, cf.caption, f.name, f.mime, f.size::int AS size
       FROM content_file cf JOIN stored_file f ON f.id = cf.file_id WHERE cf.item_id = ANY($1::uuid[]) ORDER BY cf.item_id, cf.sort, cf.created_at`,
    [itemIds],
  );
  return rows;
}

export async function insertFile(
  db: Queryable,
  f: { itemId: string; fileId: string; thumbFileId: string | null; role: FileRow['role']; width: number | null; height: number | null; caption: string | null },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO content_file (item_id, file_id, thumb_file_id, role, width, height, caption, sort)
     VALUES ($1, $2, $3, $4, $5, $6, $7, (SELECT coalesce(max(sort), -1) + 1 FROM content_file WHERE item_id = $1)) RETURNING id`,
    [f.itemId, f.fileId, f.thumbFileId, f.role, f.width, f.height, f.caption],
  );
  return rows[0]!.id;
}

export async function deleteFile(db: Queryable, itemId: string, id: string): Promise<FileRow | null> {
  const { rows } = await db.query<FileRow>(
    `DELETE FROM content_file cf USING stored_file f WHERE cf.id = $2 AND cf.item_id = $1 AND f.id = cf.file_id
     RETURNING cf.id, cf.item_id, cf.file_id, cf.thumb_file_id, cf.role, cf.width, cf.height, cf.caption, f.name, f.mime, f.size::int AS size`,
    [itemId, id],
  );
  return rows[0] ?? null;
}

export async function bumpLock(db: Queryable, id: string, lockVersion: number): Promise<boolean> {
  const { rowCount } = await db.query('UPDATE content_item SET lock_version = lock_version + 1, updated_at = now() WHERE id = $1 AND lock_version = $2', [id, lockVersion]);
  return (rowCount ?? 0) > 0;
}

/** A stored file that belongs to a published item (as a file of it or as its thumbnail). */
export async function findPublicFile(db: Queryable, fileId: string): Promise<{ sha256: string; mime: string; name: string; size: number } | null> {
  const { rows } = await db.query<{ sha256: string; mime: string; name: string; size: number }>(
    `SELECT f.sha256, f.mime, f.name, f.size::int AS size FROM stored_file f
      WHERE f.id = $1 AND EXISTS (
        SELECT 1 FROM content_file cf JOIN content_item c ON c.id = cf.item_id
         WHERE c.status = 'published' AND (cf.file_id = f.id OR cf.thumb_file_id = f.id))`,
    [fileId],
  );
  return rows[0] ?? null;
}

export async function insertUsage(db: Queryable, u: { itemId: string; unitId: string; channel: string; usedOn: string; reach: number | null; note: string | null; createdBy: string }): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO content_usage (item_id, unit_id, channel, used_on, reach, note, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [u.itemId, u.unitId, u.channel, u.usedOn, u.reach, u.note, u.createdBy],
  );
  return rows[0]!.id;
}

export type UsageRow = {
  id: string;
  item_id: string;
  item_title: string;
  item_kind: ContentKind;
  unit_id: string;
  unit_name: string;
  channel: string;
  used_on: string;
  reach: number | null;
  note: string | null;
  created_at: Date;
};

export async function listUsage(
  db: Queryable,
  f: { itemId?: string; unitId?: string; channel?: string; year?: number; scopeUnitIds: string[] | null; limit: number; offset: number },
): Promise<{ rows: UsageRow[]; total: number; byItem: { item_id: string; title: string; kind: ContentKind; uses: number; units: number }[]; byChannel: { channel: string; uses: number }[] }> {
  const where = ['true'];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.itemId) where.push(`u.item_id = ${p(f.itemId)}`);
  if (f.unitId) where.push(`u.unit_id = ${p(f.unitId)}`);
  if (f.channel) where.push(`u.channel = ${p(f.channel)}`);
  if (f.year) where.push(`u.used_on BETWEEN make_date(${p(f.year)}, 1, 1) AND make_date(${p(f.year)}, 12, 31)`);
  if (f.scopeUnitIds) where.push(`u.unit_id = ANY(${p(f.scopeUnitIds)}::uuid[])`);
  const w = where.join(' AND ');
  const from = 'content_usage u JOIN content_item c ON c.id = u.item_id';
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${from} WHERE ${w}`, params);
  const { rows } = await db.query<UsageRow>(
    `SELECT u.id, u.item_id, c.title AS item_title, c.kind AS item_kind, u.unit_id, ${nameOf('u.unit_id')} AS unit_name, u.channel,
            to_char(u.used_on, 'YYYY-MM-DD') AS used_on, u.reach, u.note, u.created_at
       FROM ${from} WHERE ${w} ORDER BY u.used_on DESC, u.created_at DESC LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`,
    params,
  );
  const byItem = await db.query<{ item_id: string; title: string; kind: ContentKind; uses: number; units: number }>(
    `SELECT u.item_id, c.title, c.kind, count(*)::int AS uses, count(DISTINCT u.unit_id)::int AS units FROM ${from} WHERE ${w}
      GROUP BY u.item_id, c.title, c.kind ORDER BY uses DESC, c.title LIMIT 20`,
    params,
  );
  const byChannel = await db.query<{ channel: string; uses: number }>(
    `SELECT u.channel, count(*)::int AS uses FROM ${from} WHERE ${w} GROUP BY u.channel ORDER BY uses DESC`,
    params,
  );
  return { rows, total: total.rows[0]!.n, byItem: byItem.rows, byChannel: byChannel.rows };
}

/** Published column posts per unit and month of `year` (month 1–12). */
export async function countColumnPostRows(db: Queryable, f: { year: number; unitIds?: string[] | null }): Promise<{ unit_id: string; month: number; n: number }[]> {
  const { rows } = await db.query<{ unit_id: string; month: number; n: number }>(
    `SELECT unit_id, extract(month FROM published_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS month, count(*)::int AS n
       FROM content_item
      WHERE status = 'published' AND in_column
        AND published_at >= make_timestamptz($1, 1, 1, 0, 0, 0, 'Asia/Ho_Chi_Minh') AND published_at < make_timestamptz($1 + 1, 1, 1, 0, 0, 0, 'Asia/Ho_Chi_Minh')
        AND ($2::uuid[] IS NULL OR unit_id = ANY($2::uuid[]))
      GROUP BY 1, 2 ORDER BY 1, 2`,
    [f.year, f.unitIds ?? null],
  );
  return rows;
}

export async function findUsersWithRoleOnUnits(db: Queryable, unitIds: string[], roles: string[]): Promise<string[]> {
  const { rows } = await db.query<{ user_id: string }>(
    `SELECT DISTINCT a.user_id FROM role_assignment a JOIN app_user u ON u.id = a.user_id
      WHERE a.unit_id = ANY($1::uuid[]) AND a.role = ANY($2::text[]) AND u.is_active`,
    [unitIds, roles],
  );
  return rows.map((r) => r.user_id);
}

export async function unitExists(db: Queryable, id: string): Promise<boolean> {
  const { rowCount } = await db.query('SELECT 1 FROM org_unit WHERE id = $1', [id]);
  return (rowCount ?? 0) > 0;
}

/** Units with a column post published on or before `asOf` (a day, Vietnam time), each with its first day. */
export async function findColumnUnitsBy(db: Queryable, asOf: string): Promise<{ unit_id: string; first_on: string }[]> {
  const { rows } = await db.query<{ unit_id: string; first_on: string }>(
    `SELECT unit_id, to_char(min(published_at AT TIME ZONE 'Asia/Ho_Chi_Minh'), 'YYYY-MM-DD') AS first_on
       FROM content_item
      WHERE status = 'published' AND in_column AND published_at < ($1::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
      GROUP BY unit_id`,
    [asOf],
  );
  return rows;
}
