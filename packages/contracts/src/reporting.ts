import { z } from 'zod';
import { UuidSchema } from './common.ts';

/** Periodic reports, indicators and the dashboard. */

export const REPORT_STATUSES = ['draft', 'submitted', 'approved', 'accepted', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_ACTIONS = ['submit', 'approve', 'accept', 'return', 'correct'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];
export const REPORT_STATUS_LABELS_VI: Record<ReportStatus, string> = {
  draft: 'Đang nhập',
  submitted: 'Đã gửi, chờ lãnh đạo đơn vị duyệt',
  approved: 'Lãnh đạo đơn vị đã duyệt, chờ cơ quan thường trực',
  accepted: 'Cơ quan thường trực đã tiếp nhận',
  returned: 'Bị trả lại',
};

export const PeriodIdSchema = z
  .string()
  .regex(/^\d{4}(H[12]|Q[1-4]|-(0[1-9]|1[0-2]))?$/, { message: 'Kỳ báo cáo không hợp lệ (ví dụ: 2025, 2025H1, 2025Q3, 2025-03)' });

export const DataElementSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  valueType: z.enum(['integer', 'decimal', 'percentage']),
  unitLabel: z.string().nullable(),
  minValue: z.number().nullable(),
  maxValue: z.number().nullable(),
  categories: z.array(z.string()),
  timeAggregation: z.enum(['sum', 'latest']),
  required: z.boolean(),
});

export const ReportFormSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  periodType: z.enum(['month', 'quarter', 'half', 'year']),
  unitTypes: z.array(z.string()),
  deadlineDay: z.number().int(),
  lateDays: z.number().int(),
  elements: z.array(DataElementSchema),
  rules: z.array(z.object({ left: z.string(), op: z.enum(['<=', '>=', '=', '<', '>']), right: z.string(), message: z.string() })),
});
export type ReportForm = z.infer<typeof ReportFormSchema>;

export const WindowSchema = z.union([
  z.object({ open: z.literal(true), closes: z.string(), late: z.boolean(), deadline: z.string() }),
  z.object({ open: z.literal(false), reason: z.enum(['not_started', 'closed']), opens: z.string(), closes: z.string(), deadline: z.string() }),
]);

export const ReportValueSchema = z.object({
  element: z.string().min(1),
  category: z.string().max(100).default(''),
  value: z.number({ message: 'Giá trị phải là số' }).finite({ message: 'Giá trị phải là số' }),
});

export const ReportViewSchema = z.object({
  id: z.uuid().nullable(),
  formId: z.uuid(),
  formName: z.string(),
  unitId: z.uuid(),
  unitName: z.string(),
  period: z.string(),
  periodLabel: z.string(),
  status: z.enum(REPORT_STATUSES).nullable(),
  revision: z.number().int(),
  lockVersion: z.number().int().nullable(),
  values: z.array(z.object({ element: z.string(), category: z.string(), value: z.number() })),
  window: WindowSchema,
  /** Why the form cannot be edited now, in Vietnamese (null when it can). */
  lockedReason: z.string().nullable(),
  canEdit: z.boolean(),
  actions: z.array(z.enum(REPORT_ACTIONS)),
  submittedAt: z.string().nullable(),
  onTime: z.boolean().nullable(),
  history: z.array(z.object({ action: z.string(), from: z.string().nullable(), to: z.string(), comment: z.string().nullable(), actorName: z.string().nullable(), at: z.string() })),
});
export type ReportView = z.infer<typeof ReportViewSchema>;

export const ReportEntryQuerySchema = z.object({ formId: UuidSchema, unitId: UuidSchema, period: PeriodIdSchema });

export const SaveReportBodySchema = z.object({
  formId: UuidSchema,
  unitId: UuidSchema,
  period: PeriodIdSchema,
  values: z.array(ReportValueSchema).max(2000),
  /** null for the first save. */
  lockVersion: z.number().int().min(1).nullable(),
});

export const ReportTransitionBodySchema = z.object({
  action: z.enum(REPORT_ACTIONS, { message: 'Thao tác không hợp lệ' }),
  comment: z.string().trim().max(4000).nullish(),
  lockVersion: z.number().int().min(1),
});

export const ReportListQuerySchema = z.object({
  formId: UuidSchema.optional(),
  period: PeriodIdSchema.optional(),
  status: z.enum(REPORT_STATUSES).optional(),
  unitId: UuidSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const CompletenessQuerySchema = z.object({ formId: UuidSchema, period: PeriodIdSchema, unitId: UuidSchema.optional() });
export const CompletenessSchema = z.object({
  formId: z.uuid(),
  period: z.string(),
  deadline: z.string(),
  expected: z.number().int(),
  submitted: z.number().int(),
  onTime: z.number().int(),
  accepted: z.number().int(),
  units: z.array(z.object({ unitId: z.uuid(), unitName: z.string(), status: z.string(), submittedAt: z.string().nullable(), onTime: z.boolean().nullable(), late: z.boolean() })),
});

export const ExceptionBodySchema = z.object({
  formId: UuidSchema,
  unitId: UuidSchema,
  period: PeriodIdSchema,
  openUntil: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Ngày phải có dạng YYYY-MM-DD' }),
  reason: z.string().trim().min(3, { message: 'Vui lòng ghi lý do' }).max(1000),
});

export const STRUCTURE_MODES = ['as-of', 'today'] as const;

export const DashboardQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  unitId: UuidSchema.optional(),
  /** as-of: the structure valid at the end of the year; today: old values mapped to today's units. */
  structure: z.enum(STRUCTURE_MODES).default('as-of'),
});

export const IndicatorValueSchema = z.object({
  code: z.string(),
  targetNumber: z.number().int().nullable(),
  name: z.string(),
  description: z.string(),
  unitLabel: z.string(),
  aggregation: z.string(),
  value: z.number().nullable(),
  numerator: z.number(),
  denominator: z.number().nullable(),
  unitsWithData: z.number().int(),
  unitsMissing: z.number().int(),
  target: z.number().nullable(),
  targetMax: z.number().nullable(),
  met: z.boolean().nullable(),
});
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

export const DashboardSchema = z.object({
  year: z.number().int(),
  unitId: z.uuid(),
  unitName: z.string(),
  structure: z.enum(STRUCTURE_MODES),
  structureDate: z.string(),
  indicators: z.array(IndicatorValueSchema.extend({ series: z.array(z.object({ year: z.number().int(), value: z.number().nullable(), target: z.number().nullable() })) })),
  completeness: z.array(z.object({ formId: z.uuid(), formName: z.string(), period: z.string(), periodLabel: z.string(), expected: z.number().int(), submitted: z.number().int(), onTime: z.number().int(), accepted: z.number().int() })),
  computedInMs: z.number(),
});

export const BreakdownSchema = z.object({
  code: z.string(),
  year: z.number().int(),
  structureDate: z.string(),
  target: z.number().nullable(),
  rows: z.array(z.object({ unitId: z.uuid(), unitName: z.string(), type: z.string(), officialCode: z.string().nullable(), value: z.number().nullable(), numerator: z.number(), denominator: z.number().nullable(), lagging: z.boolean(), hasChildren: z.boolean() })),
});

export const FactsQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  unitId: UuidSchema.optional(),
  structure: z.enum(STRUCTURE_MODES).default('as-of'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export const FactRowSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  key: z.string(),
  label: z.string(),
  period: z.string(),
  value: z.number(),
  sourceType: z.string(),
  sourceId: z.string().nullable(),
  link: z.string().nullable(),
});
