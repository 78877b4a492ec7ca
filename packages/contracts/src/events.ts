import { z } from 'zod';
import { IsoDateSchema, UuidSchema } from './common.ts';

/** Events register (sự kiện truyền thông CĐS) and the Make in Da Nang products announced at them. */

export const EVENT_KINDS = ['national_dx_day', 'danang_dx_day', 'conference', 'contest', 'campaign', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABELS_VI: Record<EventKind, string> = {
  national_dx_day: 'Ngày Chuyển đổi số quốc gia (10/10)',
  danang_dx_day: 'Ngày Chuyển đổi số thành phố Đà Nẵng',
  conference: 'Hội nghị, hội thảo',
  contest: 'Cuộc thi',
  campaign: 'Chiến dịch truyền thông cộng đồng',
  other: 'Sự kiện khác',
};

export const PRODUCT_CATEGORIES = ['digital_platform', 'digital_solution', 'digital_product', 'hardware_iot', 'potential'] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export const PRODUCT_CATEGORY_LABELS_VI: Record<ProductCategory, string> = {
  digital_platform: 'Nền tảng số',
  digital_solution: 'Giải pháp chuyển đổi số',
  digital_product: 'Sản phẩm số',
  hardware_iot: 'Thiết bị điện tử, IoT',
  potential: 'Sản phẩm số tiềm năng',
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
const url = (label: string) =>
  z
    .string({ message: `Vui lòng nhập ${label}` })
    .trim()
    .max(1000, { message: `${label} tối đa 1000 ký tự` })
    .regex(/^https?:\/\/\S+$/, { message: `${label} phải là địa chỉ web bắt đầu bằng http:// hoặc https://` });
const count = (label: string) =>
  z
    .number({ message: `${label} phải là số` })
    .int({ message: `${label} phải là số nguyên` })
    .min(0, { message: `${label} không được âm` })
    .max(10_000_000, { message: `${label} quá lớn` })
    .nullish()
    .transform((v) => v ?? null);

export const CoverageInputSchema = z.object({
  title: text(500, 'tiêu đề bài viết'),
  url: url('Đường dẫn bài viết'),
});
export type CoverageInput = z.infer<typeof CoverageInputSchema>;

export const ProductInputSchema = z.object({
  name: text(300, 'tên sản phẩm'),
  company: text(300, 'tên doanh nghiệp'),
  category: z.enum(PRODUCT_CATEGORIES, { message: 'Nhóm sản phẩm không hợp lệ' }),
  description: optText(4000, 'Mô tả'),
  link: url('Đường dẫn sản phẩm')
    .nullish()
    .or(z.literal('').transform(() => null))
    .transform((v) => v ?? null),
});
export type ProductInput = z.infer<typeof ProductInputSchema>;

const EventFieldsSchema = z.object({
  kind: z.enum(EVENT_KINDS, { message: 'Loại sự kiện không hợp lệ' }),
  title: text(300, 'tên sự kiện'),
  theme: optText(500, 'Chủ đề'),
  startsOn: IsoDateSchema,
  endsOn: IsoDateSchema,
  place: optText(500, 'Địa điểm'),
  organiserUnitId: UuidSchema,
  description: optText(8000, 'Mô tả'),
  registrations: count('Số đăng ký'),
  attendance: count('Số người tham dự'),
  coverage: z.array(CoverageInputSchema).max(200, { message: 'Tối đa 200 bài viết đưa tin' }).default([]),
  products: z.array(ProductInputSchema).max(300, { message: 'Tối đa 300 sản phẩm mỗi sự kiện' }).default([]),
});
export type EventInput = z.infer<typeof EventFieldsSchema>;

/** The rules a whole event must keep, shared by the form, the API and the import. */
export function eventProblems(e: { kind: EventKind; startsOn: string; endsOn: string; theme: string | null; products: unknown[] }): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  if (e.endsOn < e.startsOn) out.push({ path: 'endsOn', message: 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu' });
  if (e.kind === 'national_dx_day') {
    if (e.startsOn.slice(5) !== '10-10') out.push({ path: 'startsOn', message: 'Ngày Chuyển đổi số quốc gia là ngày 10/10 hằng năm' });
    if (!e.theme) out.push({ path: 'theme', message: 'Vui lòng nhập chủ đề năm của Ngày Chuyển đổi số quốc gia' });
  }
  if (e.products.length > 0 && e.kind !== 'danang_dx_day' && e.kind !== 'conference' && e.kind !== 'contest')
    out.push({ path: 'products', message: 'Sản phẩm Make in Da Nang chỉ được công bố tại Ngày CĐS thành phố, hội nghị hoặc cuộc thi' });
  return out;
}

const eventRules = <T extends z.ZodType<EventInput>>(s: T) =>
  s.superRefine((e, ctx) => {
    for (const p of eventProblems(e)) ctx.addIssue({ code: 'custom', message: p.message, path: [p.path] });
  });

export const CreateEventBodySchema = eventRules(EventFieldsSchema);
export const UpdateEventBodySchema = eventRules(EventFieldsSchema.extend({ lockVersion: z.number().int().min(1) }));
export type UpdateEventBody = EventInput & { lockVersion: number };

export const EVENT_SORTS = ['starts_on', '-starts_on', 'title', 'attendance'] as const;

export const EventListQuerySchema = z.object({
  year: z.coerce.number().int().min(2000, { message: 'Năm không hợp lệ' }).max(2100, { message: 'Năm không hợp lệ' }).optional(),
  month: z.coerce.number().int().min(1, { message: 'Tháng không hợp lệ' }).max(12, { message: 'Tháng không hợp lệ' }).optional(),
  kind: z.enum(EVENT_KINDS, { message: 'Loại sự kiện không hợp lệ' }).optional(),
  organiserUnitId: UuidSchema.optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(EVENT_SORTS).default('-starts_on'),
  page: z.coerce.number().int().min(1, { message: 'Trang phải từ 1 trở lên' }).default(1),
  pageSize: z.coerce.number().int().min(1).max(200, { message: 'Tối đa 200 dòng mỗi trang' }).default(20),
});
export type EventListQuery = z.infer<typeof EventListQuerySchema>;

export const EventSummarySchema = z.object({
  id: z.uuid(),
  kind: z.enum(EVENT_KINDS),
  title: z.string(),
  theme: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  place: z.string().nullable(),
  organiserUnitId: z.uuid(),
  organiserUnitName: z.string(),
  organiserUnitCode: z.string().nullable(),
  registrations: z.number().int().nullable(),
  attendance: z.number().int().nullable(),
  productCount: z.number().int(),
  coverageCount: z.number().int(),
  isDemo: z.boolean(),
});
export type EventSummary = z.infer<typeof EventSummarySchema>;

export const CoverageSchema = z.object({ id: z.uuid(), title: z.string(), url: z.string() });
export const ProductSchema = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  year: z.number().int(),
  name: z.string(),
  company: z.string(),
  category: z.enum(PRODUCT_CATEGORIES),
  description: z.string().nullable(),
  link: z.string().nullable(),
});
export type Product = z.infer<typeof ProductSchema>;
export const PhotoSchema = z.object({ id: z.uuid(), fileId: z.uuid(), caption: z.string().nullable(), url: z.string(), name: z.string() });

export const EventViewSchema = EventSummarySchema.extend({
  description: z.string().nullable(),
  lockVersion: z.number().int(),
  updatedAt: z.string(),
  canEdit: z.boolean(),
  coverage: z.array(CoverageSchema),
  products: z.array(ProductSchema),
  photos: z.array(PhotoSchema),
});
export type EventView = z.infer<typeof EventViewSchema>;

export const PhotoParamsSchema = z.object({ id: UuidSchema, photoId: UuidSchema });

/** An events import has no options: each row names its organiser by unit code. */
export const EventImportOptionsSchema = z.object({});
