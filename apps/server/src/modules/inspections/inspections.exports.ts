import {
  ASSESSMENT_STATUS_LABELS_VI,
  AssessmentListQuerySchema,
  InspectionPlanListQuerySchema,
  REC_STATUS_LABELS_VI,
  RecommendationListQuerySchema,
} from '@lantoa/contracts/inspections';
import type { AuthedCtx } from '../../platform/context.ts';
import { defineExportSource } from '../../platform/exports/exports.ts';
import { findPlans, findRecommendations } from './inspections.service.ts';
import { findAssessments } from './assessments.service.ts';

const PAGE = 200;

/** Inspection plans in scope with the list's filter. */
export const inspectionPlanExport = defineExportSource({
  name: 'inspection-plans',
  title: 'Kế hoạch kiểm tra',
  query: InspectionPlanListQuerySchema.omit({ page: true, pageSize: true }),
  columns: [
    { header: 'Năm', key: 'year', type: 'number', width: 8 },
    { header: 'Kế hoạch kiểm tra', key: 'title', type: 'text', width: 50 },
    { header: 'Đơn vị chủ trì', key: 'lead', type: 'text', width: 36 },
    { header: 'Từ ngày', key: 'from', type: 'date', width: 12 },
    { header: 'Đến ngày', key: 'to', type: 'date', width: 12 },
    { header: 'Số đơn vị được kiểm tra', key: 'units', type: 'number', width: 14 },
    { header: 'Số buổi kiểm tra', key: 'visits', type: 'number', width: 12 },
    { header: 'Kiến nghị chưa xong', key: 'open', type: 'number', width: 14 },
    { header: 'Kiến nghị quá hạn', key: 'overdue', type: 'number', width: 14 },
  ],
  count: async (ctx: AuthedCtx, q) => (await findPlans(ctx, { ...q, page: 1, pageSize: 1 })).total,
  rows: async function* (ctx: AuthedCtx, q) {
    for (let page = 1; ; page++) {
      const r = await findPlans(ctx, { ...q, page, pageSize: PAGE });
      yield r.items.map((p) => ({
        year: p.year, title: p.title, lead: p.leadUnitName, from: p.periodStart, to: p.periodEnd, units: p.unitCount, visits: p.visitCount,
        open: p.openRecommendations, overdue: p.overdueRecommendations,
      }));
      if (page * PAGE >= r.total) return;
    }
  },
});

/** Recommendations in scope with the list's filter, with their follow-up status. */
export const recommendationExport = defineExportSource({
  name: 'inspection-recommendations',
  title: 'Kiến nghị sau kiểm tra',
  query: RecommendationListQuerySchema.omit({ page: true, pageSize: true }),
  columns: [
    { header: 'Kiến nghị', key: 'content', type: 'text', width: 60 },
    { header: 'Đơn vị thực hiện', key: 'unit', type: 'text', width: 36 },
    { header: 'Hạn', key: 'deadline', type: 'date', width: 12 },
    { header: 'Tình trạng', key: 'status', type: 'text', width: 18 },
    { header: 'Số lần báo cáo', key: 'reports', type: 'number', width: 12 },
    { header: 'Kết luận kiểm tra', key: 'finding', type: 'text', width: 50 },
    { header: 'Kế hoạch kiểm tra', key: 'plan', type: 'text', width: 40 },
  ],
  count: async (ctx: AuthedCtx, q) => (await findRecommendations(ctx, { ...q, page: 1, pageSize: 1 })).total,
  rows: async function* (ctx: AuthedCtx, q) {
    for (let page = 1; ; page++) {
      const r = await findRecommendations(ctx, { ...q, page, pageSize: PAGE });
      yield r.items.map((x) => ({
        content: x.content, unit: x.responsibleUnitName, deadline: x.deadline, status: REC_STATUS_LABELS_VI[x.displayStatus], reports: x.reportCount,
        finding: x.findingContent, plan: x.planTitle,
      }));
      if (page * PAGE >= r.total) return;
    }
  },
});

/** Self-assessments in scope with their scores. */
export const assessmentExport = defineExportSource({
  name: 'self-assessments',
  title: 'Kết quả tự đánh giá',
  query: AssessmentListQuerySchema.omit({ page: true, pageSize: true }),
  columns: [
    { header: 'Năm', key: 'year', type: 'number', width: 8 },
    { header: 'Đơn vị', key: 'unit', type: 'text', width: 40 },
    { header: 'Trạng thái', key: 'status', type: 'text', width: 24 },
    { header: 'Điểm tự chấm', key: 'self', type: 'number', width: 12 },
    { header: 'Điểm thẩm định', key: 'review', type: 'number', width: 12 },
    { header: 'Điểm tối đa', key: 'max', type: 'number', width: 12 },
  ],
  count: async (ctx: AuthedCtx, q) => (await findAssessments(ctx, { ...q, page: 1, pageSize: 1 })).total,
  rows: async function* (ctx: AuthedCtx, q) {
    for (let page = 1; ; page++) {
      const r = await findAssessments(ctx, { ...q, page, pageSize: PAGE });
      yield r.items.map((a) => ({ year: a.year, unit: a.unitName, status: ASSESSMENT_STATUS_LABELS_VI[a.status], self: a.selfTotal, review: a.reviewTotal, max: a.maxTotal }));
      if (page * PAGE >= r.total) return;
    }
  },
});
