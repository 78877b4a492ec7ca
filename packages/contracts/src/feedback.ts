import { z } from 'zod';
import { PageQuerySchema } from './common.ts';

/** Citizen feedback on communication activities and materials, moderated before it is published. */

export const FEEDBACK_ITEM_KINDS = ['event', 'material', 'activity', 'link'] as const;
export type FeedbackItemKind = (typeof FEEDBACK_ITEM_KINDS)[number];
export const FEEDBACK_ITEM_KIND_LABELS_VI: Record<FeedbackItemKind, string> = {
  event: 'Sự kiện',
  material: 'Tài liệu, sản phẩm truyền thông',
  activity: 'Hoạt động truyền thông',
  link: 'Trang, bài viết (đường dẫn)',
};
/** The public path segment of each kind: /phan-hoi/<slug>/<ref>. */
export const FEEDBACK_KIND_SLUGS: Record<FeedbackItemKind, string> = { event: 'su-kien', material: 'tai-lieu', activity: 'hoat-dong', link: 'lien-ket' };

export const FEEDBACK_STATUSES = ['pending', 'published', 'hidden'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
export const FEEDBACK_STATUS_LABELS_VI: Record<FeedbackStatus, string> = { pending: 'Chờ duyệt', published: 'Đã đăng', hidden: 'Đã ẩn' };

/** What the public form sends (a form post, all strings). `website` is the honeypot: people leave it empty. */
export const PublicFeedbackFormSchema = z.object({
  name: z.string().trim().max(200, { message: 'Họ tên tối đa 200 ký tự' }).optional().default(''),
  contact: z.string().trim().max(200, { message: 'Thông tin liên hệ tối đa 200 ký tự' }).optional().default(''),
  body: z.string({ message: 'Vui lòng nhập nội dung góp ý' }).trim().min(10, { message: 'Nội dung góp ý cần ít nhất 10 ký tự' }).max(4000, { message: 'Nội dung góp ý tối đa 4000 ký tự' }),
  website: z.string().optional().default(''),
});

export const FeedbackListQuerySchema = PageQuerySchema.extend({
  status: z.enum(FEEDBACK_STATUSES, { message: 'Trạng thái không hợp lệ' }).optional(),
  itemKind: z.enum(FEEDBACK_ITEM_KINDS, { message: 'Loại nội dung không hợp lệ' }).optional(),
  itemRef: z.string().trim().max(2000).optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(['-created', 'created']).default('-created'),
});

export const FeedbackSchema = z.object({
  id: z.uuid(),
  itemKind: z.enum(FEEDBACK_ITEM_KINDS),
  itemRef: z.string(),
  publicUrl: z.string(),
  authorName: z.string().nullable(),
  contact: z.string().nullable(),
  body: z.string(),
  status: z.enum(FEEDBACK_STATUSES),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  createdAt: z.string(),
  lockVersion: z.number().int(),
});
export type Feedback = z.infer<typeof FeedbackSchema>;

export const ModerateFeedbackBodySchema = z
  .object({
    status: z.enum(FEEDBACK_STATUSES, { message: 'Trạng thái không hợp lệ' }),
    answer: z.string().trim().max(4000, { message: 'Câu trả lời tối đa 4000 ký tự' }).nullish().transform((v) => (v ? v : null)),
    lockVersion: z.number().int().min(1),
  })
  .refine((b) => b.status !== 'published' || b.answer !== null, { message: 'Vui lòng nhập câu trả lời trước khi đăng', path: ['answer'] });
export type ModerateFeedbackBody = z.infer<typeof ModerateFeedbackBodySchema>;
