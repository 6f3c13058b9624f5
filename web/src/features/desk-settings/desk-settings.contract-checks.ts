import type { Static, TSchema } from 'typebox';
import type * as Bugs from '../../../../src/modules/bugs/bugs.contracts';
import type * as Sla from '../../../../src/modules/sla/sla.contracts';
import type * as Categories from '../../../../src/modules/tickets/ticket-categories.contracts';
import type * as Routing from '../../../../src/modules/tickets/routing/routing.contracts';
import type { Same } from '../../api/types/common';
import type * as D from './desk-settings.types';

// ---- drift checks of the desk-settings shapes against the server's TypeBox contracts ----
// Each fails to compile when a field is added, removed or changes type on the server.

type Narrows<Mine, Theirs> = [Mine] extends [Theirs] ? (Same<keyof Mine, keyof Theirs> extends true ? true : false) : false;
type Server<T extends TSchema> = Static<T>;

export const deskSettingsContractChecks: {
  category: Narrows<D.DeskCategory, Server<typeof Categories.TicketCategory>>;
  createCategory: Narrows<D.CreateCategoryRequest, Server<typeof Categories.CreateCategoryBody>>;
  updateCategory: Narrows<D.UpdateCategoryRequest, Server<typeof Categories.PatchCategoryBody>>;
  rule: Narrows<D.RoutingRule, Server<typeof Routing.RoutingRule>>;
  conditions: Narrows<D.RuleConditions, Server<typeof Routing.RuleConditions>>;
  actions: Narrows<D.RuleActions, Server<typeof Routing.RuleActions>>;
  createRule: Narrows<D.CreateRuleRequest, Server<typeof Routing.CreateRuleBody>>;
  updateRule: Narrows<D.UpdateRuleRequest, Server<typeof Routing.PatchRuleBody>>;
  agent: Narrows<D.AgentPresence, Server<typeof Routing.AgentPresence>>;
  agentBody: Narrows<D.AgentPresenceRequest, Server<typeof Routing.AgentPresenceBody>>;
  calendar: Narrows<D.BusinessCalendar, Server<typeof Sla.Calendar>>;
  calendarBody: Narrows<D.CalendarRequest, Server<typeof Sla.PatchCalendarBody>>;
  policy: Narrows<D.SlaPolicy, Server<typeof Sla.Policy>>;
  policyBody: Narrows<D.PolicyRequest, Server<typeof Sla.PatchPolicyBody>>;
  knownIssue: Narrows<D.KnownIssue, Server<typeof Bugs.KnownIssue>>;
  createKnownIssue: Narrows<D.CreateKnownIssueRequest, Server<typeof Bugs.KnownIssueBody>>;
  fixKnownIssue: Narrows<D.FixKnownIssueRequest, Server<typeof Bugs.FixBody>>;
} = {
  category: true,
  createCategory: true,
  updateCategory: true,
  rule: true,
  conditions: true,
  actions: true,
  createRule: true,
  updateRule: true,
  agent: true,
  agentBody: true,
  calendar: true,
  calendarBody: true,
  policy: true,
  policyBody: true,
  knownIssue: true,
  createKnownIssue: true,
  fixKnownIssue: true,
};
