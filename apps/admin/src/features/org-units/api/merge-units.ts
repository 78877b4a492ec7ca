import type { MergeUnitsBody } from '@lantoa/contracts/org-units';
import { apiFetch } from '../../../lib/api-client.ts';
import { useRestructureMutation, type UnitActionResult } from './restructure-mutation.ts';

export function mergeUnits(body: MergeUnitsBody): Promise<UnitActionResult> {
  return apiFetch<UnitActionResult>('/org-units/merge', { method: 'POST', body });
}

export function useMergeUnits() {
  return useRestructureMutation(mergeUnits);
}
