import { z } from 'zod';
import { PageQuerySchema, UuidSchema } from './common.ts';

/** Difficulties and obstacles (khó khăn, vướng mắc) units meet in the programme. */

export const DIFFICULTY_STATUSES = ['reported', 'coordinating', 'escalated', 'directed', 'resolved'] as const;
export type DifficultyStatus = (typeof DIFFICULTY_STATUSES)[number];
export const DIFFICULTY_ACTIONS = ['coordinate', 'escalate', 'direct', 'resolve'] as const;
export type DifficultyAction = (typeof DIFFICULTY_ACTIONS)[number];
export const DIFFICULTY_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type DifficultySeverity = (typeof DIFFICULTY_SEVERITIES)[number];
/** Age of an open difficulty, in days: the board's columns. */
export const DIFFICULTY_AGE_BUCKETS = ['under7', 'under30', 'under90', 'over90'] as const;
export type DifficultyAgeBucket = (typeof DIFFICULTY_AGE_BUCKETS)[number];

export const DIFFICULTY_STATUS_LABELS_VI: Record<DifficultyStatus, string> = {
  reported: 'Đơn vị đã báo cáo',
  coordinating: 'Cơ quan thường trực đang phối hợp',
  escalated: 'Đã trình UBND thành phố',
  directed: 'UBND thành phố đã chỉ đạo',
  resolved: 'Đã giải quyết',
};
export const DIFFICULTY_SEVERITY_LABELS_VI: Record<DifficultySeverity, string> = {
  low: 'Thấp',
  medium: 'Trung bình',
  high: 'Cao',
  critical: 'Nghiêm trọng',
};
export const DIFFICULTY_AGE_LABELS_VI: Record<DifficultyAgeBucket, string> = {
  under7: 'Dưới 7 ngày',
  under30: '7–30 ngày',
  under90: '31–90 ngày',
  over90: 'Trên 90 ngày',
};

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

export const CreateDifficultyBodySchema = z.object({
  unitId: UuidSchema,
  taskAreaNumber: z.number({ message: 'Vui lòng chọn nội dung nhiệm vụ' }).int().min(1, { message: 'Nội dung nhiệm vụ từ 1 đến 11' }).max(11, { message: 'Nội dung nhiệm vụ từ 1 đến 11' }),
  severity: z.enum(DIFFICULTY_SEVERITIES, { message: 'Vui lòng chọn mức độ' }),
  title: text(300, 'tiêu đề'),
  description: text(4000, 'mô tả khó khăn, vướng mắc'),
  proposedSolution: optText(4000, 'Đề xuất, kiến nghị'),
});
export type CreateDifficultyBody = z.infer<typeof CreateDifficultyBodySchema>;

export const DifficultyTransitionBodySchema = z.object({
  action: z.enum(DIFFICULTY_ACTIONS, { message: 'Thao tác không hợp lệ' }),
  lockVersion: z.number().int().min(1),
  comment: optText(2000, 'Ghi chú'),
  /** coordinate: the units the standing agency works with. */
  concernedUnitIds: z.array(UuidSchema).max(50).optional(),
  /** escalate: the proposal put to UBND. */
  proposal: optText(4000, 'Đề xuất trình UBND'),
  /** direct: what UBND decided. */
  direction: optText(4000, 'Ý kiến chỉ đạo'),
  /** resolve: how it was settled. */
  resolution: optText(4000, 'Kết quả giải quyết'),
});
export type DifficultyTransitionBody = z.infer<typeof DifficultyTransitionBodySchema>;

export const DifficultySummarySchema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  taskAreaNumber: z.number().int(),
  severity: z.enum(DIFFICULTY_SEVERITIES),
  title: z.string(),
  status: z.enum(DIFFICULTY_STATUSES),
  ageDays: z.number().int(),
  ageBucket: z.enum(DIFFICULTY_AGE_BUCKETS),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DifficultySummary = z.infer<typeof DifficultySummarySchema>;

export const DifficultyViewSchema = DifficultySummarySchema.extend({
  description: z.string(),
  proposedSolution: z.string().nullable(),
  concernedUnits: z.array(z.object({ id: z.uuid(), name: z.string() })),
  proposal: z.string().nullable(),
  direction: z.string().nullable(),
  resolution: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  lockVersion: z.number().int(),
  actions: z.array(z.enum(DIFFICULTY_ACTIONS)),
  history: z.array(z.object({ action: z.string(), from: z.string().nullable(), to: z.string(), comment: z.string().nullable(), actorName: z.string().nullable(), at: z.string() })),
});
export type DifficultyView = z.infer<typeof DifficultyViewSchema>;

export const DifficultyListQuerySchema = PageQuerySchema.extend({
  status: z.enum(DIFFICULTY_STATUSES, { message: 'Trạng thái không hợp lệ' }).optional(),
  severity: z.enum(DIFFICULTY_SEVERITIES, { message: 'Mức độ không hợp lệ' }).optional(),
  taskAreaNumber: z.coerce.number().int().min(1).max(11).optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(['newest', 'oldest', 'severity']).default('newest'),
});

export const DifficultyBoardSchema = z.object({
  columns: z.array(
    z.object({
      status: z.enum(DIFFICULTY_STATUSES),
      total: z.number().int(),
      byAge: z.record(z.string(), z.number().int()),
      items: z.array(DifficultySummarySchema),
    }),
  ),
});
export type DifficultyBoard = z.infer<typeof DifficultyBoardSchema>;
