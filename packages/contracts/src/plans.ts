import { z } from 'zod';
import { IsoDateSchema, UuidSchema } from './common.ts';

/** Annual communication plans (kế hoạch truyền thông) and the budget-estimate chain. */

export const PLAN_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
/** "none" = the unit has no plan for the year yet (status board only). */
export const PLAN_BOARD_STATUSES = ['none', ...PLAN_STATUSES] as const;

export const PLAN_ACTIONS = ['submit', 'accept', 'return', 'reopen'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

export const AUDIENCES = ['leaders', 'officials', 'citizens', 'businesses', 'students', 'elderly', 'ethnic_minorities', 'youth', 'members'] as const;
export const CHANNELS = ['press', 'radio_tv', 'loudspeaker', 'portal_column', 'social_media', 'conference', 'community', 'school'] as const;
export const BUDGET_SOURCES = ['city_budget', 'local_budget', 'socialised'] as const;
export type BudgetSource = (typeof BUDGET_SOURCES)[number];

export const AUDIENCE_LABELS_VI: Record<(typeof AUDIENCES)[number], string> = {
  leaders: 'Lãnh đạo các cấp',
  officials: 'Cán bộ, công chức, viên chức',
  citizens: 'Người dân',
  businesses: 'Doanh nghiệp',
  students: 'Học sinh, sinh viên',
  elderly: 'Người cao tuổi',
  ethnic_minorities: 'Đồng bào dân tộc thiểu số',
  youth: 'Thanh niên',
  members: 'Đoàn viên, hội viên',
};
export const CHANNEL_LABELS_VI: Record<(typeof CHANNELS)[number], string> = {
  press: 'Báo chí',
  radio_tv: 'Phát thanh, truyền hình',
  loudspeaker: 'Truyền thanh cơ sở',
  portal_column: 'Chuyên mục trên cổng/trang thông tin, bản tin',
  social_media: 'Mạng xã hội',
  conference: 'Hội nghị, hội thảo',
  community: 'Trực tiếp tại cộng đồng',
  school: 'Trường học',
};
export const BUDGET_SOURCE_LABELS_VI: Record<BudgetSource, string> = {
  city_budget: 'Ngân sách thành phố',
  local_budget: 'Ngân sách quận/huyện, phường/xã',
  socialised: 'Xã hội hóa, nguồn khác',
};
export const PLAN_STATUS_LABELS_VI: Record<(typeof PLAN_BOARD_STATUSES)[number], string> = {
  none: 'Chưa có kế hoạch',
  draft: 'Đang soạn',
  submitted: 'Đã gửi',
  returned: 'Bị trả lại',
  accepted: 'Đã chấp nhận',
};

const text = (max: number, label: string) =>
  z.string().trim().min(1, { message: `Vui lòng nhập ${label}` }).max(max, { message: `${label[0]!.toUpperCase()}${label.slice(1)} tối đa ${max} ký tự` });
const optText = (max: number) =>
  z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

/** Whole đồng: a non-negative integer, never "N/A" or a decimal. */
export const VndAmountSchema = z
  .number({ message: 'Số tiền phải là số' })
  .int({ message: 'Số tiền phải là số nguyên (đồng)' })
  .min(0, { message: 'Số tiền không được âm' })
  .max(1_000_000_000_000, { message: 'Số tiền quá lớn' });

export const ActivityInputSchema = z
  .object({
    taskAreaNumber: z.number({ message: 'Vui lòng chọn nội dung nhiệm vụ' }).int().min(1, { message: 'Nội dung nhiệm vụ không hợp lệ' }).max(50),
    title: text(300, 'tên hoạt động'),
    description: optText(4000),
    audiences: z.array(z.enum(AUDIENCES, { message: 'Đối tượng không hợp lệ' })).max(AUDIENCES.length).default([]),
    channels: z.array(z.enum(CHANNELS, { message: 'Kênh truyền thông không hợp lệ' })).max(CHANNELS.length).default([]),
    periodStart: IsoDateSchema.nullish().transform((v) => v ?? null),
    periodEnd: IsoDateSchema.nullish().transform((v) => v ?? null),
    responsibleUnitId: UuidSchema.nullish().transform((v) => v ?? null),
    coordinatingUnitIds: z.array(UuidSchema).max(50).default([]),
    outputQuantity: z.number({ message: 'Sản phẩm dự kiến phải là số' }).min(0, { message: 'Sản phẩm dự kiến không được âm' }).nullish().transform((v) => v ?? null),
    outputUnit: optText(50),
    linkedProgrammes: z.array(z.string().trim().min(1).max(300)).max(20).default([]),
  })
  .refine((a) => !a.periodStart || !a.periodEnd || a.periodEnd >= a.periodStart, {
    message: 'Ngày kết thúc phải sau ngày bắt đầu',
    path: ['periodEnd'],
  })
  .refine((a) => a.outputQuantity === null || a.outputUnit !== null, {
    message: 'Vui lòng nhập đơn vị tính của sản phẩm (bài viết, buổi, người…)',
    path: ['outputUnit'],
  });
export type ActivityInput = z.infer<typeof ActivityInputSchema>;

export const BudgetLineInputSchema = z.object({
  /** Index of the activity in this plan's list that the line funds, if any. */
  activityIndex: z.number().int().min(0).nullish().transform((v) => v ?? null),
  taskAreaNumber: z.number({ message: 'Vui lòng chọn nội dung nhiệm vụ' }).int().min(1).max(50),
  description: text(500, 'nội dung chi'),
  amount: VndAmountSchema,
  source: z.enum(BUDGET_SOURCES, { message: 'Nguồn kinh phí không hợp lệ' }),
});
export type BudgetLineInput = z.infer<typeof BudgetLineInputSchema>;

export const PlanContentSchema = z.object({
  title: text(300, 'tên kế hoạch'),
  summary: optText(8000),
  inSocioEconomicPlan: z.boolean().default(false),
  inYearlyProgramme: z.boolean().default(false),
  inMidTermProgramme: z.boolean().default(false),
  inLongTermProgramme: z.boolean().default(false),
  activities: z.array(ActivityInputSchema).max(300, { message: 'Tối đa 300 hoạt động' }),
  budgetLines: z.array(BudgetLineInputSchema).max(500, { message: 'Tối đa 500 dòng kinh phí' }),
});
export type PlanContent = z.infer<typeof PlanContentSchema>;

export const CreatePlanBodySchema = PlanContentSchema.extend({
  unitId: UuidSchema,
  year: z.number({ message: 'Năm phải là số' }).int().min(2000, { message: 'Năm không hợp lệ' }).max(2100, { message: 'Năm không hợp lệ' }),
  programmeId: UuidSchema.optional(),
  isCityPlan: z.boolean().default(false),
});
export type CreatePlanBody = z.infer<typeof CreatePlanBodySchema>;

export const UpdatePlanBodySchema = PlanContentSchema.extend({ lockVersion: z.number().int().min(1) });
export type UpdatePlanBody = z.infer<typeof UpdatePlanBodySchema>;

export const PlanTransitionBodySchema = z.object({
  action: z.enum(PLAN_ACTIONS, { message: 'Thao tác không hợp lệ' }),
  comment: z.string().trim().max(4000).nullish(),
  lockVersion: z.number().int().min(1),
});

const ActivityViewSchema = z.object({
  id: z.uuid(),
  taskAreaNumber: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  audiences: z.array(z.string()),
  channels: z.array(z.string()),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  responsibleUnitId: z.uuid().nullable(),
  responsibleUnitName: z.string().nullable(),
  coordinatingUnitIds: z.array(z.uuid()),
  outputQuantity: z.number().nullable(),
  outputUnit: z.string().nullable(),
  linkedProgrammes: z.array(z.string()),
});
const BudgetLineViewSchema = z.object({
  id: z.uuid(),
  activityId: z.uuid().nullable(),
  taskAreaNumber: z.number().int(),
  description: z.string(),
  amount: z.number().int(),
  source: z.enum(BUDGET_SOURCES),
});

export const PlanViewSchema = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  year: z.number().int(),
  isCityPlan: z.boolean(),
  title: z.string(),
  summary: z.string().nullable(),
  status: z.enum(PLAN_STATUSES),
  inSocioEconomicPlan: z.boolean(),
  inYearlyProgramme: z.boolean(),
  inMidTermProgramme: z.boolean(),
  inLongTermProgramme: z.boolean(),
  versionNo: z.number().int(),
  lockVersion: z.number().int(),
  submittedAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  updatedAt: z.string(),
  totalAmount: z.number().int(),
  activities: z.array(ActivityViewSchema),
  budgetLines: z.array(BudgetLineViewSchema),
  history: z.array(
    z.object({ action: z.string(), from: z.string().nullable(), to: z.string(), comment: z.string().nullable(), actorName: z.string().nullable(), at: z.string() }),
  ),
  /** Actions the current user may take now. */
  actions: z.array(z.enum(PLAN_ACTIONS)),
  canEdit: z.boolean(),
  /** Versions kept (submitted/accepted snapshots), newest last. */
  versions: z.array(z.object({ snapshotId: z.number().int(), versionNo: z.number().int(), status: z.string(), createdAt: z.string(), totalAmount: z.number().int() })),
});
export type PlanView = z.infer<typeof PlanViewSchema>;

