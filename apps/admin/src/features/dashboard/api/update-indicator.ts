import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { Formula } from '../formula.ts';

export type UpdateIndicatorInput = {
  name: string;
  description: string;
  formula: Formula;
  unitLabel: string;
  version: number;
  /** A later year than the definition's first: a new version from that year on. */
  fromYear?: number;
};

export function updateIndicator(id: string, body: UpdateIndicatorInput): Promise<{ id: string }> {
  return apiFetch<{ id: string }>(`/indicators/${encodeURIComponent(id)}`, { method: 'PUT', body });
}

export function useUpdateIndicator(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateIndicatorInput) => updateIndicator(id, body),
    // Definitions, and every figure computed from them.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
  });
}
