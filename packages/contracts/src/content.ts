import { z } from 'zod';
import { IsoDateSchema, PageQuerySchema, UuidSchema } from './common.ts';

/** Content library (thư viện nội dung) and the units' "Chuyển đổi số" columns. */

export const CONTENT_KINDS = ['official_document', 'handbook', 'infographic', 'video', 'article', 'story', 'key_message', 'faq', 'guide'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];
export const CONTENT_KIND_LABELS_VI: Record<ContentKind, string> = {
  official_document: 'Văn bản',
  handbook: 'Sổ tay, cẩm nang',
  infographic: 'Infographic',
  video: 'Video clip',
  article: 'Bài viết',
  story: 'Câu chuyện điển hình',
  key_message: 'Thông điệp chính',
  faq: 'Hỏi – đáp',
  guide: 'Hướng dẫn từng bước',
};

export const CONTENT_AUDIENCES = ['leaders', 'officials', 'citizens', 'businesses', 'students', 'elderly', 'ethnic_minorities'] as const;
export type ContentAudience = (typeof CONTENT_AUDIENCES)[number];
export const CONTENT_AUDIENCE_LABELS_VI: Record<ContentAudience, string> = {
  leaders: 'Lãnh đạo',
  officials: 'Cán bộ, công chức',
  citizens: 'Người dân',
  businesses: 'Doanh nghiệp',
  students: 'Học sinh, sinh viên',
  elderly: 'Người cao tuổi',
  ethnic_minorities: 'Đồng bào dân tộc thiểu số',
};

export const CONTENT_CHANNELS = ['portal', 'column', 'press', 'social', 'radio', 'loudspeaker', 'print', 'event', 'zalo'] as const;
export type ContentChannel = (typeof CONTENT_CHANNELS)[number];
export const CONTENT_CHANNEL_LABELS_VI: Record<ContentChannel, string> = {
  portal: 'Cổng thông tin điện tử',
  column: 'Chuyên mục Chuyển đổi số',
  press: 'Báo chí',
  social: 'Mạng xã hội',
  radio: 'Phát thanh, truyền hình',
  loudspeaker: 'Loa truyền thanh cơ sở',
  print: 'Tờ rơi, pano, áp phích',
  event: 'Hội nghị, sự kiện',
  zalo: 'Zalo, nhóm cộng đồng',
};

export const CONTENT_STATUSES = ['draft', 'review', 'scheduled', 'published', 'archived'] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];
export const CONTENT_STATUS_LABELS_VI: Record<ContentStatus, string> = {
  draft: 'Bản nháp',
  review: 'Chờ duyệt',
  scheduled: 'Hẹn giờ đăng',
  published: 'Đã đăng',
  archived: 'Lưu trữ',
};

export const CONTENT_ACTIONS = ['submit', 'return', 'publish', 'schedule', 'unschedule', 'unpublish', 'archive', 'restore'] as const;
export type ContentAction = (typeof CONTENT_ACTIONS)[number];

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

export const ContentInputSchema = z.object({
  kind: z.enum(CONTENT_KINDS, { message: 'Loại nội dung không hợp lệ' }),
  title: text(300, 'tiêu đề'),
  summary: optText(1000, 'Tóm tắt'),
  bodyHtml: z.string().max(200_000, { message: 'Nội dung tối đa 200.000 ký tự' }).default(''),
  unitId: UuidSchema,
  inColumn: z.boolean().default(false),
  audiences: z.array(z.enum(CONTENT_AUDIENCES, { message: 'Đối tượng không hợp lệ' })).max(7).default([]),
  channels: z.array(z.enum(CONTENT_CHANNELS, { message: 'Kênh không hợp lệ' })).max(9).default([]),
  taskAreas: z.array(z.number().int().min(1, { message: 'Nhiệm vụ từ 1 đến 11' }).max(11, { message: 'Nhiệm vụ từ 1 đến 11' })).max(11).default([]),
  tags: z.array(z.string().trim().min(1).max(60, { message: 'Mỗi thẻ tối đa 60 ký tự' })).max(20, { message: 'Tối đa 20 thẻ' }).default([]),
  publishAt: z.iso.datetime({ offset: true, message: 'Thời điểm đăng không hợp lệ' }).nullish().transform((v) => v ?? null),
  coverFileId: UuidSchema.nullish().transform((v) => v ?? null),
});
export type ContentInput = z.infer<typeof ContentInputSchema>;

