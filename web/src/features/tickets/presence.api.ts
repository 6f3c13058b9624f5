import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../api/client';

// The signed-in agent's own presence (docs/ticket-routing.md): online agents get tickets assigned.

export const presenceStatuses = ['online', 'away', 'offline'] as const;
export type PresenceStatus = (typeof presenceStatuses)[number];
export interface MyPresence {
  userId: string;
  status: PresenceStatus;
  openTickets: number;
  backlogAssigned?: number;
}

const presenceKey = ['presence', 'me'] as const;

export function useMyPresence(enabled: boolean) {
  return useQuery({ queryKey: presenceKey, queryFn: () => api.get<MyPresence>('/agents/me/presence'), enabled });
}

export function useSetPresence() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (status: PresenceStatus) => apiRequest<MyPresence>('PUT', '/agents/me/presence', { body: { status } }),
    onSuccess: (saved) => client.setQueryData(presenceKey, saved),
  });
}
