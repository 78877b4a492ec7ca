import type { ContentKind } from '@lantoa/contracts/content';
import type { Queryable } from '../../platform/db/db.ts';
import * as repo from './content.repository.ts';
import { isEmptyQuery, likePattern, parseSearchQuery } from './content.search.ts';
import { presentFileRow } from './content.service.ts';

/**
 * What the public portal reads: published items only, with public file addresses. The portal calls
 * these through the module's index, never the repository.
 */

export type PublicFile = ReturnType<typeof presentFileRow>;
export type PublicItem = {
  id: string;
  kind: ContentKind;
  title: string;
  slug: string;
  summary: string | null;
  bodyHtml: string;
  bodyText: string;
  unitId: string;
  unitName: string;
  inColumn: boolean;
  audiences: string[];
  taskAreas: number[];
  tags: string[];
  publishedAt: Date;
  updatedAt: Date;
  files: PublicFile[];
  cover: PublicFile | null;
};

const PUBLIC_COLS = `c.id, c.kind, c.title, c.slug, c.summary, c.body_html, c.body_text, c.unit_id,
  (SELECT v.name FROM org_unit_version v WHERE v.unit_id = c.unit_id ORDER BY v.valid_from DESC NULLS LAST LIMIT 1) AS unit_name,
  c.in_column, c.audiences, c.task_areas, c.tags, c.published_at, c.updated_at, c.cover_file_id`;

type PublicRow = {
  id: string; kind: ContentKind; title: string; slug: string; summary: string | null; body_html: string; body_text: string; unit_id: string; unit_name: string;
  in_column: boolean; audiences: string[]; task_areas: number[]; tags: string[]; published_at: Date; updated_at: Date; cover_file_id: string | null;
};

async function present(db: Queryable, rows: PublicRow[], opts: { withBody?: boolean } = {}): Promise<PublicItem[]> {
  const files = await repo.findFiles(db, rows.map((r) => r.id));
  return rows.map((r) => {
    const own = files.filter((f) => f.item_id === r.id).map((f) => presentFileRow(f, true));
    const cover = own.find((f) => f.fileId === r.cover_file_id) ?? own.find((f) => f.role === 'image') ?? null;
    return {
      id: r.id, kind: r.kind, title: r.title, slug: r.slug, summary: r.summary, bodyHtml: opts.withBody ? r.body_html : '', bodyText: opts.withBody ? r.body_text : r.body_text.slice(0, 400),
      unitId: r.unit_id, unitName: r.unit_name, inColumn: r.in_column, audiences: r.audiences, taskAreas: r.task_areas, tags: r.tags,
      publishedAt: r.published_at, updatedAt: r.updated_at, files: own, cover,
    };
  });
}

export type PublicListFilter = { kinds?: readonly ContentKind[]; unitId?: string; inColumn?: boolean; tag?: string; withFiles?: boolean; limit: number; offset: number };

