import type { CaseAction, CaseStatus } from '@lantoa/contracts/cases';
import { defineWorkflow } from '../../platform/workflow/workflow.ts';

/**
 * received → triaged (category) → verified (finding) → assigned (responsible unit) → responded
 * (correction or clarification) → closed (outcome); referral to the national centre from verified
 * on; a report that is not misinformation is dismissed with the reason.
 */
export const caseWorkflow = defineWorkflow<CaseStatus, CaseAction>({
  entityType: 'misinfo_case',
  states: ['received', 'triaged', 'verified', 'assigned', 'responded', 'referred', 'closed', 'dismissed'],
  transitions: [
    { action: 'triage', from: ['received'], to: 'triaged', permission: 'case:manage', label: 'Phân loại' },
    { action: 'verify', from: ['triaged'], to: 'verified', permission: 'case:manage', label: 'Xác minh' },
    { action: 'assign', from: ['verified'], to: 'assigned', permission: 'case:manage', label: 'Giao đơn vị xử lý' },
    { action: 'respond', from: ['assigned'], to: 'responded', permission: 'case:respond', label: 'Ghi nhận tin cải chính' },
    { action: 'refer', from: ['verified', 'assigned', 'responded'], to: 'referred', permission: 'case:manage', label: 'Chuyển Trung tâm quốc gia' },
    { action: 'close', from: ['responded', 'referred'], to: 'closed', permission: 'case:manage', label: 'Kết thúc vụ việc' },
    { action: 'dismiss', from: ['received', 'triaged', 'verified'], to: 'dismissed', permission: 'case:manage', commentRequired: true, label: 'Kết luận không phải tin sai' },
  ],
});
