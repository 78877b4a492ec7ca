import { FEEDBACK_ITEM_KIND_LABELS_VI, FEEDBACK_STATUS_LABELS_VI, FeedbackListQuerySchema } from '@lantoa/contracts/feedback';
import type { AuthedCtx } from '../../platform/context.ts';
import { defineExportSource } from '../../platform/exports/exports.ts';
import { findFeedback } from './feedback.service.ts';

/** Citizen feedback with the moderation list's filter. */
export const feedbackExport = defineExportSource({
  name: 'citizen-feedback',
  title: 'Góp ý của người dân',
  query: FeedbackListQuerySchema.omit({ page: true, pageSize: true }),
  columns: [
    { header: 'Ngày gửi', key: 'createdAt', type: 'date', width: 12 },
    { header: 'Loại nội dung', key: 'kind', type: 'text', width: 28 },
    { header: 'Nội dung được góp ý', key: 'ref', type: 'text', width: 40 },
    { header: 'Người gửi', key: 'author', type: 'text', width: 24 },
    { header: 'Góp ý', key: 'body', type: 'text', width: 60 },
    { header: 'Trạng thái', key: 'status', type: 'text', width: 12 },
    { header: 'Trả lời', key: 'answer', type: 'text', width: 60 },
  ],
  count: async (ctx: AuthedCtx, q) => (await findFeedback(ctx, { ...q, page: 1, pageSize: 1 })).total,
  rows: async function* (ctx: AuthedCtx, q) {
    for (let page = 1; ; page++) {
      const r = await findFeedback(ctx, { ...q, page, pageSize: 200 });
      yield r.items.map((f) => ({
        createdAt: f.createdAt.slice(0, 10), kind: FEEDBACK_ITEM_KIND_LABELS_VI[f.itemKind], ref: f.itemRef, author: f.authorName, body: f.body,
        status: FEEDBACK_STATUS_LABELS_VI[f.status], answer: f.answer,
      }));
      if (page * 200 >= r.total) return;
    }
  },
});
