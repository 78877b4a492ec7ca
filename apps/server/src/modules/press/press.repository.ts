import type { ArticleInput, ArticleKind, ArticleSource, ChannelInput, ChannelKind } from '@lantoa/contracts/press';
import type { Queryable } from '../../platform/db/db.ts';
import type { FeedItem } from './press.feed.ts';

const nameOf = (col: string) => `(SELECT v.name FROM org_unit_version v WHERE v.unit_id = ${col} ORDER BY v.valid_from DESC NULLS LAST LIMIT 1)`;

/**
 * A press article that is a Lan Tỏa column post read back through the portal's feeds (their
 * guid/id is urn:uuid:<content item id>): the post itself counts, so the copy does not.
 */
const NOT_A_COLUMN_POST_COPY = `NOT CASE WHEN x.guid ~ '^urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
  THEN EXISTS (SELECT 1 FROM content_item i WHERE i.id = substr(x.guid, 10)::uuid AND i.status = 'published' AND i.in_column) ELSE false END`;

export type ChannelRow = {
  id: string;
  owner_unit_id: string;
  owner_unit_name: string;
  kind: ChannelKind;
  name: string;
  url: string | null;
  has_dx_column: boolean;
  column_title: string | null;
  column_url: string | null;
  column_since: string | null;
  feed_url: string | null;
  feed_status: 'ok' | 'failed' | null;
  feed_error: string | null;
  feed_pulled_at: Date | null;
  is_demo: boolean;
  lock_version: number;
  updated_at: Date;
  article_count: number;
  last_article_on: string | null;
};

const CHANNEL_COLS = `c.id, c.owner_unit_id, ${nameOf('c.owner_unit_id')} AS owner_unit_name, c.kind, c.name, c.url, c.has_dx_column, c.column_title, c.column_url,
  to_char(c.column_since, 'YYYY-MM-DD') AS column_since, c.feed_url, c.feed_status, c.feed_error, c.feed_pulled_at, c.is_demo, c.lock_version, c.updated_at,
  coalesce(a.n, 0)::int AS article_count, to_char(a.last_on, 'YYYY-MM-DD') AS last_article_on`;
const CHANNEL_FROM = `press_channel c LEFT JOIN LATERAL (SELECT count(*) AS n, max(published_on) AS last_on FROM press_article x WHERE x.channel_id = c.id) a ON true`;

const CHANNEL_ORDER: Record<string, string> = {
  name: 'c.name COLLATE "vi-x-icu", c.id',
  owner: `${nameOf('c.owner_unit_id')} COLLATE "vi-x-icu", c.name COLLATE "vi-x-icu", c.id`,
  kind: 'c.kind, c.name COLLATE "vi-x-icu", c.id',
  '-articles': 'article_count DESC, c.name COLLATE "vi-x-icu", c.id',
  '-last_article': 'a.last_on DESC NULLS LAST, c.id',
};

export type ChannelFilter = {
  kind?: string;
  hasDxColumn?: boolean;
  hasFeed?: boolean;
  ownerUnitId?: string;
  q?: string;
  sort: string;
  scopeUnitIds: string[] | null;
};

function channelWhere(f: ChannelFilter): { where: string; params: unknown[] } {
  const where = ['true'];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.kind) where.push(`c.kind = ${p(f.kind)}`);
  if (f.hasDxColumn !== undefined) where.push(`c.has_dx_column = ${p(f.hasDxColumn)}`);
  if (f.hasFeed !== undefined) where.push(f.hasFeed ? 'c.feed_url IS NOT NULL' : 'c.feed_url IS NULL');
  if (f.ownerUnitId) where.push(`c.owner_unit_id = ${p(f.ownerUnitId)}`);
  // Diacritics and đ fold away (vn_fold), so "bao da nang" finds "Báo Đà Nẵng".
  if (f.q) where.push(`(c.search_text LIKE '%' || vn_fold(${p(f.q)}) || '%' OR vn_fold(${nameOf('c.owner_unit_id')}) LIKE '%' || vn_fold(${p(f.q)}) || '%')`);
  if (f.scopeUnitIds) where.push(`c.owner_unit_id = ANY(${p(f.scopeUnitIds)}::uuid[])`);
  return { where: where.join(' AND '), params };
}

