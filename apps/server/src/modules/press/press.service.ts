import type {
  ArticleCounts,
  ArticleCountsQuery,
  ArticleInput,
  ArticleListQuery,
  ChannelInput,
  ChannelListQuery,
  ChannelView,
  PullResult,
  UpdateChannelBody,
} from '@lantoa/contracts/press';
import { CHANNEL_KIND_LABELS_VI, LANTOA_COLUMN_ROW_NAME_VI } from '@lantoa/contracts/press';
import { countColumnPosts } from '../content/index.ts';
import type { Config } from '../../config.ts';
import type { AuthedCtx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { withTransaction, type Db, type Queryable } from '../../platform/db/db.ts';
import { assertCanOnUnit, canOnUnit, findReadableUnitIds } from '../../platform/auth/authorize.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { todayIso } from '../../platform/time.ts';
import * as repo from './press.repository.ts';
import { fetchFeed, parseFeed } from './press.feed.ts';

const CONFLICT_MESSAGE = 'Kênh vừa được người khác lưu. Bản mới nhất được hiển thị; hãy nhập lại thay đổi của anh/chị trên bản đó.';

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { issues: [{ path, message }] });
}

/** A channel the actor may not read answers 404, so that ids of other units' channels reveal nothing. */
async function requireReadable(ctx: AuthedCtx, id: string): Promise<repo.ChannelRow> {
  const row = await repo.findChannel(ctx.db, id);
  if (!row || !(await canOnUnit(ctx.db, ctx.actor, 'press:read', row.owner_unit_id))) throw notFound('kênh thông tin');
  return row;
}

export function presentChannel(c: repo.ChannelRow) {
  return {
    id: c.id,
    ownerUnitId: c.owner_unit_id,
    ownerUnitName: c.owner_unit_name,
    kind: c.kind,
    name: c.name,
    url: c.url,
    hasDxColumn: c.has_dx_column,
    columnTitle: c.column_title,
    columnUrl: c.column_url,
    columnSince: c.column_since,
    feedUrl: c.feed_url,
    feedStatus: c.feed_status,
    feedError: c.feed_error,
    feedPulledAt: c.feed_pulled_at?.toISOString() ?? null,
    articleCount: c.article_count,
    lastArticleOn: c.last_article_on,
    isDemo: c.is_demo,
  };
}