export const PlanListQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(PLAN_STATUSES).optional(),
  unitId: UuidSchema.optional(),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const PlanSummarySchema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  year: z.number().int(),
  title: z.string(),
  status: z.enum(PLAN_STATUSES),
  versionNo: z.number().int(),
  totalAmount: z.number().int(),
  updatedAt: z.string(),
});

export const PlanBoardQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  group: z.enum(['locality', 'department', 'mass_organisation', 'press', 'school', 'other']).optional(),
  status: z.enum(PLAN_BOARD_STATUSES).optional(),
});

export const PlanBoardSchema = z.object({
  year: z.number().int(),
  asOf: z.string(),
  counts: z.record(z.string(), z.number().int()),
  byGroup: z.array(z.object({ group: z.string(), counts: z.record(z.string(), z.number().int()) })),
  units: z.array(
    z.object({
      unitId: z.uuid(),
      unitName: z.string(),
      type: z.string(),
      group: z.string(),
      status: z.enum(PLAN_BOARD_STATUSES),
      planId: z.uuid().nullable(),
      totalAmount: z.number().int().nullable(),
      updatedAt: z.string().nullable(),
    }),
  ),
});

export const RemindBehindBodySchema = z.object({
  year: z.number().int().min(2000).max(2100),
  statuses: z.array(z.enum(['none', 'draft', 'returned'])).min(1, { message: 'Chọn ít nhất một trạng thái' }),
  message: z.string().trim().max(1000).nullish(),
});

