import { z } from 'zod';
import { IsoDateSchema, UuidSchema } from './common.ts';

/** Partners and resources (task area 11): who helps, under which agreement, with what. */

export const PARTNER_KINDS = ['enterprise', 'telecom', 'university', 'international_org', 'ngo', 'press', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export const PARTNER_KIND_LABELS_VI: Record<PartnerKind, string> = {
  enterprise: 'Doanh nghiệp',
  telecom: 'Doanh nghiệp viễn thông',
  university: 'Trường đại học, viện nghiên cứu',
  international_org: 'Tổ chức quốc tế',
  ngo: 'Tổ chức phi chính phủ',
  press: 'Cơ quan báo chí',
  other: 'Khác',
};

export const CONTRIBUTION_KINDS = ['cash', 'in_kind'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];
export const CONTRIBUTION_KIND_LABELS_VI: Record<ContributionKind, string> = { cash: 'Tiền mặt', in_kind: 'Hiện vật, dịch vụ' };

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

export const PartnerInputSchema = z.object({
  name: text(300, 'tên đối tác'),
  kind: z.enum(PARTNER_KINDS, { message: 'Vui lòng chọn loại đối tác' }),
  isInternational: z.boolean().default(false),
  country: optText(100, 'Quốc gia'),
  contact: optText(500, 'Liên hệ'),
  website: z
    .string()
    .trim()
    .regex(/^https?:\/\/\S+$/, { message: 'Trang web phải là địa chỉ bắt đầu bằng http:// hoặc https://' })
    .nullish()
    .or(z.literal('').transform(() => null))
    .transform((v) => v ?? null),
  notes: optText(4000, 'Ghi chú'),
});
export type PartnerInput = z.infer<typeof PartnerInputSchema>;
export const UpdatePartnerBodySchema = PartnerInputSchema.extend({ lockVersion: z.number().int().min(1) });

export const AgreementInputSchema = z
  .object({
    unitId: UuidSchema,
    number: text(100, 'số văn bản thỏa thuận'),
    signedOn: IsoDateSchema,
    validUntil: IsoDateSchema.nullish().transform((v) => v ?? null),
    scope: text(4000, 'phạm vi hợp tác'),
  })
  .refine((a) => a.validUntil === null || a.validUntil >= a.signedOn, { message: 'Ngày hết hạn phải sau ngày ký', path: ['validUntil'] });
export type AgreementInput = z.infer<typeof AgreementInputSchema>;

export const ContributionInputSchema = z.object({
  unitId: UuidSchema,
  kind: z.enum(CONTRIBUTION_KINDS, { message: 'Vui lòng chọn hình thức đóng góp' }),
  valueVnd: z.number({ message: 'Giá trị phải là số' }).int({ message: 'Giá trị tính bằng đồng, không có phần lẻ' }).min(0, { message: 'Giá trị không được âm' }).max(1e13, { message: 'Giá trị quá lớn' }),
  receivedOn: IsoDateSchema,
  description: text(2000, 'nội dung đóng góp'),
  eventId: UuidSchema.nullish().transform((v) => v ?? null),
  modelId: UuidSchema.nullish().transform((v) => v ?? null),
});
export type ContributionInput = z.infer<typeof ContributionInputSchema>;

export const ActivityInputSchema = z
  .object({
    eventId: UuidSchema.nullish().transform((v) => v ?? null),
    modelId: UuidSchema.nullish().transform((v) => v ?? null),
    role: optText(300, 'Vai trò'),
  })
  .refine((a) => (a.eventId === null) !== (a.modelId === null), { message: 'Chọn một sự kiện hoặc một mô hình', path: ['eventId'] });
export type ActivityInput = z.infer<typeof ActivityInputSchema>;

export const PartnerListQuerySchema = z.object({
  kind: z.enum(PARTNER_KINDS, { message: 'Loại đối tác không hợp lệ' }).optional(),
  international: z.enum(['true', 'false'], { message: 'Giá trị không hợp lệ' }).transform((v) => v === 'true').optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(['name', '-contributed']).default('name'),
  page: z.coerce.number().int().min(1, { message: 'Trang phải từ 1 trở lên' }).default(1),
  pageSize: z.coerce.number().int().min(1).max(200, { message: 'Tối đa 200 dòng mỗi trang' }).default(20),
});
export type PartnerListQuery = z.infer<typeof PartnerListQuerySchema>;

export const PartnerSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(PARTNER_KINDS),
  isInternational: z.boolean(),
  country: z.string().nullable(),
  agreementCount: z.number().int(),
  contributedVnd: z.number(),
  isDemo: z.boolean(),
});
export type PartnerSummary = z.infer<typeof PartnerSummarySchema>;

export const PartnerViewSchema = PartnerSummarySchema.extend({
  contact: z.string().nullable(),
  website: z.string().nullable(),
  notes: z.string().nullable(),
  lockVersion: z.number().int(),
  canEdit: z.boolean(),
  agreements: z.array(z.object({ id: z.uuid(), unitId: z.uuid(), unitName: z.string(), number: z.string(), signedOn: z.string(), validUntil: z.string().nullable(), scope: z.string() })),
  contributions: z.array(
    z.object({
      id: z.uuid(), unitId: z.uuid(), unitName: z.string(), kind: z.enum(CONTRIBUTION_KINDS), valueVnd: z.number(), receivedOn: z.string(), description: z.string(),
      eventId: z.uuid().nullable(), eventTitle: z.string().nullable(), modelId: z.uuid().nullable(), modelTitle: z.string().nullable(),
    }),
  ),
  activities: z.array(z.object({ id: z.uuid(), eventId: z.uuid().nullable(), modelId: z.uuid().nullable(), title: z.string(), role: z.string().nullable() })),
});
export type PartnerView = z.infer<typeof PartnerViewSchema>;

export const PartnerItemParamsSchema = z.object({ id: UuidSchema, itemId: UuidSchema });
