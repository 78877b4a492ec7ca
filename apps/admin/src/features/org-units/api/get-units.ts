import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { UnitGroup, UnitSummary, UnitType } from '@lantoa/contracts/org-units';
import { apiFetch } from '../../../lib/api-client.ts';
import { orgUnitKeys } from './keys.ts';

export type UnitListParams = {
  asOf: string;
  q?: string;
  type?: UnitType;
  group?: UnitGroup;
  parentId?: string;
  sort: 'name' | 'code' | 'type';
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
};

export type UnitPage = { items: UnitSummary[]; total: number; page: number; pageSize: number };

export function getUnits(params: UnitListParams, signal?: AbortSignal): Promise<UnitPage> {
  return apiFetch<UnitPage>('/org-units', { query: params, signal });
}

export function useUnits(params: UnitListParams) {
  return useQuery({
    queryKey: orgUnitKeys.list(params),
    queryFn: ({ signal }) => getUnits(params, signal),
    placeholderData: keepPreviousData,
    enabled: params.asOf !== '',
  });
}
