import { z } from 'zod';
import { BUDGET_SOURCE_LABELS_VI, PLAN_STATUS_LABELS_VI, PlanBoardQuerySchema, PlanListQuerySchema } from '@lantoa/contracts/plans';
import { defineExportSource } from '../../platform/exports/exports.ts';
import type { AuthedCtx } from '../../platform/context.ts';
import { findPlans, getPlanBoard } from './plans.service.ts';
import { getEstimate } from './estimates.service.ts';

const GROUP_LABELS: Record<string, string> = {
  locality: 'Địa phương', department: 'Sở, ban, ngành', mass_organisation: 'Đoàn thể', press: 'Báo chí', other: 'Khác',
};

/** Plans in scope with the list's filter, page by page. */
export const planListExport = defineExportSource({
  name: 'plans',
  title: 'Kế hoạch truyền thông',
  query: PlanListQuerySchema.omit({ page: true, pageSize: true }),
  columns: [
    { header: 'Năm', key: 'year', type: 'number', width: 8 },
    { header: 'Đơn vị', key: 'unit', type: 'text', width: 40 },
    { header: 'Tên kế hoạch', key: 'title', type: 'text', width: 50 },
    { header: 'Trạng thái', key: 'status', type: 'text', width: 18 },
    { header: 'Phiên bản', key: 'version', type: 'number', width: 10 },
    { header: 'Tổng kinh phí (đồng)', key: 'total', type: 'number', width: 18 },
    { header: 'Cập nhật', key: 'updated', type: 'date', width: 14 },
  ],
  count: async (ctx: AuthedCtx, q) => (await findPlans(ctx, { ...q, page: 1, pageSize: 1 })).total,
  rows: async function* (ctx: AuthedCtx, q) {
    for (let page = 1; ; page++) {
      const r = await findPlans(ctx, { ...q, page, pageSize: 200 });
      yield r.items.map((p) => ({
        year: p.year, unit: p.unitName, title: p.title, status: PLAN_STATUS_LABELS_VI[p.status], version: p.versionNo, total: p.totalAmount, updated: p.updatedAt.slice(0, 10),
      }));
      if (page * 200 >= r.total) return;
    }
  },
});

/** The year's status board: every unit expected to plan, and where its plan stands. */
export const planBoardExport = defineExportSource({
  name: 'plan-board',
  title: 'Tình trạng kế hoạch',
  query: PlanBoardQuerySchema,
  columns: [
    { header: 'Đơn vị', key: 'unit', type: 'text', width: 40 },
    { header: 'Nhóm', key: 'group', type: 'text', width: 18 },
    { header: 'Trạng thái', key: 'status', type: 'text', width: 20 },
    { header: 'Tổng kinh phí (đồng)', key: 'total', type: 'number', width: 18 },
    { header: 'Cập nhật', key: 'updated', type: 'date', width: 14 },
  ],
  count: async (ctx: AuthedCtx, q) => (await getPlanBoard(ctx, q)).units.length,
  rows: async function* (ctx: AuthedCtx, q) {
    const board = await getPlanBoard(ctx, q);
    yield board.units.map((u) => ({ unit: u.unitName, group: GROUP_LABELS[u.group] ?? u.group, status: PLAN_STATUS_LABELS_VI[u.status], total: u.totalAmount, updated: u.updatedAt?.slice(0, 10) ?? null }));
  },
});

/** The consolidated estimate, every step's figure in its own column. */
export const estimateExport = defineExportSource({
  name: 'budget-estimate',
  title: 'Dự toán kinh phí truyền thông CĐS',
  query: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
  columns: [
    { header: 'Đơn vị', key: 'unit', type: 'text', width: 36 },
    { header: 'Nội dung nhiệm vụ', key: 'taskArea', type: 'number', width: 10 },
    { header: 'Nội dung chi', key: 'description', type: 'text', width: 45 },
    { header: 'Nguồn', key: 'source', type: 'text', width: 22 },
    { header: 'Đề xuất (đồng)', key: 'proposed', type: 'number', width: 16 },
    { header: 'Thẩm định (đồng)', key: 'appraised', type: 'number', width: 16 },
    { header: 'Lý do điều chỉnh', key: 'reason', type: 'text', width: 36 },
    { header: 'Phê duyệt (đồng)', key: 'approved', type: 'number', width: 16 },
  ],
  count: async (ctx: AuthedCtx, q) => (await getEstimate(ctx, q.year)).lines.length,
  rows: async function* (ctx: AuthedCtx, q) {
    const e = await getEstimate(ctx, q.year);
    yield e.lines.map((l) => ({
      unit: l.unitName, taskArea: l.taskAreaNumber, description: l.description, source: BUDGET_SOURCE_LABELS_VI[l.source as keyof typeof BUDGET_SOURCE_LABELS_VI] ?? l.source,
      proposed: l.proposedAmount, appraised: l.appraisedAmount, reason: l.appraisalReason, approved: l.approvedAmount,
    }));
  },
});
