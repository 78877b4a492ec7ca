import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CreateDocumentBody,
  CreateResponsibilityBody,
  CreateTargetBody,
  CreateTaskAreaBody,
  ProgrammeDocument,
  Responsibility,
  Target,
  TaskArea,
} from '@lantoa/contracts/programme';
import { apiFetch } from '../../../lib/api-client.ts';
import { programmeKeys } from './keys.ts';

/**
 * The parts of a programme share one API shape: POST /programmes/:id/<part> creates,
 * PUT /programmes/:id/<part>/:itemId (with the version it was read at) updates.
 */
export type PartTypes = {
  documents: { body: CreateDocumentBody; item: ProgrammeDocument };
  'task-areas': { body: CreateTaskAreaBody; item: TaskArea };
  targets: { body: CreateTargetBody; item: Target };
  responsibilities: { body: CreateResponsibilityBody; item: Responsibility };
};
export type PartKind = keyof PartTypes;

export function savePart<K extends PartKind>(
  programmeId: string,
  kind: K,
  target: { id: string; version: number } | null,
  body: PartTypes[K]['body'],
): Promise<PartTypes[K]['item']> {
  const base = `/programmes/${encodeURIComponent(programmeId)}/${kind}`;
  if (!target) return apiFetch<PartTypes[K]['item']>(base, { method: 'POST', body });
  return apiFetch<PartTypes[K]['item']>(`${base}/${encodeURIComponent(target.id)}`, {
    method: 'PUT',
    body: { ...body, version: target.version },
  });
}

/** Saves a part, then reloads the programme: a change may touch other parts (a renumbered area moves its targets). */
export function useSavePart<K extends PartKind>(programmeId: string, kind: K) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ target, body }: { target: { id: string; version: number } | null; body: PartTypes[K]['body'] }) =>
      savePart(programmeId, kind, target, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: programmeKeys.detail(programmeId) }),
  });
}
