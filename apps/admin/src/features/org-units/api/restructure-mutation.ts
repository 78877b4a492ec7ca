import { useMutation, useQueryClient } from '@tanstack/react-query';
import { orgUnitKeys } from './keys.ts';

/** What every structural change answers: the event and the units it produced or changed. */
export type UnitActionResult = { eventId: string; unitIds: string[] };

/** A structural change: on success every cached tree, list and unit is stale. */
export function useRestructureMutation<V>(fn: (vars: V) => Promise<UnitActionResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgUnitKeys.all }),
  });
}
