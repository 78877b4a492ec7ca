import type { RewardAction, RewardStatus } from '@lantoa/contracts/rewards';
import { defineWorkflow } from '../../platform/workflow/workflow.ts';

/** proposed → reviewing (with Sở Nội vụ) → approved → awarded (decision number and date), or rejected with the reason. */
export const rewardWorkflow = defineWorkflow<RewardStatus, RewardAction>({
  entityType: 'reward_proposal',
  states: ['proposed', 'reviewing', 'approved', 'rejected', 'awarded'],
  transitions: [
    { action: 'review', from: ['proposed'], to: 'reviewing', permission: 'reward:manage', label: 'Gửi Sở Nội vụ thẩm định' },
    { action: 'approve', from: ['reviewing'], to: 'approved', permission: 'reward:manage', label: 'Ghi nhận được chấp thuận' },
    { action: 'reject', from: ['reviewing'], to: 'rejected', permission: 'reward:manage', commentRequired: true, label: 'Ghi nhận không chấp thuận' },
    { action: 'award', from: ['approved'], to: 'awarded', permission: 'reward:manage', label: 'Ghi nhận quyết định khen thưởng' },
  ],
});
