import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { UnitSummary } from '@lantoa/contracts/org-units';
import { apiFetch } from '../../../lib/api-client.ts';
import { orgUnitKeys } from './keys.ts';

export type UnitSearchParams = { q: string; asOf: string; includeHistorical: boolean };

/** Diacritic-insensitive search: "hoa khanh" finds "Hòa Khánh". */
export function searchUnits({ q, asOf, includeHistorical }: UnitSearchParams, signal?: AbortSignal) {
  return apiFetch<{ items: UnitSummary[] }>('/org-units/search', {
    query: { q, asOf, includeHistorical: includeHistorical ? 'true' : undefined, limit: 50 },
    signal,
  });
}

export function useUnitSearch(params: UnitSearchParams) {
  return useQuery({
    queryKey: orgUnitKeys.search(params),
    queryFn: ({ signal }) => searchUnits(params, signal),
    enabled: params.q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}
