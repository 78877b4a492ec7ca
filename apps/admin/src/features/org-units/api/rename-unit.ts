import type { z } from 'zod';
import type { RenameUnitBodySchema } from '@lantoa/contracts/org-units';
import { apiFetch } from '../../../lib/api-client.ts';
import { useRestructureMutation, type UnitActionResult } from './restructure-mutation.ts';

export type RenameUnitBody = z.infer<typeof RenameUnitBodySchema>;

export function renameUnit(id: string, body: RenameUnitBody): Promise<UnitActionResult> {
  return apiFetch<UnitActionResult>(`/org-units/${encodeURIComponent(id)}/rename`, { method: 'POST', body });
}

export function useRenameUnit() {
  return useRestructureMutation(({ id, body }: { id: string; body: RenameUnitBody }) => renameUnit(id, body));
}
