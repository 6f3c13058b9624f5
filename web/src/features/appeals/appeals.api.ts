import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { ticketsKey } from '../tickets/tickets.api';
import type { Appeal, AppealDecisionRequest, AppealStatus, AppealSummary } from './appeals.types';

export const appealsKey = ['appeals'] as const;
const appealKey = (ticketId: string) => [...appealsKey, 'one', ticketId] as const;

/** Pending: open or waiting for more from the appellant; decided: approved or rejected. */
export type AppealScope = 'pending' | 'decided';
const statusesOf: Record<AppealScope, AppealStatus[]> = { pending: ['open', 'more_info'], decided: ['approved', 'rejected'] };

const enc = encodeURIComponent;

/** GET /appeals (docs/appeals.md) for a tab, `status` repeated: the oldest pending first, the latest decided first. */
export function listAppeals(scope: AppealScope, cursor?: string) {
  const params = new URLSearchParams({ sort: scope === 'pending' ? 'createdAt' : '-createdAt', limit: '25' });
  for (const s of statusesOf[scope]) params.append('status', s);
  if (cursor) params.set('cursor', cursor);
  return api.get<Page<AppealSummary>>(`/appeals?${params.toString()}`);
}
export const getAppeal = (ticketId: string) => api.get<Appeal>(`/tickets/${enc(ticketId)}/appeal`);
export const decideAppeal = (ticketId: string, body: AppealDecisionRequest) => api.post<Appeal>(`/tickets/${enc(ticketId)}/appeal/decision`, body);

export function useAppeals(scope: AppealScope) {
  return useInfiniteQuery({
    queryKey: [...appealsKey, 'list', scope],
    queryFn: ({ pageParam }) => listAppeals(scope, pageParam),
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
