import {
  CONTENT_AUDIENCE_LABELS_VI,
  CONTENT_CHANNEL_LABELS_VI,
  CONTENT_KIND_LABELS_VI,
  CONTENT_STATUS_LABELS_VI,
  ContentListQuerySchema,
  ContentUsageQuerySchema,
  type ContentAudience,
} from '@lantoa/contracts/content';
import { defineExportSource } from '../../platform/exports/exports.ts';
import type { AuthedCtx } from '../../platform/context.ts';
import { findItems, findUsage } from './content.service.ts';

/** The library as the list shows it (same filter and scope), page by page. */
export const contentListExport = defineExportSource({
  name: 'content',
  title: 'Thư viện nội dung',
  query: ContentListQuerySchema.omit({ page: true, pageSize: true }),
  columns: [
    { header: 'Tiêu đề', key: 'title', type: 'text', width: 60 },
    { header: 'Loại', key: 'kind', type: 'text', width: 20 },
    { header: 'Đơn vị', key: 'unit', type: 'text', width: 36 },
    { header: 'Chuyên mục CĐS', key: 'column', type: 'text', width: 14 },
    { header: 'Trạng thái', key: 'status', type: 'text', width: 14 },
    { header: 'Đối tượng', key: 'audiences', type: 'text', width: 36 },
    { header: 'Ngày đăng', key: 'published', type: 'date', width: 14 },
    { header: 'Phiên bản', key: 'version', type: 'number', width: 10 },
    { header: 'Lượt sử dụng', key: 'uses', type: 'number', width: 12 },
  ],
  count: async (ctx: AuthedCtx, q) => (await findItems(ctx, { ...q, page: 1, pageSize: 1 })).total,
  rows: async function* (ctx: AuthedCtx, q) {
    for (let page = 1; ; page++) {
      const r = await findItems(ctx, { ...q, page, pageSize: 200 });
      yield r.items.map((c) => ({
        title: c.title, kind: CONTENT_KIND_LABELS_VI[c.kind], unit: c.unitName, column: c.inColumn ? 'Có' : '', status: CONTENT_STATUS_LABELS_VI[c.status],
        audiences: c.audiences.map((a) => CONTENT_AUDIENCE_LABELS_VI[a as ContentAudience] ?? a).join(', '), published: c.publishedAt?.slice(0, 10) ?? null,
        version: c.versionNo, uses: c.usageCount,
      }));
      if (page * 200 >= r.total) return;
    }
  },
});

/** The usage log with its filter and scope. */
export const contentUsageExport = defineExportSource({
  name: 'content-usage',
  title: 'Nhật ký sử dụng nội dung',
  query: ContentUsageQuerySchema.omit({ page: true, pageSize: true }),
  columns: [
    { header: 'Ngày sử dụng', key: 'usedOn', type: 'date', width: 14 },
    { header: 'Nội dung', key: 'item', type: 'text', width: 60 },
    { header: 'Loại', key: 'kind', type: 'text', width: 20 },
    { header: 'Đơn vị sử dụng', key: 'unit', type: 'text', width: 36 },
    { header: 'Kênh', key: 'channel', type: 'text', width: 26 },
    { header: 'Số người tiếp cận', key: 'reach', type: 'number', width: 16 },
    { header: 'Ghi chú', key: 'note', type: 'text', width: 40 },
  ],
  count: async (ctx: AuthedCtx, q) => (await findUsage(ctx, { ...q, page: 1, pageSize: 1 })).total,
  rows: async function* (ctx: AuthedCtx, q) {
    for (let page = 1; ; page++) {
      const r = await findUsage(ctx, { ...q, page, pageSize: 200 });
      yield r.items.map((u) => ({
        usedOn: u.usedOn, item: u.itemTitle, kind: CONTENT_KIND_LABELS_VI[u.itemKind], unit: u.unitName, channel: CONTENT_CHANNEL_LABELS_VI[u.channel], reach: u.reach, note: u.note,
      }));
      if (page * 200 >= r.total) return;
    }
  },
});
