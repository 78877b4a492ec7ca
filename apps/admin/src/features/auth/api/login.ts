import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginBody, Me } from '@lantoa/contracts/auth';
import { apiFetch, setCsrfToken } from '../../../lib/api-client.ts';
import { keepOfflineMe, ME_QUERY_KEY, setSessionEndReason } from '../../../lib/auth.tsx';

export function login(body: LoginBody): Promise<Me> {
  return apiFetch<Me>('/auth/login', { method: 'POST', body, ignoreUnauthenticated: true });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      keepOfflineMe(me);
      setSessionEndReason(null);
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, me);
    },
  });
}
