import { z } from 'zod';
import { IsoDateSchema, UuidSchema } from './common.ts';

/**
 * Press agencies, portals and channels, their "Chuyển đổi số" column and the articles or
 * broadcasts in it.
 */

export const CHANNEL_KINDS = ['press_agency', 'party_portal', 'city_portal', 'unit_portal', 'bulletin', 'grassroots_radio'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
export const CHANNEL_KIND_LABELS_VI: Record<ChannelKind, string> = {
  press_agency: 'Cơ quan báo chí',
  party_portal: 'Cổng thông tin Thành ủy',
  city_portal: 'Cổng thông tin điện tử thành phố',
  unit_portal: 'Cổng/trang thông tin của đơn vị',
  bulletin: 'Bản tin',
  grassroots_radio: 'Đài truyền thanh cơ sở',
};
/** Kinds that target 7 names one by one: the city Party portal and the city portal. */
export const T7_PORTAL_KINDS: readonly ChannelKind[] = ['party_portal', 'city_portal'];

export const ARTICLE_KINDS = ['article', 'broadcast', 'special_topic', 'video', 'other'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];
export const ARTICLE_KIND_LABELS_VI: Record<ArticleKind, string> = {
  article: 'Tin, bài',
  broadcast: 'Chương trình phát thanh, truyền hình',
  special_topic: 'Chuyên đề',
  video: 'Video, phóng sự',
  other: 'Khác',
};
export const ARTICLE_SOURCES = ['manual', 'feed'] as const;
export type ArticleSource = (typeof ARTICLE_SOURCES)[number];
export const ARTICLE_SOURCE_LABELS_VI: Record<ArticleSource, string> = { manual: 'Nhập tay', feed: 'Lấy từ RSS/Atom' };

const text = (max: number, label: string) =>
  z
    .string({ message: `Vui lòng nhập ${label}` })
    .trim()
    .min(1, { message: `Vui lòng nhập ${label}` })
    .max(max, { message: `${label[0]!.toUpperCase()}${label.slice(1)} tối đa ${max} ký tự` });

/** An http(s) address, or nothing. */
const optUrl = (label: string) =>
  z
    .string()
    .trim()
    .max(2000, { message: `${label} tối đa 2.000 ký tự` })
    .nullish()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v), { message: `${label} phải là địa chỉ bắt đầu bằng http:// hoặc https://` });

const ChannelFieldsSchema = z.object({
  ownerUnitId: UuidSchema,
  kind: z.enum(CHANNEL_KINDS, { message: 'Loại kênh không hợp lệ' }),
  name: text(300, 'tên kênh'),
  url: optUrl('Địa chỉ trang'),
  hasDxColumn: z.boolean().default(false),
  columnTitle: z.string().trim().max(300, { message: 'Tên chuyên mục tối đa 300 ký tự' }).nullish().transform((v) => (v ? v : null)),
  columnUrl: optUrl('Địa chỉ chuyên mục'),
  columnSince: IsoDateSchema.nullish().transform((v) => v ?? null),
  feedUrl: optUrl('Địa chỉ RSS/Atom'),
});

const channelRules = <T extends z.ZodType<z.infer<typeof ChannelFieldsSchema>>>(s: T) =>
  s
    .refine((c) => !c.hasDxColumn || c.columnSince !== null, { message: 'Vui lòng nhập ngày bắt đầu có chuyên mục', path: ['columnSince'] })
    .refine((c) => c.hasDxColumn || (c.columnSince === null && c.columnUrl === null), {
      message: 'Chỉ nhập địa chỉ và ngày bắt đầu của chuyên mục khi kênh có chuyên mục Chuyển đổi số',
      path: ['hasDxColumn'],
    });

export const ChannelInputSchema = channelRules(ChannelFieldsSchema);
export type ChannelInput = z.infer<typeof ChannelFieldsSchema>;
export const UpdateChannelBodySchema = channelRules(ChannelFieldsSchema.extend({ lockVersion: z.number().int().min(1) }));
export type UpdateChannelBody = ChannelInput & { lockVersion: number };

export const CHANNEL_SORTS = ['name', 'owner', 'kind', '-articles', '-last_article'] as const;

export const ChannelListQuerySchema = z.object({
  kind: z.enum(CHANNEL_KINDS, { message: 'Loại kênh không hợp lệ' }).optional(),
  hasDxColumn: z.enum(['true', 'false'], { message: 'Giá trị lọc chuyên mục không hợp lệ' }).transform((v) => v === 'true').optional(),
  hasFeed: z.enum(['true', 'false'], { message: 'Giá trị lọc RSS không hợp lệ' }).transform((v) => v === 'true').optional(),
  ownerUnitId: UuidSchema.optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(CHANNEL_SORTS, { message: 'Cách sắp xếp không hợp lệ' }).default('name'),
  page: z.coerce.number().int().min(1, { message: 'Trang phải từ 1 trở lên' }).default(1),
  pageSize: z.coerce.number().int().min(1).max(200, { message: 'Tối đa 200 dòng mỗi trang' }).default(20),
});
export type ChannelListQuery = z.infer<typeof ChannelListQuerySchema>;