export async function listChannels(db: Queryable, f: ChannelFilter & { limit: number; offset: number }): Promise<{ rows: ChannelRow[]; total: number }> {
  const { where, params } = channelWhere(f);
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM press_channel c WHERE ${where}`, params);
  const { rows } = await db.query<ChannelRow>(
    `SELECT ${CHANNEL_COLS} FROM ${CHANNEL_FROM} WHERE ${where} ORDER BY ${CHANNEL_ORDER[f.sort] ?? CHANNEL_ORDER.name} LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`,
    params,
  );
  return { rows, total: total.rows[0]!.n };
}

export async function findChannel(db: Queryable, id: string, opts: { forUpdate?: boolean } = {}): Promise<ChannelRow | null> {
  if (opts.forUpdate) await db.query('SELECT 1 FROM press_channel WHERE id = $1 FOR UPDATE', [id]);
  const { rows } = await db.query<ChannelRow>(`SELECT ${CHANNEL_COLS} FROM ${CHANNEL_FROM} WHERE c.id = $1`, [id]);
  return rows[0] ?? null;
}

/** Channels of these names under these owners (for imports, matched by owner and name). */
export async function findChannelsByOwnerAndName(db: Queryable, pairs: { ownerUnitId: string; name: string }[]): Promise<Map<string, ChannelRow>> {
  if (pairs.length === 0) return new Map();
  const { rows } = await db.query<ChannelRow>(
    `SELECT ${CHANNEL_COLS} FROM ${CHANNEL_FROM}
      WHERE (c.owner_unit_id, lower(c.name)) IN (SELECT * FROM unnest($1::uuid[], $2::text[]))`,
    [pairs.map((x) => x.ownerUnitId), pairs.map((x) => x.name.toLowerCase())],
  );
  return new Map(rows.map((r) => [`${r.owner_unit_id}|${r.name.toLowerCase()}`, r]));
}

export async function insertChannel(db: Queryable, c: ChannelInput, createdBy: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO press_channel (owner_unit_id, kind, name, url, has_dx_column, column_title, column_url, column_since, feed_url, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [c.ownerUnitId, c.kind, c.name, c.url, c.hasDxColumn, c.columnTitle, c.columnUrl, c.columnSince, c.feedUrl, createdBy],
  );
  return rows[0]!.id;
}

/** Saves only if the channel is still at `lockVersion`; false means someone saved first. */
export async function updateChannel(db: Queryable, id: string, c: ChannelInput, lockVersion: number): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE press_channel SET owner_unit_id = $2, kind = $3, name = $4, url = $5, has_dx_column = $6, column_title = $7, column_url = $8, column_since = $9,
            feed_url = $10, feed_status = CASE WHEN feed_url IS DISTINCT FROM $10 THEN NULL ELSE feed_status END,
            feed_error = CASE WHEN feed_url IS DISTINCT FROM $10 THEN NULL ELSE feed_error END,
            lock_version = lock_version + 1, updated_at = now()
      WHERE id = $1 AND lock_version = $11`,
    [id, c.ownerUnitId, c.kind, c.name, c.url, c.hasDxColumn, c.columnTitle, c.columnUrl, c.columnSince, c.feedUrl, lockVersion],
  );
  return (rowCount ?? 0) > 0;
}

export async function deleteChannel(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM press_channel WHERE id = $1', [id]);
}

export async function findChannelIdsWithFeed(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM press_channel WHERE feed_url IS NOT NULL ORDER BY id');
  return rows.map((r) => r.id);
}

export async function setFeedStatus(db: Queryable, id: string, status: 'ok' | 'failed', error: string | null): Promise<void> {
  await db.query('UPDATE press_channel SET feed_status = $2, feed_error = $3, feed_pulled_at = now() WHERE id = $1', [id, status, error]);
}

export type ArticleRow = {
  id: string;
  channel_id: string;
  title: string;
  published_on: string;
  url: string | null;
  kind: ArticleKind;
  source: ArticleSource;
  is_demo: boolean;
};

const ARTICLE_COLS = `x.id, x.channel_id, x.title, to_char(x.published_on, 'YYYY-MM-DD') AS published_on, x.url, x.kind, x.source, x.is_demo`;
const ARTICLE_ORDER: Record<string, string> = {
  '-published_on': 'x.published_on DESC, x.created_at DESC, x.id',
  published_on: 'x.published_on, x.id',
  title: 'x.title COLLATE "vi-x-icu", x.id',
};

export async function listArticles(
  db: Queryable,
  f: { channelId: string; year?: number; kind?: string; source?: string; q?: string; sort: string; limit: number; offset: number },
): Promise<{ rows: ArticleRow[]; total: number }> {
  const where = ['x.channel_id = $1'];
  const params: unknown[] = [f.channelId];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.year) where.push(`x.published_on BETWEEN make_date(${p(f.year)}, 1, 1) AND make_date(${p(f.year)}, 12, 31)`);
  if (f.kind) where.push(`x.kind = ${p(f.kind)}`);
  if (f.source) where.push(`x.source = ${p(f.source)}`);
  if (f.q) where.push(`x.search_text LIKE '%' || vn_fold(${p(f.q)}) || '%'`);
  const w = where.join(' AND ');
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM press_article x WHERE ${w}`, params);
  const { rows } = await db.query<ArticleRow>(
    `SELECT ${ARTICLE_COLS} FROM press_article x WHERE ${w} ORDER BY ${ARTICLE_ORDER[f.sort] ?? ARTICLE_ORDER['-published_on']} LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`,
    params,
  );
  return { rows, total: total.rows[0]!.n };
}

export async function findArticle(db: Queryable, id: string): Promise<ArticleRow | null> {
  const { rows } = await db.query<ArticleRow>(`SELECT ${ARTICLE_COLS} FROM press_article x WHERE x.id = $1`, [id]);
  return rows[0] ?? null;
}

/** Adds a hand-entered article; null when the channel already has one at that address. */
export async function insertManualArticle(db: Queryable, channelId: string, a: ArticleInput, createdBy: string): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO press_article (channel_id, title, published_on, url, guid, kind, source, created_by)
     VALUES ($1, $2, $3, $4, coalesce($4, 'manual:' || gen_random_uuid()), $5, 'manual', $6)
     ON CONFLICT DO NOTHING RETURNING id`,
    [channelId, a.title, a.publishedOn, a.url, a.kind, createdBy],
  );
  return rows[0]?.id ?? null;
}

