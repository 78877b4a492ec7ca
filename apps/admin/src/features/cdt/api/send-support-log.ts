import type { SupportLog, SupportLogInput } from '@lantoa/contracts/cdt';
import { apiFetch } from '../../../lib/api-client.ts';

/** Sends one log; the server answers the stored record for an id it already has (no double count). */
export function sendSupportLog(body: SupportLogInput): Promise<SupportLog> {
  return apiFetch<SupportLog>('/cdt/support-logs', { method: 'POST', body });
}
