import type { ReportAction, ReportStatus } from '@lantoa/contracts/reporting';
import { defineWorkflow } from '../../platform/workflow/workflow.ts';

/**
 * draft → submitted → approved (the unit's approver) → accepted (the standing agency); returned
 * with a reason at either step; after acceptance a correction opens a new revision.
 */
export const reportWorkflow = defineWorkflow<ReportStatus, ReportAction>({
  entityType: 'report',
  states: ['draft', 'submitted', 'approved', 'accepted', 'returned'],
  transitions: [
    { action: 'submit', from: ['draft', 'returned'], to: 'submitted', permission: 'report:edit', label: 'Gửi báo cáo' },
    { action: 'approve', from: ['submitted'], to: 'approved', permission: 'report:approve', label: 'Duyệt báo cáo' },
    { action: 'return', from: ['submitted'], to: 'returned', permission: 'report:approve', commentRequired: true, label: 'Trả lại báo cáo' },
    { action: 'accept', from: ['approved'], to: 'accepted', permission: 'report:accept', label: 'Tiếp nhận báo cáo' },
    { action: 'return', from: ['approved'], to: 'returned', permission: 'report:accept', commentRequired: true, label: 'Trả lại báo cáo' },
    { action: 'correct', from: ['accepted'], to: 'draft', permission: 'report:edit', label: 'Điều chỉnh sau tiếp nhận' },
  ],
});
