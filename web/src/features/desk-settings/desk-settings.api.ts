import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../api/client';
import { ticketsKey } from '../tickets/tickets.api';
import type {
  AgentPresence,
  AgentPresenceRequest,
  BusinessCalendar,
  CalendarRequest,
  CreateCategoryRequest,
  CreateKnownIssueRequest,
  CreateRuleRequest,
  DeskCategory,
  FixKnownIssueRequest,
  KnownIssue,
  PolicyRequest,
  RoutingRule,
  SlaPolicy,
  UpdateCategoryRequest,
  UpdateRuleRequest,
} from './desk-settings.types';

type Items<T> = { items: T[] };

export const deskKey = ['desk-settings'] as const;
export const categoriesKey = [...deskKey, 'categories'] as const;
export const rulesKey = [...deskKey, 'rules'] as const;
export const agentsKey = [...deskKey, 'agents'] as const;
export const calendarsKey = [...deskKey, 'calendars'] as const;
export const policiesKey = [...deskKey, 'policies'] as const;
export const knownIssuesKey = ['known-issues'] as const;

const enc = encodeURIComponent;

// Every category, inactive ones too, in tree order (parents before their children).
export const listCategories = () => api.get<Items<DeskCategory>>('/ticket-categories').then((r) => r.items);
export const createCategory = (body: CreateCategoryRequest) => api.post<DeskCategory>('/ticket-categories', body);
export const updateCategory = (id: string, body: UpdateCategoryRequest) => api.patch<DeskCategory>(`/ticket-categories/${enc(id)}`, body);
export const deleteCategory = (id: string) => api.delete(`/ticket-categories/${enc(id)}`);

export const listRules = () => api.get<Items<RoutingRule>>('/ticket-routing-rules').then((r) => r.items);
export const createRule = (body: CreateRuleRequest) => api.post<RoutingRule>('/ticket-routing-rules', body);
export const updateRule = (id: string, body: UpdateRuleRequest) => api.patch<RoutingRule>(`/ticket-routing-rules/${enc(id)}`, body);
export const deleteRule = (id: string) => api.delete(`/ticket-routing-rules/${enc(id)}`);
export const reorderRules = (ids: string[]) => apiRequest<Items<RoutingRule>>('PUT', '/ticket-routing-rules/order', { body: { ids } }).then((r) => r.items);

export const listAgents = () => api.get<Items<AgentPresence>>('/agents').then((r) => r.items);
export const setAgentPresence = (userId: string, body: AgentPresenceRequest) =>
  apiRequest<AgentPresence & { backlogAssigned: number }>('PUT', `/agents/${enc(userId)}/presence`, { body });

export const listCalendars = () => api.get<Items<BusinessCalendar>>('/sla/calendars').then((r) => r.items);
export const createCalendar = (body: CalendarRequest & { name: string; timeZone: string }) => api.post<BusinessCalendar>('/sla/calendars', body);
export const updateCalendar = (id: string, body: CalendarRequest) => api.patch<BusinessCalendar>(`/sla/calendars/${enc(id)}`, body);
export const deleteCalendar = (id: string) => api.delete(`/sla/calendars/${enc(id)}`);

export const listPolicies = () => api.get<Items<SlaPolicy>>('/sla/policies').then((r) => r.items);
export const createPolicy = (body: PolicyRequest) => api.post<SlaPolicy>('/sla/policies', body);
export const updatePolicy = (id: string, body: PolicyRequest) => api.patch<SlaPolicy>(`/sla/policies/${enc(id)}`, body);
export const deletePolicy = (id: string) => api.delete(`/sla/policies/${enc(id)}`);

export const listKnownIssues = () => api.get<Items<KnownIssue>>('/known-issues').then((r) => r.items);
export const createKnownIssue = (body: CreateKnownIssueRequest) => api.post<KnownIssue>('/known-issues', body);
export const fixKnownIssue = (id: string, body: FixKnownIssueRequest) =>
  api.post<{ knownIssue: KnownIssue; notified: number }>(`/known-issues/${enc(id)}/fixed`, body);

export const useDeskCategories = () => useQuery({ queryKey: categoriesKey, queryFn: listCategories });
export const useRoutingRules = () => useQuery({ queryKey: rulesKey, queryFn: listRules });
export const useAgents = () => useQuery({ queryKey: agentsKey, queryFn: listAgents });
export const useCalendars = () => useQuery({ queryKey: calendarsKey, queryFn: listCalendars });
export const usePolicies = () => useQuery({ queryKey: policiesKey, queryFn: listPolicies });
export const useKnownIssues = () => useQuery({ queryKey: knownIssuesKey, queryFn: listKnownIssues });

/** Refetches one settings list after a change; category changes also refresh the agent console's list. */
export function useRefresh() {
  const client = useQueryClient();
  return (key: readonly string[]) => {
    void client.invalidateQueries({ queryKey: key });
    if (key === categoriesKey) void client.invalidateQueries({ queryKey: [...ticketsKey, 'categories'] });
  };
}
