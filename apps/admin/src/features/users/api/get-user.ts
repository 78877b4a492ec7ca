import { useQuery } from '@tanstack/react-query';
import type { UserView } from '@lantoa/contracts/users';
import { apiFetch } from '../../../lib/api-client.ts';
import { userKeys } from './keys.ts';

export function getUser(id: string, signal?: AbortSignal): Promise<UserView> {
  return apiFetch<UserView>(`/users/${encodeURIComponent(id)}`, { signal });
}

export function useUser(id: string) {
  return useQuery({ queryKey: userKeys.detail(id), queryFn: ({ signal }) => getUser(id, signal), enabled: id !== '' });
}
