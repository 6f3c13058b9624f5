import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { CreateUserRequest, Page, ResetPasswordRequest, UpdateUserRequest, User, UserListQuery } from '../../api/types';

export const usersKey = ['users'] as const;

export const listUsers = (query: UserListQuery) => api.get<Page<User>>('/users', { ...query });
export const createUser = (body: CreateUserRequest) => api.post<User>('/users', body);
export const updateUser = (id: string, body: UpdateUserRequest) => api.patch<User>(`/users/${id}`, body);
export const resetUserPassword = (id: string, body: ResetPasswordRequest) => api.post<void>(`/users/${id}/password`, body);

export type UserFilters = Omit<UserListQuery, 'limit' | 'cursor'>;

export function useUsersInfinite(filters: UserFilters) {
  return useInfiniteQuery({
    queryKey: [...usersKey, 'list', filters],
    queryFn: ({ pageParam }) => listUsers({ ...filters, limit: 50, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The first 200 users, for the manager select and counts. */
export function useUserOptions(enabled = true) {
  return useQuery({ queryKey: [...usersKey, 'options'], queryFn: () => listUsers({ limit: 200 }), enabled });
}
