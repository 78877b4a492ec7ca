import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordBody } from '@lantoa/contracts/auth';
import { apiFetch } from '../../../lib/api-client.ts';
import { ME_QUERY_KEY } from '../../../lib/auth.tsx';

export function changePassword(body: ChangePasswordBody): Promise<{ ok: true }> {
  return apiFetch<{ ok: true }>('/auth/change-password', { method: 'POST', body });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    // The flag mustChangePassword and possibly the session's token change with the password.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY }),
  });
}
