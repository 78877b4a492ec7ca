import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Role } from '@lantoa/contracts/access';
import type { UserView } from '@lantoa/contracts/users';
import { apiFetch } from '../../../lib/api-client.ts';
import { userKeys } from './keys.ts';

export const USER_SORTS = ['username', 'fullName', 'createdAt', 'lastLoginAt'] as const;
export type UserSort = (typeof USER_SORTS)[number];

export type UserListParams = {
  q?: string;
  role?: Role;
  unitId?: string;
  active?: 'true' | 'false';
  sort: UserSort;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
};

export type UserPage = { items: UserView[]; total: number; page: number; pageSize: number };

export function getUsers(params: UserListParams, signal?: AbortSignal): Promise<UserPage> {
  return apiFetch<UserPage>('/users', { query: params, signal });
}

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: userKeys.list(params),
    queryFn: ({ signal }) => getUsers(params, signal),
    placeholderData: keepPreviousData,
  });
}