export async function listPublishedItems(db: Queryable, f: PublicListFilter): Promise<{ items: PublicItem[]; total: number }> {
  const where = [`c.status = 'published'`];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.kinds?.length) where.push(`c.kind = ANY(${p(f.kinds)}::text[])`);
  if (f.unitId) where.push(`c.unit_id = ${p(f.unitId)}`);
  if (f.inColumn) where.push('c.in_column');
  if (f.tag) where.push(`${p(f.tag)} = ANY(c.tags)`);
  if (f.withFiles) where.push(`EXISTS (SELECT 1 FROM content_file cf WHERE cf.item_id = c.id)`);
  const w = where.join(' AND ');
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM content_item c WHERE ${w}`, params);
  const { rows } = await db.query<PublicRow>(
    `SELECT ${PUBLIC_COLS} FROM content_item c WHERE ${w} ORDER BY c.published_at DESC, c.id LIMIT ${Number(f.limit)} OFFSET ${Number(f.offset)}`,
    params,
  );
  return { items: await present(db, rows), total: total.rows[0]!.n };
}

export async function getPublishedItem(db: Queryable, slug: string): Promise<PublicItem | null> {
  const { rows } = await db.query<PublicRow>(`SELECT ${PUBLIC_COLS} FROM content_item c WHERE c.slug = $1 AND c.status = 'published'`, [slug]);
  if (!rows[0]) return null;
  return (await present(db, rows, { withBody: true }))[0]!;
}

/** Items sharing tags or task areas with `item` (then the same kind), newest first. */
export async function findRelatedItems(db: Queryable, item: PublicItem, limit = 4): Promise<PublicItem[]> {
  const { rows } = await db.query<PublicRow>(
    `SELECT ${PUBLIC_COLS} FROM content_item c
      WHERE c.status = 'published' AND c.id <> $1 AND (c.tags && $2::text[] OR c.task_areas && $3::int[] OR c.kind = $4)
      ORDER BY (cardinality(ARRAY(SELECT unnest(c.tags) INTERSECT SELECT unnest($2::text[]))) * 2
              + cardinality(ARRAY(SELECT unnest(c.task_areas) INTERSECT SELECT unnest($3::int[])))) DESC, c.published_at DESC
      LIMIT $5`,
    [item.id, item.tags, item.taskAreas, item.kind, limit],
  );
  return present(db, rows);
}

/** Units that have at least one published column post, with their counts. */
export async function listColumnUnits(db: Queryable): Promise<{ unitId: string; unitName: string; posts: number; lastAt: Date }[]> {
  const { rows } = await db.query<{ unit_id: string; unit_name: string; posts: number; last_at: Date }>(
    `SELECT c.unit_id, (SELECT v.name FROM org_unit_version v WHERE v.unit_id = c.unit_id ORDER BY v.valid_from DESC NULLS LAST LIMIT 1) AS unit_name,
            count(*)::int AS posts, max(c.published_at) AS last_at
       FROM content_item c WHERE c.status = 'published' AND c.in_column GROUP BY c.unit_id ORDER BY max(c.published_at) DESC`,
  );
  return rows.map((r) => ({ unitId: r.unit_id, unitName: r.unit_name, posts: r.posts, lastAt: r.last_at }));
}

export async function getUnitName(db: Queryable, unitId: string): Promise<string | null> {
  const { rows } = await db.query<{ name: string }>(
    'SELECT name FROM org_unit_version WHERE unit_id = $1 ORDER BY valid_from DESC NULLS LAST LIMIT 1',
    [unitId],
  );
  return rows[0]?.name ?? null;
}

/** Matches counted exactly up to this; beyond, "more than". */
export const COUNT_CAP = 1_000;
/** The newest matches that are ranked (exact diacritics, then relevance). */
export const RANK_POOL = 500;

export type SearchInput = { q: string; kind?: ContentKind; audience?: string; year?: number; limit: number; offset: number };
export type SearchResult = {
  items: (PublicItem & { exact: boolean })[];
  /** At most COUNT_CAP + 1 (then: more than COUNT_CAP). */
  total: number;
  facets: { kind: { value: string; count: number }[]; audience: { value: string; count: number }[]; year: { value: number; count: number }[] };
  suggestions: { title: string; slug: string }[];
};

/**
 * Full-text search of published items, diacritic-insensitive (vn_fold on both sides), "phrases"
 * kept together, matches with the diacritics as typed ranked first; facets over every match and,
 * when little is found, titles that look like what was typed (trigram word similarity).
 */
export async function searchPublishedItems(db: Queryable, input: SearchInput): Promise<SearchResult> {
  const parsed = parseSearchQuery(input.q);
  const empty: SearchResult = { items: [], total: 0, facets: { kind: [], audience: [], year: [] }, suggestions: [] };
  if (isEmptyQuery(parsed)) return empty;
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const parts: string[] = [];
  if (parsed.words.length) parts.push(`plainto_tsquery('simple', vn_fold(${p(parsed.words.join(' '))}))`);
  for (const ph of parsed.phrases) parts.push(`phraseto_tsquery('simple', vn_fold(${p(ph)}))`);
  const tsq = parts.join(' && ');
  const base = `c.status = 'published' AND c.search_tsv @@ (${tsq})`;
  const filters: string[] = [];
  if (input.kind) filters.push(`c.kind = ${p(input.kind)}`);
  if (input.audience) filters.push(`${p(input.audience)} = ANY(c.audiences)`);
  // A range on published_at (not extract(year)) so that the (kind, published_at) index serves it.
  if (input.year) {
    const y = p(input.year);
    filters.push(`c.published_at >= make_timestamptz(${y}, 1, 1, 0, 0, 0, 'Asia/Ho_Chi_Minh') AND c.published_at < make_timestamptz(${y} + 1, 1, 1, 0, 0, 0, 'Asia/Ho_Chi_Minh')`);
  }
  const where = [base, ...filters].join(' AND ');
  const whereParams = params.slice();
  const exactExpr = `(lower(c.title || ' ' || coalesce(c.summary, '') || ' ' || c.body_text) LIKE ALL (${p(parsed.exactTerms.map(likePattern))}::text[]))`;

  // Counting stops at COUNT_CAP: past that the page says "more than", and the count stays cheap at any size.
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM (SELECT 1 FROM content_item c WHERE ${where} LIMIT ${COUNT_CAP + 1}) x`, whereParams);
  // Ranking reads every candidate's text, so it runs over the newest RANK_POOL matches only.
  const { rows } = await db.query<PublicRow & { exact: boolean }>(
    `WITH m AS (SELECT c.* FROM content_item c WHERE ${where} ORDER BY c.published_at DESC LIMIT ${RANK_POOL})
     SELECT ${PUBLIC_COLS}, ${exactExpr} AS exact FROM m c
      ORDER BY ${exactExpr} DESC, ts_rank_cd(c.search_tsv, ${tsq}) DESC, c.published_at DESC, c.id
      LIMIT ${Number(input.limit)} OFFSET ${Number(input.offset)}`,
    params,
  );
  const items = await present(db, rows);
  // Facets count the matches of the words alone, so that each choice shows what it would give.
  const baseParams = params.slice(0, parts.length);
  const facetRows = await db.query<{ facet: string; value: string; n: number }>(
    `WITH m AS (SELECT c.kind, c.audiences, c.published_at FROM content_item c WHERE ${base} LIMIT ${COUNT_CAP})
     SELECT 'kind' AS facet, kind AS value, count(*)::int AS n FROM m GROUP BY kind
     UNION ALL SELECT 'audience', a, count(*)::int FROM m, unnest(m.audiences) a GROUP BY a
     UNION ALL SELECT 'year', extract(year FROM published_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::int::text, count(*)::int FROM m GROUP BY 2
     ORDER BY 1, 3 DESC`,
    baseParams,
  );
  const facets: SearchResult['facets'] = { kind: [], audience: [], year: [] };
  for (const r of facetRows.rows) {
    if (r.facet === 'year') facets.year.push({ value: Number(r.value), count: r.n });
    else facets[r.facet as 'kind' | 'audience'].push({ value: r.value, count: r.n });
  }
  facets.year.sort((a, b) => b.value - a.value);
  const found = new Set(rows.map((r) => r.slug));
  const suggestions = total.rows[0]!.n < 3 ? (await suggestTitles(db, input.q)).filter((x) => !found.has(x.slug)) : [];
  return { items: rows.map((r, i) => ({ ...items[i]!, exact: r.exact })), total: total.rows[0]!.n, facets, suggestions };
}

