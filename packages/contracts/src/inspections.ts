import { z } from 'zod';
import { IsoDateSchema, PageQuerySchema, UuidSchema } from './common.ts';

/** Inspections and evaluation (task area 10): plans, visits, findings, recommendations, self-assessments. */

const text = (max: number, label: string) =>
  z
    .string({ message: `Vui lòng nhập ${label}` })
    .trim()
    .min(1, { message: `Vui lòng nhập ${label}` })
    .max(max, { message: `${label[0]!.toUpperCase()}${label.slice(1)} tối đa ${max} ký tự` });
const optText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label} tối đa ${max} ký tự` })
    .nullish()
    .transform((v) => (v ? v : null));
const YearSchema = z.coerce.number({ message: 'Năm không hợp lệ' }).int({ message: 'Năm không hợp lệ' }).min(2000, { message: 'Năm không hợp lệ' }).max(2100, { message: 'Năm không hợp lệ' });
const LockSchema = z.number().int().min(1);

// ── Inspection plans ───────────────────────────────────────────────────────────────────────────
const PlanFieldsSchema = z.object({
  year: YearSchema,
  title: text(300, 'tên kế hoạch kiểm tra'),
  scopeNote: optText(4000, 'Nội dung, phạm vi'),
  leadUnitId: UuidSchema,
  unitIds: z.array(UuidSchema).min(1, { message: 'Chọn ít nhất một đơn vị được kiểm tra' }).max(500),
  periodStart: IsoDateSchema,
  periodEnd: IsoDateSchema,
  members: optText(2000, 'Thành phần đoàn'),
});
const planRules = <T extends z.ZodType<z.infer<typeof PlanFieldsSchema>>>(s: T) =>
  s
    .refine((p) => p.periodEnd >= p.periodStart, { message: 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu', path: ['periodEnd'] })
    .refine((p) => p.periodStart.slice(0, 4) === String(p.year), { message: 'Thời gian kiểm tra phải bắt đầu trong năm của kế hoạch', path: ['periodStart'] });
export const CreateInspectionPlanBodySchema = planRules(PlanFieldsSchema);
export type CreateInspectionPlanBody = z.infer<typeof PlanFieldsSchema>;
export const UpdateInspectionPlanBodySchema = planRules(PlanFieldsSchema.extend({ lockVersion: LockSchema }));
export type UpdateInspectionPlanBody = CreateInspectionPlanBody & { lockVersion: number };

export const InspectionPlanListQuerySchema = PageQuerySchema.extend({
  year: YearSchema.optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(['-year', 'year', 'title', '-period_start']).default('-year'),
});

export const InspectionPlanSummarySchema = z.object({
  id: z.uuid(),
  year: z.number().int(),
  title: z.string(),
  leadUnitId: z.uuid(),
  leadUnitName: z.string().nullable(),
  periodStart: z.string(),
  periodEnd: z.string(),
  unitCount: z.number().int(),
  visitCount: z.number().int(),
  openRecommendations: z.number().int(),
  overdueRecommendations: z.number().int(),
});
export type InspectionPlanSummary = z.infer<typeof InspectionPlanSummarySchema>;

export const REC_STATUSES = ['open', 'in_progress', 'done'] as const;
export type RecStatus = (typeof REC_STATUSES)[number];
/** What lists show: the stored status, or "overdue" when the deadline has passed before it was done. */
export const REC_DISPLAY_STATUSES = ['open', 'in_progress', 'overdue', 'done'] as const;
export type RecDisplayStatus = (typeof REC_DISPLAY_STATUSES)[number];
export const REC_STATUS_LABELS_VI: Record<RecDisplayStatus, string> = {
  open: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  overdue: 'Quá hạn',
  done: 'Đã hoàn thành',
};
export const REC_ACTIONS = ['start', 'close', 'reopen'] as const;
export type RecAction = (typeof REC_ACTIONS)[number];

export const RecommendationSummarySchema = z.object({
  id: z.uuid(),
  content: z.string(),
  responsibleUnitId: z.uuid(),
  responsibleUnitName: z.string().nullable(),
  deadline: z.string(),
  status: z.enum(REC_STATUSES),
  displayStatus: z.enum(REC_DISPLAY_STATUSES),
  isOverdue: z.boolean(),
  findingId: z.uuid(),
  findingContent: z.string(),
  visitId: z.uuid(),
  visitUnitName: z.string().nullable(),
  planId: z.uuid(),
  planTitle: z.string(),
  year: z.number().int(),
  reportCount: z.number().int(),
  lockVersion: z.number().int(),
});
export type RecommendationSummary = z.infer<typeof RecommendationSummarySchema>;

export const RecommendationViewSchema = RecommendationSummarySchema.extend({
  closingNote: z.string().nullable(),
  closedAt: z.string().nullable(),
  reports: z.array(z.object({ id: z.uuid(), body: z.string(), reporterName: z.string().nullable(), at: z.string() })),
  history: z.array(z.object({ action: z.string(), from: z.string().nullable(), to: z.string(), comment: z.string().nullable(), actorName: z.string().nullable(), at: z.string() })),
  actions: z.array(z.enum(REC_ACTIONS)),
  canReport: z.boolean(),
});
export type RecommendationView = z.infer<typeof RecommendationViewSchema>;

export const FindingViewSchema = z.object({
  id: z.uuid(),
  content: z.string(),
  recommendations: z.array(RecommendationSummarySchema),
});

export const VisitSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string().nullable(),
  visitDate: z.string(),
  inspectors: z.string(),
  summary: z.string().nullable(),
  lockVersion: z.number().int(),
  findings: z.array(FindingViewSchema),
});
export type Visit = z.infer<typeof VisitSchema>;

export const InspectionPlanViewSchema = InspectionPlanSummarySchema.extend({
  scopeNote: z.string().nullable(),
  members: z.string().nullable(),
  units: z.array(z.object({ id: z.uuid(), name: z.string().nullable() })),
  lockVersion: z.number().int(),
  canManage: z.boolean(),
  visits: z.array(VisitSchema),
});
export type InspectionPlanView = z.infer<typeof InspectionPlanViewSchema>;

export const VisitBodySchema = z.object({
  unitId: UuidSchema,
  visitDate: IsoDateSchema,
  inspectors: text(2000, 'thành phần đoàn kiểm tra'),
  summary: optText(4000, 'Tóm tắt'),
});
export type VisitBody = z.infer<typeof VisitBodySchema>;

export const FindingBodySchema = z.object({ content: text(4000, 'nội dung kết luận, phát hiện') });

export const RecommendationBodySchema = z.object({
  content: text(4000, 'nội dung kiến nghị'),
  responsibleUnitId: UuidSchema,
  deadline: IsoDateSchema,
});
export type RecommendationBody = z.infer<typeof RecommendationBodySchema>;

export const RecommendationListQuerySchema = PageQuerySchema.extend({
  year: YearSchema.optional(),
  status: z.enum(REC_DISPLAY_STATUSES, { message: 'Trạng thái không hợp lệ' }).optional(),
  responsibleUnitId: UuidSchema.optional(),
  planId: UuidSchema.optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(['deadline', '-deadline', 'unit']).default('deadline'),
});

export const RecommendationReportBodySchema = z.object({ body: text(4000, 'nội dung báo cáo thực hiện'), lockVersion: LockSchema });
export const RecommendationTransitionBodySchema = z.object({
  action: z.enum(REC_ACTIONS, { message: 'Thao tác không hợp lệ' }),
  comment: optText(2000, 'Ghi chú'),
  lockVersion: LockSchema,
});

// ── Criteria and self-assessments ──────────────────────────────────────────────────────────────
export const CriterionInputSchema = z.object({
  code: text(20, 'mã tiêu chí'),
  title: text(500, 'tên tiêu chí'),
  maxPoints: z.number({ message: 'Điểm tối đa phải là số' }).positive({ message: 'Điểm tối đa phải lớn hơn 0' }).max(1000, { message: 'Điểm tối đa không quá 1000' }),
});
export const CriteriaSetBodySchema = z
  .object({
    criteria: z.array(CriterionInputSchema).min(1, { message: 'Bộ tiêu chí cần ít nhất một tiêu chí' }).max(100),
    lockVersion: z.number().int().min(0),
  })
  .refine((b) => new Set(b.criteria.map((c) => c.code.toLowerCase())).size === b.criteria.length, { message: 'Mã tiêu chí bị trùng', path: ['criteria'] });
export const CriteriaSetSchema = z.object({
  year: z.number().int(),
  lockVersion: z.number().int(),
  totalPoints: z.number(),
  usedByAssessments: z.number().int(),
  criteria: z.array(z.object({ id: z.uuid(), code: z.string(), title: z.string(), maxPoints: z.number() })),
});
export type CriteriaSet = z.infer<typeof CriteriaSetSchema>;

export const ASSESSMENT_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
export const ASSESSMENT_STATUS_LABELS_VI: Record<AssessmentStatus, string> = {
  draft: 'Đang tự đánh giá',
  submitted: 'Đã gửi, chờ thẩm định',
  returned: 'Bị trả lại',
  accepted: 'Đã công nhận',
};
export const ASSESSMENT_ACTIONS = ['submit', 'accept', 'return'] as const;
export type AssessmentAction = (typeof ASSESSMENT_ACTIONS)[number];

export const AssessmentListQuerySchema = PageQuerySchema.extend({
  year: YearSchema.optional(),
  status: z.enum(ASSESSMENT_STATUSES, { message: 'Trạng thái không hợp lệ' }).optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(['unit', '-self_total', '-review_total', '-updated']).default('unit'),
});
export const AssessmentSummarySchema = z.object({
  id: z.uuid(),
  year: z.number().int(),
  unitId: z.uuid(),
  unitName: z.string().nullable(),
  status: z.enum(ASSESSMENT_STATUSES),
  selfTotal: z.number(),
  reviewTotal: z.number().nullable(),
  maxTotal: z.number(),
  updatedAt: z.string(),
});
export const AssessmentViewSchema = AssessmentSummarySchema.extend({
  summary: z.string().nullable(),
  reviewComment: z.string().nullable(),
  lockVersion: z.number().int(),
  scores: z.array(z.object({
    criterionId: z.uuid(), code: z.string(), title: z.string(), maxPoints: z.number(),
    selfScore: z.number().nullable(), evidence: z.string().nullable(), reviewScore: z.number().nullable(), reviewNote: z.string().nullable(),
  })),
  plan: z.object({
    id: z.uuid(), title: z.string(), status: z.string(),
    activities: z.array(z.object({ taskAreaNumber: z.number().int(), title: z.string(), periodEnd: z.string().nullable(), outputQuantity: z.number().nullable(), outputUnit: z.string().nullable() })),
  }).nullable(),
  history: z.array(z.object({ action: z.string(), from: z.string().nullable(), to: z.string(), comment: z.string().nullable(), actorName: z.string().nullable(), at: z.string() })),
  actions: z.array(z.enum(ASSESSMENT_ACTIONS)),
  canEdit: z.boolean(),
  canReview: z.boolean(),
});
export type AssessmentView = z.infer<typeof AssessmentViewSchema>;

const ScoreValue = z.number({ message: 'Điểm phải là số' }).min(0, { message: 'Điểm không được âm' }).nullable();
export const CreateAssessmentBodySchema = z.object({ year: YearSchema, unitId: UuidSchema });
export const SaveSelfScoresBodySchema = z.object({
  summary: optText(4000, 'Tự nhận xét'),
  scores: z.array(z.object({ criterionId: UuidSchema, selfScore: ScoreValue, evidence: optText(4000, 'Minh chứng') })),
  lockVersion: LockSchema,
});
export const SaveReviewBodySchema = z.object({
  reviewComment: optText(4000, 'Nhận xét thẩm định'),
  scores: z.array(z.object({ criterionId: UuidSchema, reviewScore: ScoreValue, reviewNote: optText(2000, 'Ghi chú') })),
  lockVersion: LockSchema,
});
export const AssessmentTransitionBodySchema = z.object({
  action: z.enum(ASSESSMENT_ACTIONS, { message: 'Thao tác không hợp lệ' }),
  comment: optText(2000, 'Lý do'),
  lockVersion: LockSchema,
});
