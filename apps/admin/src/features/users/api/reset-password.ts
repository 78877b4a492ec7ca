import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import { userKeys } from './keys.ts';

export function resetPassword(id: string, newPassword: string): Promise<unknown> {
  return apiFetch<unknown>(`/users/${encodeURIComponent(id)}/reset-password`, {
    method: 'POST',
    body: { newPassword },
  });
}

export function useResetPassword(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (newPassword: string) => resetPassword(id, newPassword),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.detail(id) }),
  });
}
