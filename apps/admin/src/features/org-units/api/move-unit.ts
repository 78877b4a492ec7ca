import type { z } from 'zod';
import type { MoveUnitBodySchema } from '@lantoa/contracts/org-units';
import { apiFetch } from '../../../lib/api-client.ts';
import { useRestructureMutation, type UnitActionResult } from './restructure-mutation.ts';

export type MoveUnitBody = z.infer<typeof MoveUnitBodySchema>;

export function moveUnit(id: string, body: MoveUnitBody): Promise<UnitActionResult> {
  return apiFetch<UnitActionResult>(`/org-units/${encodeURIComponent(id)}/move`, { method: 'POST', body });
}

export function useMoveUnit() {
  return useRestructureMutation(({ id, body }: { id: string; body: MoveUnitBody }) => moveUnit(id, body));
}