export const PlanCompareSchema = z.object({
  from: z.object({ versionNo: z.number().int(), status: z.string() }),
  to: z.object({ versionNo: z.number().int(), status: z.string() }),
  changes: z.array(z.object({ path: z.string(), label: z.string(), before: z.unknown(), after: z.unknown() })),
});

// ── Budget estimate chain ────────────────────────────────────────────────────────────────────

export const ESTIMATE_STATUSES = ['assembling', 'appraising', 'awaiting_approval', 'approved'] as const;
export const ESTIMATE_ACTIONS = ['submit_for_appraisal', 'return_to_consolidation', 'submit_for_approval', 'return_to_appraisal', 'approve'] as const;
export const ESTIMATE_STATUS_LABELS_VI: Record<(typeof ESTIMATE_STATUSES)[number], string> = {
  assembling: 'Cơ quan thường trực đang tổng hợp',
  appraising: 'Sở Tài chính đang thẩm định',
  awaiting_approval: 'Chờ UBND thành phố phê duyệt',
  approved: 'UBND thành phố đã phê duyệt',
};

export const EstimateLineViewSchema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  planId: z.uuid(),
  planVersionNo: z.number().int(),
  taskAreaNumber: z.number().int(),
  source: z.string(),
  description: z.string(),
  proposedAmount: z.number().int(),
  appraisedAmount: z.number().int().nullable(),
  appraisalReason: z.string().nullable(),
  approvedAmount: z.number().int().nullable(),
});

export const EstimateViewSchema = z.object({
  id: z.uuid(),
  year: z.number().int(),
  status: z.enum(ESTIMATE_STATUSES),
  lockVersion: z.number().int(),
  consolidatedAt: z.string().nullable(),
  appraisedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  totals: z.object({ proposed: z.number().int(), appraised: z.number().int().nullable(), approved: z.number().int().nullable() }),
  byUnit: z.array(z.object({ unitId: z.uuid(), unitName: z.string(), proposed: z.number().int(), appraised: z.number().int().nullable() })),
  byTaskArea: z.array(z.object({ taskAreaNumber: z.number().int(), proposed: z.number().int(), appraised: z.number().int().nullable() })),
  bySource: z.array(z.object({ source: z.string(), proposed: z.number().int(), appraised: z.number().int().nullable() })),
  lines: z.array(EstimateLineViewSchema),
  history: z.array(z.object({ action: z.string(), from: z.string().nullable(), to: z.string(), comment: z.string().nullable(), actorName: z.string().nullable(), at: z.string() })),
  actions: z.array(z.enum(ESTIMATE_ACTIONS)),
  /** Accepted plans of city-level units not yet in the estimate (re-consolidation picks them up). */
  pendingPlans: z.number().int(),
});
export type EstimateView = z.infer<typeof EstimateViewSchema>;

export const EstimateYearParamsSchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const AppraiseLineBodySchema = z
  .object({
    appraisedAmount: VndAmountSchema,
    reason: z.string().trim().max(2000).nullish(),
    lockVersion: z.number().int().min(1),
  });

export const EstimateTransitionBodySchema = z.object({
  action: z.enum(ESTIMATE_ACTIONS, { message: 'Thao tác không hợp lệ' }),
  comment: z.string().trim().max(4000).nullish(),
  lockVersion: z.number().int().min(1),
});
