import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SupportLog } from '@lantoa/contracts/cdt';
import { apiFetch } from '../../../lib/api-client.ts';
import { cdtKeys } from './keys.ts';

export type LogPage = { items: SupportLog[]; total: number; page: number; pageSize: number };
export type LogListParams = { teamId?: string; unitId?: string; from?: string; to?: string; page?: number; pageSize?: number };

export function useSupportLogs(params: LogListParams) {
  return useQuery({
    queryKey: cdtKeys.logs(params),
    queryFn: ({ signal }) => apiFetch<LogPage>('/cdt/support-logs', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}
