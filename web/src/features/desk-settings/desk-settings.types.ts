import type { TicketChannel, TicketPriority } from '../tickets/tickets.types';

// The service-desk settings API's shapes as these screens read them (docs/ticket-routing.md,
// docs/sla.md, docs/tickets.md, docs/bug-reports.md). desk-settings.contract-checks.ts fails to
// compile when the server's contracts drift from them.

export interface DeskCategory {
  id: string;
  parentId: string | null;
  code: string;
  nameZh: string;
  nameEn: string;
  sort: number;
  active: boolean;
  depth: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateCategoryRequest {
  code: string;
  nameZh: string;
  nameEn: string;
  parentId?: string | null;
  sort?: number;
  active?: boolean;
}
export type UpdateCategoryRequest = Partial<Omit<CreateCategoryRequest, 'code'>>;

export interface RuleConditions {
  channels?: TicketChannel[];
  categoryIds?: string[];
  priorities?: TicketPriority[];
  tierCodes?: string[];
  vip?: boolean;
  languages?: string[];
  storeIds?: string[];
  keywords?: string[];
}

export interface RuleActions {
  departmentId?: string;
  teamId?: string;
  priority?: TicketPriority;
  addTags?: string[];
}

export interface RoutingRule {
  id: string;
  name: string;
  position: number;
  active: boolean;
  conditions: RuleConditions;
  actions: RuleActions;
  createdAt: string;
  updatedAt: string;
}

export interface CreateRuleRequest {
  name: string;
  active?: boolean;
  conditions: RuleConditions;
  actions: RuleActions;
}
export type UpdateRuleRequest = Partial<CreateRuleRequest>;

export const presenceStatuses = ['online', 'away', 'offline'] as const;
export type PresenceStatus = (typeof presenceStatuses)[number];

export interface AgentPresence {
  userId: string;
  name: string;
  teamId: string | null;
  status: PresenceStatus;
  capacity: number;
  languages: string[];
  categoryIds: string[];
  openTickets: number;
  lastAssignedAt: string | null;
  updatedAt: string | null;
}

export interface AgentPresenceRequest {
  status?: PresenceStatus;
  capacity?: number;
  languages?: string[];
  categoryIds?: string[];
}

export interface WeeklyInterval {
  day: number;
  open: string;
  close: string;
}

export interface BusinessCalendar {
  id: string;
  name: string;
  timeZone: string;
  weeklyHours: WeeklyInterval[];
  holidays: string[];
  is24x7: boolean;
  storeId: string | null;
  isDefault: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface CalendarRequest {
  name?: string;
  timeZone?: string;
  weeklyHours?: WeeklyInterval[];
  holidays?: string[];
  is24x7?: boolean;
  storeId?: string | null;
  isDefault?: boolean;
}

export interface SlaPolicy {
  id: string;
  channel: TicketChannel | null;
  priority: TicketPriority | null;
  tierCode: string | null;
  firstResponseS: number | null;
  nextResponseS: number | null;
  resolutionS: number | null;
  warnAtPct: number;
  calendarId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PolicyRequest {
  channel?: TicketChannel | null;
  priority?: TicketPriority | null;
  tierCode?: string | null;
  firstResponseS?: number | null;
  nextResponseS?: number | null;
  resolutionS?: number | null;
  warnAtPct?: number;
  calendarId?: string | null;
}

export const slaMetrics = ['firstResponseS', 'nextResponseS', 'resolutionS'] as const;
export type SlaMetric = (typeof slaMetrics)[number];

export interface KnownIssue {
  id: string;
  title: string;
  description: string;
  status: 'open' | 'fixed';
  fixedInVersion: string | null;
  fixedAt: string | null;
  linkedReports: number;
  createdAt: string;
}

export interface CreateKnownIssueRequest {
  title: string;
  description?: string;
}

export interface FixKnownIssueRequest {
  version: string;
  message?: string;
}
