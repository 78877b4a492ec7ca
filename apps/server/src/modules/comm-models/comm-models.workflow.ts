import type { ModelAction, ModelStatus } from '@lantoa/contracts/comm-models';
import { defineWorkflow } from '../../platform/workflow/workflow.ts';

/**
 * proposed → evaluating (a panel is named) → approved or rejected (with a reason) → deployed.
 * Opening the evaluation and deciding belong to the standing agency and leaders; deploying to
 * the unit that proposed.
 */
export const modelWorkflow = defineWorkflow<ModelStatus, ModelAction>({
  entityType: 'comm_model',
  states: ['proposed', 'evaluating', 'approved', 'rejected', 'deployed'],
  transitions: [
    { action: 'open_evaluation', from: ['proposed'], to: 'evaluating', permission: 'comm-model:decide', label: 'Đưa ra hội đồng chấm điểm' },
    { action: 'approve', from: ['evaluating'], to: 'approved', permission: 'comm-model:decide', label: 'Chọn mô hình' },
    { action: 'reject', from: ['evaluating', 'proposed'], to: 'rejected', permission: 'comm-model:decide', commentRequired: true, label: 'Không chọn mô hình' },
    { action: 'deploy', from: ['approved'], to: 'deployed', permission: 'comm-model:propose', label: 'Bắt đầu triển khai' },
  ],
});
