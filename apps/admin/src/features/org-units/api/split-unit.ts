import type { SplitUnitBody } from '@lantoa/contracts/org-units';
import { apiFetch } from '../../../lib/api-client.ts';
import { useRestructureMutation, type UnitActionResult } from './restructure-mutation.ts';

export function splitUnit(id: string, body: SplitUnitBody): Promise<UnitActionResult> {
  return apiFetch<UnitActionResult>(`/org-units/${encodeURIComponent(id)}/split`, { method: 'POST', body });
}

export function useSplitUnit() {
  return useRestructureMutation(({ id, body }: { id: string; body: SplitUnitBody }) => splitUnit(id, body));
}