export const FEED_STATUSES = ['ok', 'failed'] as const;

export const ChannelSummarySchema = z.object({
  id: z.uuid(),
  ownerUnitId: z.uuid(),
  ownerUnitName: z.string(),
  kind: z.enum(CHANNEL_KINDS),
  name: z.string(),
  url: z.string().nullable(),
  hasDxColumn: z.boolean(),
  columnTitle: z.string().nullable(),
  columnUrl: z.string().nullable(),
  columnSince: z.string().nullable(),
  feedUrl: z.string().nullable(),
  feedStatus: z.enum(FEED_STATUSES).nullable(),
  feedError: z.string().nullable(),
  feedPulledAt: z.string().nullable(),
  articleCount: z.number().int(),
  lastArticleOn: z.string().nullable(),
  isDemo: z.boolean(),
});
export type ChannelSummary = z.infer<typeof ChannelSummarySchema>;

export const ChannelViewSchema = ChannelSummarySchema.extend({
  lockVersion: z.number().int(),
  updatedAt: z.string(),
  canEdit: z.boolean(),
});
export type ChannelView = z.infer<typeof ChannelViewSchema>;

export const ArticleInputSchema = z.object({
  title: text(500, 'tiêu đề'),
  publishedOn: IsoDateSchema,
  url: optUrl('Địa chỉ bài'),
  kind: z.enum(ARTICLE_KINDS, { message: 'Loại tin bài không hợp lệ' }).default('article'),
});
export type ArticleInput = z.infer<typeof ArticleInputSchema>;

export const ArticleListQuerySchema = z.object({
  year: z.coerce.number().int().min(2000, { message: 'Năm không hợp lệ' }).max(2100, { message: 'Năm không hợp lệ' }).optional(),
  kind: z.enum(ARTICLE_KINDS, { message: 'Loại tin bài không hợp lệ' }).optional(),
  source: z.enum(ARTICLE_SOURCES, { message: 'Nguồn không hợp lệ' }).optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(['-published_on', 'published_on', 'title'], { message: 'Cách sắp xếp không hợp lệ' }).default('-published_on'),
  page: z.coerce.number().int().min(1, { message: 'Trang phải từ 1 trở lên' }).default(1),
  pageSize: z.coerce.number().int().min(1).max(200, { message: 'Tối đa 200 dòng mỗi trang' }).default(20),
});
export type ArticleListQuery = z.infer<typeof ArticleListQuerySchema>;

export const ArticleSchema = z.object({
  id: z.uuid(),
  channelId: z.uuid(),
  title: z.string(),
  publishedOn: z.string(),
  url: z.string().nullable(),
  kind: z.enum(ARTICLE_KINDS),
  source: z.enum(ARTICLE_SOURCES),
  isDemo: z.boolean(),
});
export type Article = z.infer<typeof ArticleSchema>;

export const ArticleCountsQuerySchema = z.object({
  year: z.coerce.number({ message: 'Vui lòng chọn năm' }).int().min(2000, { message: 'Năm không hợp lệ' }).max(2100, { message: 'Năm không hợp lệ' }),
  kind: z.enum(CHANNEL_KINDS, { message: 'Loại kênh không hợp lệ' }).optional(),
});
export type ArticleCountsQuery = z.infer<typeof ArticleCountsQuerySchema>;

export const ArticleCountRowSchema = z.object({
  /** Null on a row of a unit's Lan Tỏa column posts (no channel, no channel kind). */
  channelId: z.uuid().nullable(),
  channelName: z.string(),
  ownerUnitId: z.uuid(),
  ownerUnitName: z.string(),
  kind: z.enum(CHANNEL_KINDS).nullable(),
  /** Articles published in each month, January first. */
  months: z.array(z.number().int()).length(12),
  total: z.number().int(),
});
/** The name of the row counting a unit's posts in its "Chuyển đổi số" column on Lan Tỏa. */
export const LANTOA_COLUMN_ROW_NAME_VI = 'Chuyên mục Chuyển đổi số trên Lan Tỏa';

export const ArticleCountsSchema = z.object({
  year: z.number().int(),
  rows: z.array(ArticleCountRowSchema),
  monthTotals: z.array(z.number().int()).length(12),
  total: z.number().int(),
});
export type ArticleCounts = z.infer<typeof ArticleCountsSchema>;

export const PullAcceptedSchema = z.object({ jobId: z.uuid() });
/** What a feed pull did: items read, articles added (the rest were already there). */
export const PullResultSchema = z.object({ channelId: z.uuid(), items: z.number().int(), added: z.number().int() });
export type PullResult = z.infer<typeof PullResultSchema>;
