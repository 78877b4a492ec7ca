import { CHANNEL_KIND_LABELS_VI, ArticleCountsQuerySchema, ChannelListQuerySchema } from '@lantoa/contracts/press';
import { defineExportSource } from '../../platform/exports/exports.ts';
import type { ColumnSpec } from '../../platform/exports/exporter.ts';
import type { AuthedCtx } from '../../platform/context.ts';
import { findChannels, getArticleCounts } from './press.service.ts';

/** The columns of the channel list export; the import reads the first nine under the same headers. */
export const CHANNEL_COLUMNS = {
  owner: { header: 'Đơn vị chủ quản', key: 'owner', type: 'text', width: 40 },
  kind: { header: 'Loại kênh', key: 'kind', type: 'text', width: 30 },
  name: { header: 'Tên kênh', key: 'name', type: 'text', width: 40 },
  url: { header: 'Địa chỉ trang', key: 'url', type: 'text', width: 30 },
  hasColumn: { header: 'Có chuyên mục Chuyển đổi số', key: 'hasColumn', type: 'text', width: 14 },
  columnTitle: { header: 'Tên chuyên mục', key: 'columnTitle', type: 'text', width: 30 },
  columnUrl: { header: 'Địa chỉ chuyên mục', key: 'columnUrl', type: 'text', width: 40 },
  columnSince: { header: 'Có chuyên mục từ ngày', key: 'columnSince', type: 'date', width: 14 },
  feedUrl: { header: 'Địa chỉ RSS/Atom', key: 'feedUrl', type: 'text', width: 40 },
  articles: { header: 'Số tin bài', key: 'articles', type: 'number', width: 10 },
  lastArticle: { header: 'Tin bài gần nhất', key: 'lastArticle', type: 'date', width: 14 },
} as const satisfies Record<string, ColumnSpec>;

export const YES = 'Có';
export const NO = 'Không';

/** GET /api/v1/press/channels/export: the channel list with the list's filter and order. */
export const channelListExport = defineExportSource({
  name: 'press-channels',
  title: 'Kênh báo chí, cổng thông tin',
  query: ChannelListQuerySchema.omit({ page: true, pageSize: true }),
  columns: Object.values(CHANNEL_COLUMNS),
  count: async (ctx: AuthedCtx, q) => (await findChannels(ctx, { ...q, page: 1, pageSize: 1 })).total,
  rows: async function* (ctx: AuthedCtx, q) {
    for (let page = 1; ; page++) {
      const r = await findChannels(ctx, { ...q, page, pageSize: 200 });
      yield r.items.map((c) => ({
        owner: c.ownerUnitName, kind: CHANNEL_KIND_LABELS_VI[c.kind], name: c.name, url: c.url, hasColumn: c.hasDxColumn ? YES : NO,
        columnTitle: c.columnTitle, columnUrl: c.columnUrl, columnSince: c.columnSince, feedUrl: c.feedUrl, articles: c.articleCount, lastArticle: c.lastArticleOn,
      }));
      if (page * 200 >= r.total) return;
    }
  },
});

const MONTH_COLUMNS: ColumnSpec[] = Array.from({ length: 12 }, (_, i) => ({ header: `Tháng ${i + 1}`, key: `m${i + 1}`, type: 'number', width: 9 }));

/** GET /api/v1/press/article-counts/export: articles per channel and month of a year. */
export const articleCountsExport = defineExportSource({
  name: 'press-article-counts',
  title: 'Số tin bài chuyển đổi số theo tháng',
  query: ArticleCountsQuerySchema,
  columns: [
    { header: 'Đơn vị chủ quản', key: 'owner', type: 'text', width: 40 },
    { header: 'Kênh', key: 'channel', type: 'text', width: 40 },
    { header: 'Loại kênh', key: 'kind', type: 'text', width: 28 },
    ...MONTH_COLUMNS,
    { header: 'Cả năm', key: 'total', type: 'number', width: 10 },
  ],
  count: async (ctx: AuthedCtx, q) => (await getArticleCounts(ctx, q)).rows.length + 1,
  rows: async function* (ctx: AuthedCtx, q) {
    const r = await getArticleCounts(ctx, q);
    const months = (m: number[]) => Object.fromEntries(m.map((n, i) => [`m${i + 1}`, n]));
    yield [
      ...r.rows.map((x) => ({ owner: x.ownerUnitName, channel: x.channelName, kind: x.kind ? CHANNEL_KIND_LABELS_VI[x.kind] : 'Nội dung trên Lan Tỏa', ...months(x.months), total: x.total })),
      { owner: 'Tổng cộng', channel: null, kind: null, ...months(r.monthTotals), total: r.total },
    ];
  },
});
