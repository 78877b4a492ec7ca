import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UnitDetail } from '@lantoa/contracts/org-units';
import { apiFetch } from '../../../lib/api-client.ts';
import { orgUnitKeys } from './keys.ts';

export function getUnit(id: string, signal?: AbortSignal): Promise<UnitDetail> {
  return apiFetch<UnitDetail>(`/org-units/${encodeURIComponent(id)}`, { signal });
}

export const unitQueryOptions = (id: string) =>
  queryOptions({ queryKey: orgUnitKeys.detail(id), queryFn: ({ signal }) => getUnit(id, signal) });

export function useUnit(id: string) {
  return useQuery({ ...unitQueryOptions(id), enabled: id !== '' });
}