export async function findChannels(ctx: AuthedCtx, q: ChannelListQuery) {
  const { rows, total } = await repo.listChannels(ctx.db, {
    kind: q.kind, hasDxColumn: q.hasDxColumn, hasFeed: q.hasFeed, ownerUnitId: q.ownerUnitId, q: q.q || undefined, sort: q.sort,
    scopeUnitIds: await findReadableUnitIds(ctx.db, ctx.actor, 'press:read'),
    limit: q.pageSize, offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map(presentChannel), total, page: q.page, pageSize: q.pageSize };
}

export async function getChannel(ctx: AuthedCtx, id: string): Promise<ChannelView> {
  const c = await requireReadable(ctx, id);
  return {
    ...presentChannel(c),
    lockVersion: c.lock_version,
    updatedAt: c.updated_at.toISOString(),
    canEdit: await canOnUnit(ctx.db, ctx.actor, 'press:manage', c.owner_unit_id),
  };
}

/** The owner must exist; a press-agency channel belongs to a unit of the press group. */
export async function checkChannelOwner(db: Queryable, input: Pick<ChannelInput, 'ownerUnitId' | 'kind'>): Promise<string | null> {
  const { rows } = await db.query<{ type: string }>(
    'SELECT type FROM org_unit_version WHERE unit_id = $1 ORDER BY valid_from DESC NULLS LAST LIMIT 1',
    [input.ownerUnitId],
  );
  if (!rows[0]) return 'Đơn vị chủ quản không tồn tại';
  if (input.kind === 'press_agency' && rows[0].type !== 'press_agency') return `Kênh loại "${CHANNEL_KIND_LABELS_VI.press_agency}" phải thuộc một đơn vị là cơ quan báo chí`;
  return null;
}

async function assertOwner(db: Queryable, input: ChannelInput): Promise<void> {
  const problem = await checkChannelOwner(db, input);
  if (problem) throw invalid('ownerUnitId', problem);
}

export async function createChannel(ctx: AuthedCtx, input: ChannelInput): Promise<ChannelView> {
  await assertOwner(ctx.db, input);
  await assertCanOnUnit(ctx.db, ctx.actor, 'press:manage', input.ownerUnitId);
  const id = await withTransaction(ctx.db, async (tx) => {
    const channelId = await repo.insertChannel(tx, input, ctx.actor.userId);
    await recordAudit(tx, ctx.actor, { action: 'press.channel.create', entityType: 'press_channel', entityId: channelId, summary: `Thêm kênh ${input.name}`, after: input });
    return channelId;
  });
  return getChannel(ctx, id);
}

export async function updateChannel(ctx: AuthedCtx, id: string, input: UpdateChannelBody): Promise<ChannelView> {
  await requireReadable(ctx, id);
  await assertOwner(ctx.db, input);
  await withTransaction(ctx.db, async (tx) => {
    const before = await repo.findChannel(tx, id, { forUpdate: true });
    if (!before) throw notFound('kênh thông tin');
    await assertCanOnUnit(tx, ctx.actor, 'press:manage', before.owner_unit_id);
    if (input.ownerUnitId !== before.owner_unit_id) await assertCanOnUnit(tx, ctx.actor, 'press:manage', input.ownerUnitId);
    const { lockVersion, ...fields } = input;
    if (!(await repo.updateChannel(tx, id, fields, lockVersion))) {
      throw new AppError('VERSION_CONFLICT', CONFLICT_MESSAGE, { currentLockVersion: before.lock_version });
    }
    await recordAudit(tx, ctx.actor, { action: 'press.channel.update', entityType: 'press_channel', entityId: id, summary: `Sửa kênh ${input.name}`, before: presentChannel(before), after: fields });
  });
  return getChannel(ctx, id);
}

export async function deleteChannel(ctx: AuthedCtx, id: string): Promise<{ ok: true }> {
  await requireReadable(ctx, id);
  await withTransaction(ctx.db, async (tx) => {
    const before = await repo.findChannel(tx, id, { forUpdate: true });
    if (!before) throw notFound('kênh thông tin');
    await assertCanOnUnit(tx, ctx.actor, 'press:manage', before.owner_unit_id);
    await repo.deleteChannel(tx, id);
    await recordAudit(tx, ctx.actor, {
      action: 'press.channel.delete', entityType: 'press_channel', entityId: id,
      summary: `Xóa kênh ${before.name} (cùng ${before.article_count} tin bài)`, before: presentChannel(before),
    });
  });
  return { ok: true };
}

function presentArticle(a: repo.ArticleRow) {
  return { id: a.id, channelId: a.channel_id, title: a.title, publishedOn: a.published_on, url: a.url, kind: a.kind, source: a.source, isDemo: a.is_demo };
}

export async function findArticles(ctx: AuthedCtx, channelId: string, q: ArticleListQuery) {
  await requireReadable(ctx, channelId);
  const { rows, total } = await repo.listArticles(ctx.db, {
    channelId, year: q.year, kind: q.kind, source: q.source, q: q.q || undefined, sort: q.sort, limit: q.pageSize, offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map(presentArticle), total, page: q.page, pageSize: q.pageSize };
}

export async function createArticle(ctx: AuthedCtx, channelId: string, input: ArticleInput) {
  const channel = await requireReadable(ctx, channelId);
  await assertCanOnUnit(ctx.db, ctx.actor, 'press:manage', channel.owner_unit_id);
  const id = await withTransaction(ctx.db, async (tx) => {
    const articleId = await repo.insertManualArticle(tx, channelId, input, ctx.actor.userId);
    if (!articleId) throw new AppError('CONFLICT', `Kênh đã có tin bài ở địa chỉ ${input.url}`);
    await recordAudit(tx, ctx.actor, { action: 'press.article.create', entityType: 'press_article', entityId: articleId, summary: `Thêm tin bài "${input.title}" vào ${channel.name}`, after: input });
    return articleId;
  });
  return presentArticle((await repo.findArticle(ctx.db, id))!);
}

export async function deleteArticle(ctx: AuthedCtx, channelId: string, articleId: string): Promise<{ ok: true }> {
  const channel = await requireReadable(ctx, channelId);
  const article = await repo.findArticle(ctx.db, articleId);
  if (!article || article.channel_id !== channelId) throw notFound('tin bài');
  await assertCanOnUnit(ctx.db, ctx.actor, 'press:manage', channel.owner_unit_id);
  await withTransaction(ctx.db, async (tx) => {
    await repo.deleteArticle(tx, articleId);
    await recordAudit(tx, ctx.actor, { action: 'press.article.delete', entityType: 'press_article', entityId: articleId, summary: `Xóa tin bài "${article.title}" của ${channel.name}`, before: presentArticle(article) });
  });
  return { ok: true };
}

/** Checks that the actor may pull this channel's feed now, and that it has one. */
export async function assertPullable(ctx: AuthedCtx, channelId: string): Promise<void> {
  const channel = await requireReadable(ctx, channelId);
  await assertCanOnUnit(ctx.db, ctx.actor, 'press:manage', channel.owner_unit_id);
  if (!channel.feed_url) throw new AppError('VALIDATION_FAILED', 'Kênh chưa có địa chỉ RSS/Atom để lấy tin');
}

/**
 * Reads a channel's feed and adds the items it does not have yet, all in one transaction: a feed
 * that cannot be fetched or read adds nothing, and the channel records why.
 */
export async function pullChannelFeed(db: Db, config: Pick<Config, 'feedTimeoutMs' | 'feedMaxBytes'>, channelId: string): Promise<PullResult> {
  const channel = await repo.findChannel(db, channelId);
  if (!channel) throw notFound('kênh thông tin');
  if (!channel.feed_url) throw new AppError('VALIDATION_FAILED', `Kênh ${channel.name} chưa có địa chỉ RSS/Atom`);
  try {
    const xml = await fetchFeed(channel.feed_url, { timeoutMs: config.feedTimeoutMs, maxBytes: config.feedMaxBytes });
    const items = parseFeed(xml, todayIso());
    return await withTransaction(db, async (tx) => {
      const added = await repo.insertFeedItems(tx, channelId, items);
      await repo.setFeedStatus(tx, channelId, 'ok', null);
      if (added > 0) {
        await recordAudit(tx, null, {
          action: 'press.feed.pull', entityType: 'press_channel', entityId: channelId,
          summary: `Lấy ${added} tin bài mới từ RSS/Atom của ${channel.name}`, after: { feedUrl: channel.feed_url, items: items.length, added },
        });
      }
      return { channelId, items: items.length, added };
    });
  } catch (err) {
    const message = `Không lấy được tin của kênh ${channel.name}: ${(err as Error).message}`;
    await repo.setFeedStatus(db, channelId, 'failed', (err as Error).message.slice(0, 1000));
    throw new AppError('BAD_REQUEST', message);
  }
}

/**
 * Articles per channel and month of a year, and per unit the posts of its Lan Tỏa column (column
 * articles too; a post read back into a channel through the portal's feeds counts only here).
 * A kind filter names channel kinds, so it leaves the column rows out.
 */
export async function getArticleCounts(ctx: AuthedCtx, q: ArticleCountsQuery): Promise<ArticleCounts> {
  const scope = await findReadableUnitIds(ctx.db, ctx.actor, 'press:read');
  const rows = await repo.countArticlesByMonth(ctx.db, { year: q.year, kind: q.kind, scopeUnitIds: scope });
  const out: ArticleCounts['rows'] = rows.map((r) => ({
    channelId: r.channel_id, channelName: r.channel_name, ownerUnitId: r.owner_unit_id, ownerUnitName: r.owner_unit_name, kind: r.kind, months: r.months,
    total: r.months.reduce((s, n) => s + n, 0),
  }));
  if (!q.kind) {
    const posts = await countColumnPosts(ctx.db, { year: q.year, unitIds: scope });
    const byUnit = new Map<string, number[]>();
    for (const p of posts) (byUnit.get(p.unitId) ?? byUnit.set(p.unitId, Array<number>(12).fill(0)).get(p.unitId)!)[p.month - 1]! += p.count;
    const names = await repo.findUnitNames(ctx.db, [...byUnit.keys()]);
    const columnRows = [...byUnit].map(([unitId, months]) => ({
      channelId: null, channelName: LANTOA_COLUMN_ROW_NAME_VI, ownerUnitId: unitId, ownerUnitName: names.get(unitId) ?? '', kind: null, months,
      total: months.reduce((s, n) => s + n, 0),
    }));
    out.push(...columnRows);
    out.sort((a, b) => a.ownerUnitName.localeCompare(b.ownerUnitName, 'vi') || a.channelName.localeCompare(b.channelName, 'vi'));
  }
  const monthTotals = Array.from({ length: 12 }, (_, m) => out.reduce((s, r) => s + (r.months[m] ?? 0), 0));
  return { year: q.year, rows: out, monthTotals, total: monthTotals.reduce((s, n) => s + n, 0) };
}
