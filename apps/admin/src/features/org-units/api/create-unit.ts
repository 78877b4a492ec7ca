import type { CreateUnitBody } from '@lantoa/contracts/org-units';
import { apiFetch } from '../../../lib/api-client.ts';
import { useRestructureMutation, type UnitActionResult } from './restructure-mutation.ts';

export function createUnit(body: CreateUnitBody): Promise<UnitActionResult> {
  return apiFetch<UnitActionResult>('/org-units', { method: 'POST', body });
}

export function useCreateUnit() {
  return useRestructureMutation(createUnit);
}