export const UpdateContentBodySchema = ContentInputSchema.extend({ lockVersion: z.number().int().min(1) });
export type UpdateContentBody = z.infer<typeof UpdateContentBodySchema>;

export const ContentTransitionBodySchema = z.object({
  action: z.enum(CONTENT_ACTIONS, { message: 'Thao tác không hợp lệ' }),
  comment: z.string().trim().max(2000, { message: 'Ý kiến tối đa 2000 ký tự' }).nullish(),
  lockVersion: z.number().int().min(1),
});

export const ContentListQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  kind: z.enum(CONTENT_KINDS, { message: 'Loại nội dung không hợp lệ' }).optional(),
  status: z.enum(CONTENT_STATUSES, { message: 'Trạng thái không hợp lệ' }).optional(),
  audience: z.enum(CONTENT_AUDIENCES, { message: 'Đối tượng không hợp lệ' }).optional(),
  unitId: UuidSchema.optional(),
  sort: z.enum(['-updated_at', 'updated_at', 'title', '-published_at']).default('-updated_at'),
});

export const ContentFileSchema = z.object({
  id: z.uuid(),
  fileId: z.uuid(),
  role: z.enum(['image', 'video', 'document']),
  name: z.string(),
  mime: z.string(),
  size: z.number(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  caption: z.string().nullable(),
  url: z.string(),
  thumbUrl: z.string().nullable(),
});
export type ContentFile = z.infer<typeof ContentFileSchema>;

export const ContentSummarySchema = z.object({
  id: z.uuid(),
  kind: z.enum(CONTENT_KINDS),
  title: z.string(),
  slug: z.string(),
  unitId: z.uuid(),
  unitName: z.string(),
  inColumn: z.boolean(),
  status: z.enum(CONTENT_STATUSES),
  audiences: z.array(z.string()),
  publishAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  versionNo: z.number().int(),
  usageCount: z.number().int(),
});
export type ContentSummary = z.infer<typeof ContentSummarySchema>;

export const ContentHistoryEventSchema = z.object({
  action: z.string(),
  fromState: z.string().nullable(),
  toState: z.string(),
  comment: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});

export const ContentViewSchema = ContentSummarySchema.extend({
  summary: z.string().nullable(),
  bodyHtml: z.string(),
  channels: z.array(z.string()),
  taskAreas: z.array(z.number().int()),
  tags: z.array(z.string()),
  coverFileId: z.uuid().nullable(),
  lockVersion: z.number().int(),
  files: z.array(ContentFileSchema),
  canEdit: z.boolean(),
  actions: z.array(z.object({ action: z.enum(CONTENT_ACTIONS), label: z.string(), commentRequired: z.boolean() })),
  history: z.array(ContentHistoryEventSchema),
  publicUrl: z.string().nullable(),
});
export type ContentView = z.infer<typeof ContentViewSchema>;

export const ContentVersionSummarySchema = z.object({
  versionNo: z.number().int(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  title: z.string(),
});
export const ContentVersionSchema = ContentVersionSummarySchema.extend({ data: z.record(z.string(), z.unknown()) });

export const ContentUsageInputSchema = z.object({
  unitId: UuidSchema,
  channel: z.enum(CONTENT_CHANNELS, { message: 'Kênh không hợp lệ' }),
  usedOn: IsoDateSchema,
  reach: z.number().int().min(0, { message: 'Số người tiếp cận không âm' }).nullish().transform((v) => v ?? null),
  note: optText(1000, 'Ghi chú'),
});
export type ContentUsageInput = z.infer<typeof ContentUsageInputSchema>;

export const ContentUsageSchema = z.object({
  id: z.uuid(),
  itemId: z.uuid(),
  itemTitle: z.string(),
  itemKind: z.enum(CONTENT_KINDS),
  unitId: z.uuid(),
  unitName: z.string(),
  channel: z.enum(CONTENT_CHANNELS),
  usedOn: z.string(),
  reach: z.number().int().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});

export const ContentUsageQuerySchema = PageQuerySchema.extend({
  itemId: UuidSchema.optional(),
  unitId: UuidSchema.optional(),
  channel: z.enum(CONTENT_CHANNELS, { message: 'Kênh không hợp lệ' }).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const ContentUsageReportSchema = z.object({
  items: z.array(ContentUsageSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  byItem: z.array(z.object({ itemId: z.uuid(), title: z.string(), kind: z.enum(CONTENT_KINDS), uses: z.number().int(), units: z.number().int() })),
  byChannel: z.array(z.object({ channel: z.enum(CONTENT_CHANNELS), uses: z.number().int() })),
});
