import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUserBody, UserView } from '@lantoa/contracts/users';
import { apiFetch } from '../../../lib/api-client.ts';
import { userKeys } from './keys.ts';

export function createUser(body: CreateUserBody): Promise<UserView> {
  return apiFetch<UserView>('/users', { method: 'POST', body });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
