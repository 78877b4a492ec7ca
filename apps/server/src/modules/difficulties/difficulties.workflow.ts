import type { DifficultyAction, DifficultyStatus } from '@lantoa/contracts/difficulties';
import { defineWorkflow } from '../../platform/workflow/workflow.ts';

/**
 * A unit reports → the standing agency coordinates with the units concerned, or escalates to
 * UBND with a proposal → UBND directs → the standing agency records the resolution.
 */
export const difficultyWorkflow = defineWorkflow<DifficultyStatus, DifficultyAction>({
  entityType: 'difficulty',
  states: ['reported', 'coordinating', 'escalated', 'directed', 'resolved'],
  transitions: [
    { action: 'coordinate', from: ['reported'], to: 'coordinating', permission: 'difficulty:manage', label: 'Phối hợp giải quyết' },
    { action: 'escalate', from: ['reported', 'coordinating'], to: 'escalated', permission: 'difficulty:manage', label: 'Trình UBND thành phố' },
    { action: 'direct', from: ['escalated'], to: 'directed', permission: 'difficulty:decide', label: 'Cho ý kiến chỉ đạo' },
    { action: 'resolve', from: ['coordinating', 'directed'], to: 'resolved', permission: 'difficulty:manage', label: 'Ghi nhận đã giải quyết' },
  ],
});
