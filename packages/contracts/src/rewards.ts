import { z } from 'zod';
import { IsoDateSchema, PageQuerySchema, UuidSchema } from './common.ts';

/** Reward proposals (đề nghị khen thưởng), reviewed with Sở Nội vụ. */

export const REWARD_KINDS = ['collective', 'individual'] as const;
export const REWARD_STATUSES = ['proposed', 'reviewing', 'approved', 'rejected', 'awarded'] as const;
export type RewardStatus = (typeof REWARD_STATUSES)[number];
export const REWARD_ACTIONS = ['review', 'approve', 'reject', 'award'] as const;
export type RewardAction = (typeof REWARD_ACTIONS)[number];
export const EVIDENCE_KINDS = ['plan', 'report', 'target', 'training'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const REWARD_KIND_LABELS_VI: Record<(typeof REWARD_KINDS)[number], string> = { collective: 'Tập thể', individual: 'Cá nhân' };
export const REWARD_STATUS_LABELS_VI: Record<RewardStatus, string> = {
  proposed: 'Đã đề nghị',
  reviewing: 'Sở Nội vụ đang thẩm định',
  approved: 'Được chấp thuận',
  rejected: 'Không chấp thuận',
  awarded: 'Đã khen thưởng',
};
export const EVIDENCE_KIND_LABELS_VI: Record<EvidenceKind, string> = {
  plan: 'Kế hoạch đã được chấp nhận',
  report: 'Báo cáo đã được tiếp nhận',
  target: 'Chỉ tiêu đạt được',
  training: 'Lớp tập huấn đã tổ chức',
};

export const EvidenceInputSchema = z.object({
  kind: z.enum(EVIDENCE_KINDS, { message: 'Loại minh chứng không hợp lệ' }),
  /** The plan, report or training class id; the indicator code and year for a target ("T4:2025"). */
  ref: z.string().trim().min(1, { message: 'Vui lòng chọn minh chứng' }).max(100),
});

export const RewardInputSchema = z.object({
  kind: z.enum(REWARD_KINDS, { message: 'Vui lòng chọn tập thể hoặc cá nhân' }),
  unitId: UuidSchema,
  nominee: z.string().trim().min(1, { message: 'Vui lòng nhập tên tập thể, cá nhân được đề nghị' }).max(300),
  award: z.string().trim().min(1, { message: 'Vui lòng nhập hình thức khen thưởng' }).max(300),
  year: z.number().int().min(2000, { message: 'Năm không hợp lệ' }).max(2100, { message: 'Năm không hợp lệ' }),
  achievements: z.string().trim().min(1, { message: 'Vui lòng nêu thành tích' }).max(8000),
  evidence: z.array(EvidenceInputSchema).max(50).default([]),
});
export type RewardInput = z.infer<typeof RewardInputSchema>;

export const EvidenceSchema = z.object({ kind: z.enum(EVIDENCE_KINDS), ref: z.string(), label: z.string(), link: z.string().nullable() });

export const RewardSummarySchema = z.object({
  id: z.uuid(),
  kind: z.enum(REWARD_KINDS),
  unitId: z.uuid(),
  unitName: z.string(),
  nominee: z.string(),
  award: z.string(),
  year: z.number().int(),
  status: z.enum(REWARD_STATUSES),
  evidenceCount: z.number().int(),
  decisionNo: z.string().nullable(),
  decisionDate: z.string().nullable(),
  updatedAt: z.string(),
});
export const RewardViewSchema = RewardSummarySchema.extend({
  achievements: z.string(),
  evidence: z.array(EvidenceSchema),
  lockVersion: z.number().int(),
  actions: z.array(z.enum(REWARD_ACTIONS)),
  history: z.array(z.object({ action: z.string(), from: z.string().nullable(), to: z.string(), comment: z.string().nullable(), actorName: z.string().nullable(), at: z.string() })),
});
export type RewardView = z.infer<typeof RewardViewSchema>;

export const RewardListQuerySchema = PageQuerySchema.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(REWARD_STATUSES).optional(),
  q: z.string().trim().max(200).optional(),
});

export const RewardTransitionBodySchema = z.object({
  action: z.enum(REWARD_ACTIONS, { message: 'Thao tác không hợp lệ' }),
  lockVersion: z.number().int().min(1),
  comment: z.string().trim().max(2000).nullish(),
  decisionNo: z.string().trim().max(100).nullish(),
  decisionDate: IsoDateSchema.nullish(),
});

/** Evidence a unit may cite: what the platform holds for it in a year. */
export const EvidenceOptionsSchema = z.object({ items: z.array(EvidenceSchema) });
