import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';

export const REMIND_STATUSES = ['none', 'draft', 'returned'] as const;
export type RemindStatus = (typeof REMIND_STATUSES)[number];
export type RemindBody = { year: number; statuses: RemindStatus[]; message?: string | null };
export type RemindResult = { units: number; notified: number };

export function remindBehind(body: RemindBody): Promise<RemindResult> {
  return apiFetch<RemindResult>('/plans/remind', { method: 'POST', body });
}

export function useRemindBehind() {
  return useMutation({ mutationFn: remindBehind });
}
