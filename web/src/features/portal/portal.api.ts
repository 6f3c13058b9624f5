import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

// The public portal's API (docs/service-portal.md): no session, so 401 never redirects to sign-in.

export type ClaimOutcome = 'credited' | 'escalated' | 'proof_needed' | 'refunded' | 'failed' | 'duplicate';
export type TicketStatus = 'new' | 'open' | 'pending_customer' | 'on_hold' | 'resolved' | 'closed';

export interface PublicForm {
  code: string;
  kind: 'recharge' | 'generic';
  categories: { code: string; nameZh: string; nameEn: string }[];
}

export interface PortalTicketAnswer {
  number: number;
  token: string;
  statusUrl: string;
  outcome: ClaimOutcome | null;
  message: string;
}

export interface RechargeClaimRequest {
  gameAccount?: string;
  phone?: string;
  email?: string;
  orderId: string;
  amount: string;
  paymentChannel: string;
  paidAt: string;
  contactEmail: string;
  description?: string;
}

export interface PublicTicketRequest {
  email: string;
  gameAccount?: string;
  subject: string;
  description: string;
  category: string;
}

export interface PublicMessage {
  id: string;
  from: 'agent' | 'support' | 'player';
  authorName: string | null;
  body: string;
  createdAt: string;
}

export interface PublicTicketView {
  number: number;
  subject: string;
  status: TicketStatus;
  createdAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  messages: PublicMessage[];
  csat: { open: boolean; given: { rating: number; comment: string; createdAt: string } | null };
}

const quiet = { allowUnauthenticated: true } as const;

export const publicTicketKey = (token: string) => ['portal', 'ticket', token] as const;

export const useForms = () => useQuery({ queryKey: ['portal', 'forms'], queryFn: () => api.get<{ items: PublicForm[] }>('/public/forms', undefined, quiet) });

export const usePublicTicket = (token: string) =>
  useQuery({ queryKey: publicTicketKey(token), queryFn: () => api.get<PublicTicketView>(`/public/tickets/${encodeURIComponent(token)}`, undefined, quiet), retry: false });

export const submitRechargeClaim = (body: RechargeClaimRequest) => api.post<PortalTicketAnswer>('/public/recharge-claims', body, quiet);
export const submitPublicTicket = (body: PublicTicketRequest) => api.post<PortalTicketAnswer>('/public/tickets', body, quiet);
export const lookupTicket = (body: { email: string; number: number }) => api.post<{ number: number; token: string; statusUrl: string }>('/public/tickets/lookup', body, quiet);
export const sendPlayerMessage = (token: string, body: string) => api.post<{ id: string }>(`/public/tickets/${encodeURIComponent(token)}/messages`, { body }, quiet);
export const sendRating = (token: string, rating: number, comment: string) => api.post<unknown>(`/public/tickets/${encodeURIComponent(token)}/csat`, { rating, comment }, quiet);
