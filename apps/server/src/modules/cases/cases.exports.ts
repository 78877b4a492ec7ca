import { z } from 'zod';
import {
  CASE_CATEGORIES,
  CASE_CATEGORY_LABELS_VI,
  CASE_PLATFORM_LABELS_VI,
  CASE_STATUSES,
  CASE_STATUS_LABELS_VI,
  CaseListQuerySchema,
  CaseStatsQuerySchema,
} from '@lantoa/contracts/cases';
import { defineExportSource } from '../../platform/exports/exports.ts';
import type { AuthedCtx } from '../../platform/context.ts';
import { findCases, getCaseStats } from './cases.service.ts';

/** Cases in scope with the list's filter. */
export const caseListExport = defineExportSource({
  name: 'misinfo-cases',
  title: 'Phản ánh tin sai',
  query: CaseListQuerySchema.omit({ page: true, pageSize: true }),
  columns: [
    { header: 'Mã theo dõi', key: 'code', type: 'text', width: 16 },
    { header: 'Ngày tiếp nhận', key: 'created', type: 'date', width: 14 },
    { header: 'Nguồn', key: 'source', type: 'text', width: 14 },
    { header: 'Nền tảng', key: 'platform', type: 'text', width: 12 },
    { header: 'Đường dẫn', key: 'link', type: 'text', width: 40 },
    { header: 'Loại', key: 'category', type: 'text', width: 18 },
    { header: 'Trạng thái', key: 'status', type: 'text', width: 24 },
    { header: 'Đơn vị xử lý', key: 'unit', type: 'text', width: 30 },
    { header: 'Hạn bước hiện tại', key: 'due', type: 'date', width: 14 },
    { header: 'Quá hạn', key: 'overdue', type: 'text', width: 10 },
  ],
  count: async (ctx: AuthedCtx, q) => (await findCases(ctx, { ...q, page: 1, pageSize: 1 })).total,
  rows: async function* (ctx: AuthedCtx, q) {
    for (let page = 1; ; page++) {
      const r = await findCases(ctx, { ...q, page, pageSize: 200 });
      yield r.items.map((c) => ({
        code: c.code, created: c.createdAt.slice(0, 10), source: c.source === 'public' ? 'Người dân' : (c.intakeUnitName ?? 'Đơn vị'), platform: CASE_PLATFORM_LABELS_VI[c.platform],
        link: c.link, category: c.category ? CASE_CATEGORY_LABELS_VI[c.category] : 'Chưa phân loại', status: CASE_STATUS_LABELS_VI[c.status], unit: c.responsibleUnitName,
        due: c.stageDueAt?.slice(0, 10) ?? null, overdue: c.isOverdue ? 'Quá hạn' : '',
      }));
      if (page * 200 >= r.total) return;
    }
  },
});

/** A year's cases by month: one column per category and per state. */
export const caseStatsExport = defineExportSource({
  name: 'misinfo-case-stats',
  title: 'Thống kê phản ánh tin sai',
  query: z.object({ year: CaseStatsQuerySchema.shape.year }),
  columns: [
    { header: 'Tháng', key: 'month', type: 'text', width: 10 },
    { header: 'Tổng số', key: 'total', type: 'number', width: 10 },
    ...[...CASE_CATEGORIES, 'unclassified' as const].map((k) => ({ header: k === 'unclassified' ? 'Chưa phân loại' : CASE_CATEGORY_LABELS_VI[k], key: `c_${k}`, type: 'number' as const, width: 14 })),
    ...CASE_STATUSES.map((k) => ({ header: CASE_STATUS_LABELS_VI[k], key: `s_${k}`, type: 'number' as const, width: 14 })),
  ],
  count: async () => 13,
  rows: async function* (ctx: AuthedCtx, q) {
    const s = await getCaseStats(ctx, q.year);
    const line = (label: string, total: number, cat: Record<string, number>, out: Record<string, number>) => ({
      month: label, total,
      ...Object.fromEntries(Object.entries(cat).map(([k, v]) => [`c_${k}`, v])),
      ...Object.fromEntries(Object.entries(out).map(([k, v]) => [`s_${k}`, v])),
    });
    yield [...s.months.map((m) => line(`${String(m.month).padStart(2, '0')}/${q.year}`, m.total, m.byCategory, m.byOutcome)), line('Cả năm', s.totals.total, s.totals.byCategory, s.totals.byOutcome)];
  },
});
