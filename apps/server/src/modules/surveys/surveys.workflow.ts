import type { SurveyAction, SurveyStatus } from '@lantoa/contracts/surveys';
import { defineWorkflow } from '../../platform/workflow/workflow.ts';

/** draft → open (answers accepted) → closed; a closed survey may be reopened. */
export const surveyWorkflow = defineWorkflow<SurveyStatus, SurveyAction>({
  entityType: 'survey',
  states: ['draft', 'open', 'closed'],
  transitions: [
    { action: 'open', from: ['draft'], to: 'open', permission: 'survey:manage', label: 'Mở khảo sát' },
    { action: 'close', from: ['open'], to: 'closed', permission: 'survey:manage', label: 'Đóng khảo sát' },
    { action: 'reopen', from: ['closed'], to: 'open', permission: 'survey:manage', label: 'Mở lại khảo sát' },
  ],
});