/** Adds the feed's items the channel does not have yet (by guid or by address); returns how many. */
export async function insertFeedItems(db: Queryable, channelId: string, items: FeedItem[]): Promise<number> {
  if (items.length === 0) return 0;
  const { rowCount } = await db.query(
    `INSERT INTO press_article (channel_id, title, published_on, url, guid, kind, source)
     SELECT $1, t.title, t.published_on, t.url, t.guid, 'article', 'feed'
       FROM unnest($2::text[], $3::date[], $4::text[], $5::text[]) AS t(title, published_on, url, guid)
     ON CONFLICT DO NOTHING`,
    [channelId, items.map((i) => i.title), items.map((i) => i.publishedOn), items.map((i) => i.url), items.map((i) => i.guid)],
  );
  return rowCount ?? 0;
}

export async function deleteArticle(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM press_article WHERE id = $1', [id]);
}

export type ArticleCountRow = { channel_id: string; channel_name: string; owner_unit_id: string; owner_unit_name: string; kind: ChannelKind; months: number[] };

/** Articles per channel and month of `year`, for the channels in scope (channels without articles too). */
export async function countArticlesByMonth(db: Queryable, f: { year: number; kind?: string; scopeUnitIds: string[] | null }): Promise<ArticleCountRow[]> {
  const { rows } = await db.query<ArticleCountRow>(
    `SELECT c.id AS channel_id, c.name AS channel_name, c.owner_unit_id, ${nameOf('c.owner_unit_id')} AS owner_unit_name, c.kind,
            array(SELECT coalesce(m.n, 0)::int FROM generate_series(1, 12) g(month)
                    LEFT JOIN (SELECT extract(month FROM x.published_on)::int AS month, count(*) AS n FROM press_article x
                                WHERE x.channel_id = c.id AND x.published_on BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 31) AND ${NOT_A_COLUMN_POST_COPY} GROUP BY 1) m
                      ON m.month = g.month ORDER BY g.month) AS months
       FROM press_channel c
      WHERE ($2::text IS NULL OR c.kind = $2) AND ($3::uuid[] IS NULL OR c.owner_unit_id = ANY($3::uuid[]))
      ORDER BY ${nameOf('c.owner_unit_id')} COLLATE "vi-x-icu", c.name COLLATE "vi-x-icu", c.id`,
    [f.year, f.kind ?? null, f.scopeUnitIds],
  );
  return rows;
}

export type ColumnFactRow = { channel_id: string; channel_name: string; owner_unit_id: string; kind: ChannelKind; has_column_by: boolean };

/** Every channel with whether its DX column existed on `asOf` (for target 7). */
export async function findColumnFacts(db: Queryable, asOf: string): Promise<ColumnFactRow[]> {
  const { rows } = await db.query<ColumnFactRow>(
    `SELECT c.id AS channel_id, c.name AS channel_name, c.owner_unit_id, c.kind, (c.has_dx_column AND c.column_since <= $1::date) AS has_column_by FROM press_channel c ORDER BY c.name, c.id`,
    [asOf],
  );
  return rows;
}

/** Articles published in `year`, per owner unit. */
export async function countArticlesByOwner(db: Queryable, year: number): Promise<Map<string, number>> {
  const { rows } = await db.query<{ owner_unit_id: string; n: number }>(
    `SELECT c.owner_unit_id, count(*)::int AS n FROM press_article x JOIN press_channel c ON c.id = x.channel_id
      WHERE x.published_on BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 31) AND ${NOT_A_COLUMN_POST_COPY} GROUP BY c.owner_unit_id`,
    [year],
  );
  return new Map(rows.map((r) => [r.owner_unit_id, r.n]));
}

/** Latest names of units (for rows that are not channels). */
export async function findUnitNames(db: Queryable, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const { rows } = await db.query<{ id: string; name: string }>(`SELECT u.id, ${nameOf('u.id')} AS name FROM unnest($1::uuid[]) u(id)`, [ids]);
  return new Map(rows.map((r) => [r.id, r.name ?? '']));
}
