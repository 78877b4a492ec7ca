import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UnitTreeNode } from '@lantoa/contracts/org-units';
import { apiFetch } from '../../../lib/api-client.ts';
import { orgUnitKeys } from './keys.ts';

export type UnitTreeResponse = { asOf: string; roots: UnitTreeNode[]; count: number };

export function getUnitTree(asOf: string, signal?: AbortSignal): Promise<UnitTreeResponse> {
  return apiFetch<UnitTreeResponse>('/org-units/tree', { query: { asOf }, signal });
}

export const unitTreeQueryOptions = (asOf: string) =>
  queryOptions({
    queryKey: orgUnitKeys.tree(asOf),
    queryFn: ({ signal }) => getUnitTree(asOf, signal),
    staleTime: 5 * 60_000,
  });

export function useUnitTree(asOf: string) {
  return useQuery({ ...unitTreeQueryOptions(asOf), enabled: asOf !== '' });
}
