import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { UpdateProfileBodySchema } from '@lantoa/contracts/org-units';
import { apiFetch } from '../../../lib/api-client.ts';
import { orgUnitKeys } from './keys.ts';

export type UpdateProfileBody = z.infer<typeof UpdateProfileBodySchema>;

export function updateUnitProfile(id: string, body: UpdateProfileBody) {
  return apiFetch<unknown>(`/org-units/${encodeURIComponent(id)}/profile`, { method: 'PUT', body });
}

export function useUpdateUnitProfile(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProfileBody) => updateUnitProfile(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgUnitKeys.detail(id) }),
  });
}
