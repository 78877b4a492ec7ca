import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import { programmeKeys } from './keys.ts';
import type { PartKind } from './save-part.ts';

/** Deletes a part; the version it was read at makes a delete of a changed item fail with 409. */
export function deletePart(
  programmeId: string,
  kind: PartKind,
  item: { id: string; version: number },
): Promise<{ ok: true }> {
  return apiFetch<{ ok: true }>(
    `/programmes/${encodeURIComponent(programmeId)}/${kind}/${encodeURIComponent(item.id)}`,
    {
      method: 'DELETE',
      query: { version: item.version },
    },
  );
}

export function useDeletePart(programmeId: string, kind: PartKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (item: { id: string; version: number }) => deletePart(programmeId, kind, item),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: programmeKeys.detail(programmeId) }),
  });
}
