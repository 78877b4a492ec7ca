import type { z } from 'zod';
import type { CloseUnitBodySchema } from '@lantoa/contracts/org-units';
import { apiFetch } from '../../../lib/api-client.ts';
import { useRestructureMutation, type UnitActionResult } from './restructure-mutation.ts';

export type CloseUnitBody = z.infer<typeof CloseUnitBodySchema>;

export function closeUnit(id: string, body: CloseUnitBody): Promise<UnitActionResult> {
  return apiFetch<UnitActionResult>(`/org-units/${encodeURIComponent(id)}/close`, { method: 'POST', body });
}

export function useCloseUnit() {
  return useRestructureMutation(({ id, body }: { id: string; body: CloseUnitBody }) => closeUnit(id, body));
}
