import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateUserBody, UserView } from '@lantoa/contracts/users';
import { apiFetch } from '../../../lib/api-client.ts';
import { ME_QUERY_KEY } from '../../../lib/auth.tsx';
import { userKeys } from './keys.ts';

export function updateUser(id: string, body: UpdateUserBody): Promise<UserView> {
  return apiFetch<UserView>(`/users/${encodeURIComponent(id)}`, { method: 'PUT', body });
}

export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateUserBody) => updateUser(id, body),
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(id), user);
      void queryClient.invalidateQueries({ queryKey: userKeys.all });
      // Editing oneself may change one's own roles and permissions.
      void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    },
  });
}
