import type { TicketChannel, TicketPriority } from '../tickets/tickets.types';
import type { CreateRuleRequest, RoutingRule, RuleActions, RuleConditions } from './desk-settings.types';

/** The rule editor's fields: lists stay lists (empty = not a condition). */
export interface RuleValues extends Record<string, unknown> {
  name: string;
  active: boolean;
  channels: string[];
  categoryIds: string[];
  priorities: string[];
  tierCodes: string[];
  vip: 'any' | 'yes' | 'no';
  languages: string[];
  storeIds: string[];
  keywords: string[];
  departmentId: string | null;
  teamId: string | null;
  priority: string | null;
  addTags: string[];
}

export function ruleValues(rule: RoutingRule | null): RuleValues {
  const c = rule?.conditions ?? {};
  const a = rule?.actions ?? {};
  return {
    name: rule?.name ?? '',
    active: rule?.active ?? true,
    channels: c.channels ?? [],
    categoryIds: c.categoryIds ?? [],
    priorities: c.priorities ?? [],
    tierCodes: c.tierCodes ?? [],
    vip: c.vip === undefined ? 'any' : c.vip ? 'yes' : 'no',
    languages: c.languages ?? [],
    storeIds: c.storeIds ?? [],
    keywords: c.keywords ?? [],
    departmentId: a.departmentId ?? null,
    teamId: a.teamId ?? null,
    priority: a.priority ?? null,
    addTags: a.addTags ?? [],
  };
}

const trimmed = (list: string[]) => [...new Set(list.map((s) => s.trim()).filter(Boolean))];

/** The API body: only the conditions and actions that were filled in. */
export function ruleBody(v: RuleValues): CreateRuleRequest {
  const conditions: RuleConditions = {};
  if (v.channels.length) conditions.channels = v.channels as TicketChannel[];
  if (v.categoryIds.length) conditions.categoryIds = v.categoryIds;
  if (v.priorities.length) conditions.priorities = v.priorities as TicketPriority[];
  if (trimmed(v.tierCodes).length) conditions.tierCodes = trimmed(v.tierCodes);
  if (v.vip !== 'any') conditions.vip = v.vip === 'yes';
  if (trimmed(v.languages).length) conditions.languages = trimmed(v.languages);
  if (v.storeIds.length) conditions.storeIds = v.storeIds;
  if (trimmed(v.keywords).length) conditions.keywords = trimmed(v.keywords);
  const actions: RuleActions = {};
  if (v.departmentId) actions.departmentId = v.departmentId;
  if (v.teamId) actions.teamId = v.teamId;
  if (v.priority) actions.priority = v.priority as TicketPriority;
  if (trimmed(v.addTags).length) actions.addTags = trimmed(v.addTags);
  return { name: v.name.trim(), active: v.active, conditions, actions };
}

const LANGUAGE_TAG = /^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$/;

/** Client-side checks mirroring the API's (docs/ticket-routing.md), as translation keys. */
export function ruleProblems(v: RuleValues, teamDepartment: (teamId: string) => string | undefined) {
  const problems: Partial<Record<keyof RuleValues | 'actions', string>> = {};
  if (!v.name.trim()) problems.name = 'validation.required';
  else if (v.name.trim().length > 100) problems.name = 'deskSettings.rules.nameTooLong';
  if (v.keywords.some((k) => k.trim().length > 100)) problems.keywords = 'deskSettings.rules.keywordTooLong';
  if (v.languages.some((l) => !LANGUAGE_TAG.test(l.trim()))) problems.languages = 'deskSettings.rules.languageRule';
  if (v.addTags.length > 10 || v.addTags.some((tag) => tag.trim().length > 50)) problems.addTags = 'deskSettings.rules.tagsRule';
  if (v.teamId && v.departmentId && teamDepartment(v.teamId) !== v.departmentId) problems.teamId = 'deskSettings.rules.teamOutsideDepartment';
  if (!v.departmentId && !v.teamId && !v.priority && trimmed(v.addTags).length === 0) problems.actions = 'deskSettings.rules.needAction';
  return problems;
}
