import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { RolesResponse } from '../../api/types';

export const rolesKey = ['roles'] as const;

export function useRoles() {
  return useQuery({ queryKey: rolesKey, queryFn: () => api.get<RolesResponse>('/roles') });
}