/** Titles close to what was typed, tolerant of typos (pg_trgm word similarity on folded text). */
export async function suggestTitles(db: Queryable, q: string, limit = 5): Promise<{ title: string; slug: string }[]> {
  const text = q.replace(/["“”„]/g, ' ').trim();
  if (text.length < 3) return [];
  // The nearest titles come in index order (GiST, <<->); only those close enough are offered.
  const { rows } = await db.query<{ title: string; slug: string }>(
    `SELECT title, slug FROM (
       SELECT title, slug, vn_fold($1) <<-> search_title AS distance FROM content_item
        WHERE status = 'published' ORDER BY vn_fold($1) <<-> search_title LIMIT $2 * 4) near
      WHERE distance <= 0.5 ORDER BY distance LIMIT $2`,
    [text, limit],
  );
  return rows;
}

export async function findPublicFile(db: Queryable, fileId: string) {
  return repo.findPublicFile(db, fileId);
}

export async function listSitemapEntries(db: Queryable, limit = 45000): Promise<{ slug: string; updatedAt: Date }[]> {
  const { rows } = await db.query<{ slug: string; updated_at: Date }>(
    `SELECT slug, updated_at FROM content_item WHERE status = 'published' ORDER BY published_at DESC LIMIT $1`,
    [limit],
  );
  return rows.map((r) => ({ slug: r.slug, updatedAt: r.updated_at }));
}
