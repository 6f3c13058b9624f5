import type { CustomerStats, CustomerSummary } from '../../api/types';

// The tickets API's shapes as the console reads them (docs/tickets.md, docs/agent-console.md).

export const ticketStatuses = ['new', 'open', 'pending_customer', 'on_hold', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];
export const unsolvedStatuses: TicketStatus[] = ['new', 'open', 'pending_customer', 'on_hold'];
export const ticketPriorities = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof ticketPriorities)[number];
export const ticketChannels = ['web', 'email', 'chat', 'phone', 'forum', 'social', 'in_game', 'api'] as const;
export type TicketChannel = (typeof ticketChannels)[number];

export interface TicketSummary {
  id: string;
  number: number;
  subject: string;
  channel: TicketChannel;
  categoryId: string | null;
  priority: TicketPriority;
  status: TicketStatus;
  requesterId: string;
  requester: CustomerSummary | null;
  departmentId: string | null;
  teamId: string | null;
  assigneeId: string | null;
  tags: string[];
  reopenCount: number;
  mergedIntoId: string | null;
  createdAt: string;
  updatedAt: string;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  archivedAt: string | null;
}

export interface Ticket extends TicketSummary {
  description: string;
  custom: Record<string, unknown>;
  createdBy: string;
  links: { ticketId: string; number: number; status: TicketStatus; kind: 'related' | 'duplicate'; createdAt: string }[];
}

export type MessageKind = 'public_reply' | 'internal_note' | 'customer_message' | 'system';

export interface TicketMessage {
  id: string;
  ticketId: string;
  kind: MessageKind;
  authorType: 'user' | 'api_key' | 'customer' | 'system';
  authorUserId: string | null;
  authorCustomerId: string | null;
  authorLabel: string;
  body: string;
  mentions: string[];
  channel: string;
  createdAt: string;
}

export interface TicketViews {
  mineOpen: number;
  unassigned: number;
  byStatus: Record<TicketStatus, number>;
  byDepartment: { departmentId: string | null; unsolved: number }[];
}

export interface TicketCategory {
  id: string;
  parentId: string | null;
  code: string;
  nameZh: string;
  nameEn: string;
  active: boolean;
  depth: number;
}

export interface SidebarEvent {
  id: string;
  at: string;
  type: string;
  summary: string;
  data: Record<string, unknown>;
}

export interface TicketSidebar {
  ticketId: string;
  customer: CustomerSummary;
  stats: CustomerStats;
  tier: { tierId: string; code: string; name: string; priorityService: boolean } | null;
  recentRecharges: SidebarEvent[];
  recentLogins: SidebarEvent[];
  openSessions: { id: string; storeId: string; seatLabel: string; startedAt: string; minutesLeft: number | null }[];
  sanctions: { warnings: number; mutes: number; bans: number; inForce: { id: string; kind: string; endsAt: string | null; reason: string }[] };
  otherTickets: { id: string; number: number; subject: string; status: TicketStatus; priority: TicketPriority; updatedAt: string }[];
}

export interface BulkResult {
  results: { id: string; ok: boolean; changed?: string[]; code?: string; detail?: string }[];
}

export interface CreateTicketRequest {
  subject: string;
  channel: TicketChannel;
  requesterId: string;
  description?: string;
  categoryId?: string;
  priority?: TicketPriority;
  departmentId?: string;
}

export interface PatchTicketRequest {
  status?: TicketStatus;
  priority?: TicketPriority;
  assigneeId?: string | null;
  tags?: string[];
}

/** What the live channel sends on the `tickets` topic: ids and placement, never content. */
export type TicketLiveMessage =
  | { type: 'subscribed' | 'unsubscribed'; topic: string }
  | { type: 'error'; code: string; topic: string | null }
  | {
      type: 'event';
      topic: 'tickets';
      name: 'ticket.created' | 'ticket.updated' | 'ticket.message_added';
      payload: { ticketId: string; departmentId: string | null; teamId: string | null; assigneeId: string | null };
    };
