import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type * as ComplaintContracts from '../../../../src/modules/complaints/complaints.contracts';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { viewQuery, type ConsoleView } from './ticket-views';
import type {
  BulkResult,
  CreateTicketRequest,
  MessageKind,
  PatchTicketRequest,
  Ticket,
  TicketCategory,
  TicketMessage,
  TicketSidebar,
  TicketStatus,
  TicketSummary,
  TicketViews,
} from './tickets.types';

export const ticketsKey = ['tickets'] as const;
export const ticketViewsKey = [...ticketsKey, 'views'] as const;
export const ticketListKey = [...ticketsKey, 'list'] as const;
export const ticketKey = (id: string) => [...ticketsKey, 'one', id] as const;

const enc = encodeURIComponent;
const PAGE = 25;

export const getViews = () => api.get<TicketViews>('/tickets/views');
export const listTickets = (view: ConsoleView, cursor?: string) => api.get<Page<TicketSummary>>(`/tickets?${viewQuery(view, { limit: PAGE, cursor })}`);
export const getTicket = (id: string) => api.get<Ticket>(`/tickets/${enc(id)}`);
export const getSidebar = (id: string) => api.get<TicketSidebar>(`/tickets/${enc(id)}/sidebar`);
export const listMessages = (id: string) => api.get<Page<TicketMessage>>(`/tickets/${enc(id)}/messages`, { limit: 200 });
export const listCategories = () => api.get<{ items: TicketCategory[] }>('/ticket-categories', { active: true }).then((r) => r.items);
export const createTicket = (body: CreateTicketRequest) => api.post<Ticket>('/tickets', body);
export const patchTicket = (id: string, body: PatchTicketRequest) => api.patch<Ticket>(`/tickets/${enc(id)}`, body);
export const addMessage = (id: string, body: { kind: Exclude<MessageKind, 'customer_message' | 'system'>; body: string; status?: TicketStatus }) =>
  api.post<TicketMessage>(`/tickets/${enc(id)}/messages`, body);
export const bulkUpdate = (ids: string[], changes: PatchTicketRequest) => api.post<BulkResult>('/tickets/bulk', { ids, changes });

export function useTicketViews() {
  return useQuery({ queryKey: ticketViewsKey, queryFn: getViews });
}

export function useTicketList(view: ConsoleView) {
  return useInfiniteQuery({
    queryKey: [...ticketListKey, view.id],
    queryFn: ({ pageParam }) => listTickets(view, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useTicket(id: string | undefined) {
  return useQuery({ queryKey: ticketKey(id ?? ''), queryFn: () => getTicket(id!), enabled: Boolean(id) });
}

export function useTicketMessages(id: string | undefined) {
  return useQuery({ queryKey: [...ticketKey(id ?? ''), 'messages'], queryFn: () => listMessages(id!).then((p) => p.items), enabled: Boolean(id) });
}

export function useTicketSidebar(id: string | undefined) {
  return useQuery({ queryKey: [...ticketKey(id ?? ''), 'sidebar'], queryFn: () => getSidebar(id!), enabled: Boolean(id) });
}

export function useTicketCategories() {
  return useQuery({ queryKey: [...ticketsKey, 'categories'], queryFn: listCategories, staleTime: 5 * 60_000 });
}

/** After any change: the lists and counts, and the one ticket when named. */
export function useRefreshTickets() {
  const queryClient = useQueryClient();
  return (ticketId?: string) => {
    void queryClient.invalidateQueries({ queryKey: ticketListKey });
    void queryClient.invalidateQueries({ queryKey: ticketViewsKey });
    if (ticketId) void queryClient.invalidateQueries({ queryKey: ticketKey(ticketId) });
  };
}

export function usePatchTicket(id: string) {
  const refresh = useRefreshTickets();
  return useMutation({ mutationFn: (body: PatchTicketRequest) => patchTicket(id, body), onSuccess: () => refresh(id) });
}

export function useAddMessage(id: string) {
  const refresh = useRefreshTickets();
  return useMutation({ mutationFn: (body: Parameters<typeof addMessage>[1]) => addMessage(id, body), onSuccess: () => refresh(id) });
}

// ---- the complaint process of a ticket (docs/complaints.md) ----

export type Complaint = Static<typeof ComplaintContracts.Complaint>;
export type ComplaintAction = Complaint['next'][number];
export type ComplaintStepRequest = Static<typeof ComplaintContracts.ComplaintStepBody>;

const complaintKey = (id: string) => [...ticketKey(id), 'complaint'] as const;
export const getComplaint = (id: string) => api.get<Complaint>(`/tickets/${enc(id)}/complaint`);
export const openComplaint = (id: string) => api.post<Complaint>(`/tickets/${enc(id)}/complaint`);
export const takeComplaintStep = (id: string, body: ComplaintStepRequest) => api.post<Complaint>(`/tickets/${enc(id)}/complaint/steps`, body);

/** The complaint process of a ticket; `enabled` false keeps it unasked (most tickets have none: a 404). */
export function useComplaint(id: string, enabled: boolean) {
  return useQuery({ queryKey: complaintKey(id), queryFn: () => getComplaint(id), enabled });
}

/** Receives the ticket as a complaint, or takes the next step; the ticket is read again (priority, reply). */
export function useComplaintChange(id: string) {
  const client = useQueryClient();
  const refresh = useRefreshTickets();
  return useMutation({
    mutationFn: (step: ComplaintStepRequest | 'receive') => (step === 'receive' ? openComplaint(id) : takeComplaintStep(id, step)),
    onSuccess: (complaint) => {
      client.setQueryData(complaintKey(id), complaint);
      refresh(id);
    },
    // A refused step means the complaint moved on elsewhere: read where it stands.
    onError: () => void client.invalidateQueries({ queryKey: complaintKey(id) }),
  });
}
