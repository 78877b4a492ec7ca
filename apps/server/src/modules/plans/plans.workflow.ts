import type { PlanAction, PlanStatus } from '@lantoa/contracts/plans';
import { defineWorkflow } from '../../platform/workflow/workflow.ts';

/** draft → submitted → accepted, or returned (with a reason) and resubmitted; accepted → reopened as a new version. */
export const planWorkflow = defineWorkflow<PlanStatus, PlanAction>({
  entityType: 'comm_plan',
  states: ['draft', 'submitted', 'returned', 'accepted'],
  transitions: [
    { action: 'submit', from: ['draft', 'returned'], to: 'submitted', permission: 'plan:edit', label: 'Gửi kế hoạch' },
    { action: 'accept', from: ['submitted'], to: 'accepted', permission: 'plan:review', label: 'Chấp nhận kế hoạch' },
    { action: 'return', from: ['submitted'], to: 'returned', permission: 'plan:review', commentRequired: true, label: 'Trả lại kế hoạch' },
    { action: 'reopen', from: ['accepted'], to: 'draft', permission: 'plan:edit', label: 'Mở phiên bản mới' },
  ],
});

export type EstimateStatus = 'assembling' | 'appraising' | 'awaiting_approval' | 'approved';
export type EstimateAction = 'submit_for_appraisal' | 'return_to_consolidation' | 'submit_for_approval' | 'return_to_appraisal' | 'approve';

/** Standing agency consolidates → Sở Tài chính appraises → UBND approves; each step can send it back. */
export const estimateWorkflow = defineWorkflow<EstimateStatus, EstimateAction>({
  entityType: 'budget_estimate',
  states: ['assembling', 'appraising', 'awaiting_approval', 'approved'],
  transitions: [
    { action: 'submit_for_appraisal', from: ['assembling'], to: 'appraising', permission: 'budget:consolidate', label: 'Gửi Sở Tài chính thẩm định' },
    { action: 'return_to_consolidation', from: ['appraising'], to: 'assembling', permission: 'budget:appraise', commentRequired: true, label: 'Trả lại cơ quan thường trực' },
    { action: 'submit_for_approval', from: ['appraising'], to: 'awaiting_approval', permission: 'budget:appraise', label: 'Trình UBND thành phố phê duyệt' },
    { action: 'return_to_appraisal', from: ['awaiting_approval'], to: 'appraising', permission: 'budget:approve', commentRequired: true, label: 'Trả lại Sở Tài chính' },
    { action: 'approve', from: ['awaiting_approval'], to: 'approved', permission: 'budget:approve', label: 'Phê duyệt dự toán' },
  ],
});
