import { z } from 'zod';
import { IsoDateSchema, PageQuerySchema, UuidSchema } from './common.ts';

/** Misinformation cases (tin giả, tin sai sự thật, thông tin xấu độc trên mạng): task area 9. */

export const CASE_STATUSES = ['received', 'triaged', 'verified', 'assigned', 'responded', 'referred', 'closed', 'dismissed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_ACTIONS = ['triage', 'verify', 'assign', 'respond', 'refer', 'close', 'dismiss'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];
export const CASE_CATEGORIES = ['false', 'distorting', 'hostile', 'scam'] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];
export const CASE_PLATFORMS = ['facebook', 'tiktok', 'youtube', 'zalo', 'website', 'other'] as const;
export type CasePlatform = (typeof CASE_PLATFORMS)[number];
export const CASE_RESPONSE_KINDS = ['correction', 'clarification'] as const;
export const CASE_SOURCES = ['public', 'internal'] as const;
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = ['received', 'triaged', 'verified', 'assigned', 'responded', 'referred'];

export const CASE_STATUS_LABELS_VI: Record<CaseStatus, string> = {
  received: 'Mới tiếp nhận',
  triaged: 'Đã phân loại',
  verified: 'Đã xác minh',
  assigned: 'Đã giao xử lý',
  responded: 'Đã đăng tin cải chính',
  referred: 'Đã chuyển Trung tâm quốc gia',
  closed: 'Đã kết thúc',
  dismissed: 'Không phải tin sai',
};
export const CASE_CATEGORY_LABELS_VI: Record<CaseCategory, string> = {
  false: 'Tin sai sự thật',
  distorting: 'Xuyên tạc',
  hostile: 'Độc hại, thù địch',
  scam: 'Lừa đảo',
};
export const CASE_PLATFORM_LABELS_VI: Record<CasePlatform, string> = {
  facebook: 'Facebook',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  zalo: 'Zalo',
  website: 'Trang web',
  other: 'Khác',
};
export const CASE_RESPONSE_KIND_LABELS_VI: Record<(typeof CASE_RESPONSE_KINDS)[number], string> = {
  correction: 'Cải chính',
  clarification: 'Làm rõ thông tin',
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

/** A link people can open: http(s) only, so that nothing stored can run script when clicked. */
export const WebLinkSchema = z
  .string({ message: 'Vui lòng nhập đường dẫn' })
  .trim()
  .min(1, { message: 'Vui lòng nhập đường dẫn' })
  .max(2000, { message: 'Đường dẫn tối đa 2000 ký tự' })
  .refine((s) => /^https?:\/\/[^\s]+\.[^\s]+$/i.test(s), { message: 'Đường dẫn phải bắt đầu bằng http:// hoặc https://' });

/** What a reporter (a citizen on the portal, or a unit inside) tells about a post. */
export const CaseReportFieldsSchema = z.object({
  link: WebLinkSchema,
  platform: z.enum(CASE_PLATFORMS, { message: 'Vui lòng chọn nền tảng' }),
  description: text(4000, 'nội dung phản ánh'),
  contact: optText(200, 'Thông tin liên hệ'),
});
export type CaseReportFields = z.infer<typeof CaseReportFieldsSchema>;

export const CreateCaseBodySchema = CaseReportFieldsSchema.extend({
  intakeUnitId: UuidSchema,
  screenshotFileId: UuidSchema.nullish().transform((v) => v ?? null),
});
export type CreateCaseBody = z.infer<typeof CreateCaseBodySchema>;

export const CaseTransitionBodySchema = z.object({
  action: z.enum(CASE_ACTIONS, { message: 'Thao tác không hợp lệ' }),
  lockVersion: z.number().int().min(1),
  comment: optText(2000, 'Ghi chú'),
  category: z.enum(CASE_CATEGORIES, { message: 'Vui lòng chọn loại thông tin' }).optional(),
  verificationNote: optText(4000, 'Kết quả xác minh'),
  responsibleUnitId: UuidSchema.optional(),
  responseKind: z.enum(CASE_RESPONSE_KINDS, { message: 'Vui lòng chọn hình thức phản hồi' }).optional(),
  responseTitle: optText(300, 'Tiêu đề tin cải chính'),
  responseUrl: WebLinkSchema.nullish().transform((v) => v ?? null),
  responseContentRef: optText(200, 'Mã tài liệu trong thư viện nội dung'),
  referralDate: IsoDateSchema.optional(),
  referralRef: optText(200, 'Số hiệu chuyển'),
  outcome: optText(2000, 'Kết quả xử lý'),
});
export type CaseTransitionBody = z.infer<typeof CaseTransitionBodySchema>;

export const CaseSummarySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  source: z.enum(CASE_SOURCES),
  link: z.string(),
  platform: z.enum(CASE_PLATFORMS),
  description: z.string(),
  category: z.enum(CASE_CATEGORIES).nullable(),
  status: z.enum(CASE_STATUSES),
  intakeUnitName: z.string().nullable(),
  responsibleUnitId: z.uuid().nullable(),
  responsibleUnitName: z.string().nullable(),
  stageDueAt: z.string().nullable(),
  isOverdue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

export const CaseViewSchema = CaseSummarySchema.extend({
  contact: z.string().nullable(),
  screenshot: z.object({ id: z.uuid(), name: z.string(), url: z.string() }).nullable(),
  verificationNote: z.string().nullable(),
  responseKind: z.enum(CASE_RESPONSE_KINDS).nullable(),
  responseTitle: z.string().nullable(),
  responseUrl: z.string().nullable(),
  responseContentRef: z.string().nullable(),
  referralDate: z.string().nullable(),
  referralRef: z.string().nullable(),
  outcome: z.string().nullable(),
  closedAt: z.string().nullable(),
  lockVersion: z.number().int(),
  actions: z.array(z.enum(CASE_ACTIONS)),
  history: z.array(z.object({ action: z.string(), from: z.string().nullable(), to: z.string(), comment: z.string().nullable(), actorName: z.string().nullable(), at: z.string() })),
});
export type CaseView = z.infer<typeof CaseViewSchema>;

export const CASE_SORTS = ['newest', 'oldest', 'due'] as const;
export const CaseListQuerySchema = PageQuerySchema.extend({
  status: z.enum(CASE_STATUSES, { message: 'Trạng thái không hợp lệ' }).optional(),
  category: z.enum(CASE_CATEGORIES, { message: 'Loại thông tin không hợp lệ' }).optional(),
  overdue: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(CASE_SORTS).default('newest'),
});

export const CaseStatsQuerySchema = z.object({ year: z.coerce.number().int().min(2000, { message: 'Năm không hợp lệ' }).max(2100, { message: 'Năm không hợp lệ' }) });
export const CaseStatsSchema = z.object({
  year: z.number().int(),
  months: z.array(
    z.object({
      month: z.number().int(),
      total: z.number().int(),
      byCategory: z.record(z.string(), z.number().int()),
      byOutcome: z.record(z.string(), z.number().int()),
    }),
  ),
  totals: z.object({ total: z.number().int(), byCategory: z.record(z.string(), z.number().int()), byOutcome: z.record(z.string(), z.number().int()), overdue: z.number().int() }),
});
export type CaseStats = z.infer<typeof CaseStatsSchema>;

/** Hours each stage may take before the case is flagged overdue. */
export const CASE_STAGE_HOURS: Partial<Record<CaseStatus, number>> = {
  received: 24,
  triaged: 48,
  verified: 24,
  assigned: 72,
  responded: 7 * 24,
  referred: 14 * 24,
};
