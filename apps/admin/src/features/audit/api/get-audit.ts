import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditEntry } from '@lantoa/contracts/audit';
import { apiFetch } from '../../../lib/api-client.ts';

export type AuditParams = {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
};

export type AuditPage = { items: AuditEntry[]; total: number; page: number; pageSize: number };

export function getAudit(params: AuditParams, signal?: AbortSignal): Promise<AuditPage> {
  return apiFetch<AuditPage>('/audit', { query: params, signal });
}

export function useAudit(params: AuditParams) {
  return useQuery({
    queryKey: ['audit', 'list', params],
    queryFn: ({ signal }) => getAudit(params, signal),
    placeholderData: keepPreviousData,
  });
}
