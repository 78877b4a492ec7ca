import { z } from 'zod';
import { IsoDateSchema, UuidSchema } from './common.ts';

/** Communication models with citizens and businesses (target 9 of Decision 2780). */

export const TARGET_GROUPS = ['citizens', 'businesses', 'citizens_businesses'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
export const TARGET_GROUP_LABELS_VI: Record<TargetGroup, string> = {
  citizens: 'Người dân',
  businesses: 'Doanh nghiệp',
  citizens_businesses: 'Người dân và doanh nghiệp',
};

export const MODEL_STATUSES = ['proposed', 'evaluating', 'approved', 'rejected', 'deployed'] as const;
export type ModelStatus = (typeof MODEL_STATUSES)[number];
export const MODEL_STATUS_LABELS_VI: Record<ModelStatus, string> = {
  proposed: 'Đề xuất',
  evaluating: 'Đang chấm điểm',
  approved: 'Được chọn',
  rejected: 'Không được chọn',
  deployed: 'Đã triển khai',
};

export const MODEL_ACTIONS = ['open_evaluation', 'approve', 'reject', 'deploy'] as const;
export type ModelAction = (typeof MODEL_ACTIONS)[number];

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
const reach = (label: string) =>
  z
    .number({ message: `${label} phải là số` })
    .int({ message: `${label} phải là số nguyên` })
    .min(0, { message: `${label} không được âm` })
    .max(100_000_000, { message: `${label} quá lớn` });

export const ProposalInputSchema = z.object({
  year: z.number({ message: 'Vui lòng chọn năm' }).int().min(2000, { message: 'Năm không hợp lệ' }).max(2100, { message: 'Năm không hợp lệ' }),
  unitId: UuidSchema,
  title: text(300, 'tên mô hình'),
  targetGroup: z.enum(TARGET_GROUPS, { message: 'Vui lòng chọn đối tượng' }),
  description: text(8000, 'mô tả mô hình'),
  expectedReach: reach('Số người dự kiến tiếp cận'),
});
export type ProposalInput = z.infer<typeof ProposalInputSchema>;
export const UpdateProposalBodySchema = ProposalInputSchema.extend({ lockVersion: z.number().int().min(1) });
export type UpdateProposalBody = z.infer<typeof UpdateProposalBodySchema>;

export const TransitionBodySchema = z.object({
  action: z.enum(MODEL_ACTIONS, { message: 'Thao tác không hợp lệ' }),
  lockVersion: z.number().int().min(1),
  comment: z.string().trim().max(4000).nullish(),
  /** open_evaluation: who sits on the panel. */
  panelUserIds: z.array(UuidSchema).max(20, { message: 'Hội đồng tối đa 20 thành viên' }).optional(),
  /** deploy: the day deployment started. */
  deployedOn: IsoDateSchema.optional(),
});
export type TransitionBody = z.infer<typeof TransitionBodySchema>;

export const ScoresBodySchema = z.object({
  scores: z
    .array(z.object({ criterionId: UuidSchema, score: z.number({ message: 'Điểm phải là số' }).min(0, { message: 'Điểm không được âm' }), comment: optText(2000, 'Nhận xét') }))
    .min(1, { message: 'Vui lòng chấm ít nhất một tiêu chí' }),
});
export type ScoresBody = z.infer<typeof ScoresBodySchema>;

export const ResultsBodySchema = z.object({
  lockVersion: z.number().int().min(1),
  resultReach: reach('Số người đã tiếp cận'),
  resultNotes: optText(8000, 'Kết quả'),
});
export type ResultsBody = z.infer<typeof ResultsBodySchema>;

export const ReplicationBodySchema = z.object({
  unitId: UuidSchema,
  startedOn: IsoDateSchema,
  notes: optText(2000, 'Ghi chú'),
});
export type ReplicationBody = z.infer<typeof ReplicationBodySchema>;

export const CriterionInputSchema = z.object({
  id: UuidSchema.nullish().transform((v) => v ?? null),
  name: text(300, 'tên tiêu chí'),
  description: optText(2000, 'Mô tả'),
  weight: z.number({ message: 'Trọng số phải là số' }).gt(0, { message: 'Trọng số phải lớn hơn 0' }).max(100, { message: 'Trọng số tối đa 100' }),
  maxScore: z.number({ message: 'Điểm tối đa phải là số' }).gt(0, { message: 'Điểm tối đa phải lớn hơn 0' }).max(1000, { message: 'Điểm tối đa quá lớn' }),
});
export const CriteriaBodySchema = z.object({ criteria: z.array(CriterionInputSchema).min(1, { message: 'Cần ít nhất một tiêu chí' }).max(30) });
export type CriteriaBody = z.infer<typeof CriteriaBodySchema>;

export const CriterionSchema = z.object({ id: z.uuid(), name: z.string(), description: z.string().nullable(), weight: z.number(), maxScore: z.number() });
export type Criterion = z.infer<typeof CriterionSchema>;

export const MODEL_SORTS = ['-updated', 'title', 'year'] as const;

export const ModelListQuerySchema = z.object({
  year: z.coerce.number().int().min(2000, { message: 'Năm không hợp lệ' }).max(2100, { message: 'Năm không hợp lệ' }).optional(),
  status: z.enum(MODEL_STATUSES, { message: 'Trạng thái không hợp lệ' }).optional(),
  targetGroup: z.enum(TARGET_GROUPS, { message: 'Đối tượng không hợp lệ' }).optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(MODEL_SORTS).default('-updated'),
  page: z.coerce.number().int().min(1, { message: 'Trang phải từ 1 trở lên' }).default(1),
  pageSize: z.coerce.number().int().min(1).max(200, { message: 'Tối đa 200 dòng mỗi trang' }).default(20),
});
export type ModelListQuery = z.infer<typeof ModelListQuerySchema>;

export const ModelSummarySchema = z.object({
  id: z.uuid(),
  year: z.number().int(),
  unitId: z.uuid(),
  unitName: z.string(),
  title: z.string(),
  targetGroup: z.enum(TARGET_GROUPS),
  expectedReach: z.number().int(),
  status: z.enum(MODEL_STATUSES),
  deployedOn: z.string().nullable(),
  averageScore: z.number().nullable(),
  replicationCount: z.number().int(),
  isDemo: z.boolean(),
  updatedAt: z.string(),
});
export type ModelSummary = z.infer<typeof ModelSummarySchema>;

export const PanelMemberSchema = z.object({
  userId: z.uuid(),
  fullName: z.string(),
  /** The member's weighted score out of 100, once every criterion is scored. */
  weightedScore: z.number().nullable(),
  scores: z.array(z.object({ criterionId: z.uuid(), score: z.number(), comment: z.string().nullable() })),
});

export const ModelViewSchema = ModelSummarySchema.extend({
  description: z.string(),
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  resultReach: z.number().int().nullable(),
  resultNotes: z.string().nullable(),
  lockVersion: z.number().int(),
  criteria: z.array(CriterionSchema),
  panel: z.array(PanelMemberSchema),
  units: z.array(z.object({ unitId: z.uuid(), unitName: z.string(), isReplication: z.boolean(), startedOn: z.string(), notes: z.string().nullable() })),
  history: z.array(z.object({ action: z.string(), fromState: z.string().nullable(), toState: z.string(), comment: z.string().nullable(), actorName: z.string().nullable(), at: z.string() })),
  /** What the reader may do now. */
  can: z.object({ edit: z.boolean(), score: z.boolean(), actions: z.array(z.enum(MODEL_ACTIONS)), results: z.boolean(), replicate: z.boolean() }),
});
export type ModelView = z.infer<typeof ModelViewSchema>;

export const PanelCandidateSchema = z.object({ id: z.uuid(), fullName: z.string(), username: z.string() });
