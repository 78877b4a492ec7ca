import type { AssessmentAction, AssessmentStatus, RecAction, RecStatus } from '@lantoa/contracts/inspections';
import { defineWorkflow } from '../../platform/workflow/workflow.ts';

/** A recommendation: the responsible unit starts it and reports; the standing agency closes it (or reopens it, saying why). */
export const recommendationWorkflow = defineWorkflow<RecStatus, RecAction>({
  entityType: 'inspection_recommendation',
  states: ['open', 'in_progress', 'done'],
  transitions: [
    { action: 'start', from: ['open'], to: 'in_progress', permission: 'inspection:respond', label: 'Bắt đầu thực hiện kiến nghị' },
    { action: 'close', from: ['open', 'in_progress'], to: 'done', permission: 'inspection:manage', label: 'Xác nhận hoàn thành kiến nghị' },
    { action: 'reopen', from: ['done'], to: 'in_progress', permission: 'inspection:manage', commentRequired: true, label: 'Mở lại kiến nghị' },
  ],
});

/** A unit's yearly self-assessment: draft → submitted → accepted, or returned (with a reason) and resubmitted. */
export const assessmentWorkflow = defineWorkflow<AssessmentStatus, AssessmentAction>({
  entityType: 'self_assessment',
  states: ['draft', 'submitted', 'returned', 'accepted'],
  transitions: [
    { action: 'submit', from: ['draft', 'returned'], to: 'submitted', permission: 'assessment:edit', label: 'Gửi bản tự đánh giá' },
    { action: 'accept', from: ['submitted'], to: 'accepted', permission: 'assessment:review', label: 'Công nhận kết quả đánh giá' },
    { action: 'return', from: ['submitted'], to: 'returned', permission: 'assessment:review', commentRequired: true, label: 'Trả lại bản tự đánh giá' },
  ],
});
