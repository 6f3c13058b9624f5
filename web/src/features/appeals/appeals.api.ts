import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { ticketsKey } from '../tickets/tickets.api';
import { unsolvedStatuses, type TicketStatus, type TicketSummary } from '../tickets/tickets.types';
import type { Appeal, AppealDecisionRequest } from './appeals.types';

export const appealsKey = ['appeals'] as const;
const appealKey = (ticketId: string) => [...appealsKey, 'one', ticketId] as const;

/** Pending: the appeal's ticket is still being worked; decided: it was resolved or closed. */
export type AppealScope = 'pending' | 'decided';
const statusesOf: Record<AppealScope, TicketStatus[]> = { pending: unsolvedStatuses, decided: ['resolved', 'closed'] };

const enc = encodeURIComponent;

/** Appeals are tickets tagged `appeal` (docs/appeals.md); the list asks the tickets API, `status` repeated. */
export function listAppealTickets(scope: AppealScope, cursor?: string) {
  // The oldest pending appeal first; the latest decided first.
  const params = new URLSearchParams({ tag: 'appeal', sort: scope === 'pending' ? 'createdAt' : '-updatedAt', limit: '25' });
  for (const s of statusesOf[scope]) params.append('status', s);
  if (cursor) params.set('cursor', cursor);
  return api.get<Page<TicketSummary>>(`/tickets?${params.toString()}`);
}
export const getAppeal = (ticketId: string) => api.get<Appeal>(`/tickets/${enc(ticketId)}/appeal`);
export const decideAppeal = (ticketId: string, body: AppealDecisionRequest) => api.post<Appeal>(`/tickets/${enc(ticketId)}/appeal/decision`, body);

export function useAppealTickets(scope: AppealScope) {
  return useInfiniteQuery({
    queryKey: [...appealsKey, 'list', scope],
    queryFn: ({ pageParam }) => listAppealTickets(scope, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The appeal on a ticket with its checklist and score. */
export function useAppeal(ticketId: string | null) {
  return useQuery({ queryKey: appealKey(ticketId ?? ''), queryFn: () => getAppeal(ticketId!), enabled: Boolean(ticketId) });
}

/** Decides; afterwards the appeals and the tickets (the answer was posted, the status changed) are read again. */
export function useDecideAppeal(ticketId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AppealDecisionRequest) => decideAppeal(ticketId, body),
    onSuccess: (appeal) => {
      client.setQueryData(appealKey(ticketId), appeal);
      void client.invalidateQueries({ queryKey: appealsKey });
      void client.invalidateQueries({ queryKey: ticketsKey });
    },
  });
}
