import type { ErrorSpec } from '../../../platform/http/app-error';

/** Error codes of ticket routing and assignment (docs/ticket-routing.md). */
export const routingErrors = {
  routing_rule_not_found: { status: 404, title: 'Routing rule not found' },
  invalid_routing_rule: { status: 400, title: 'The rule needs at least one action, and a team must belong to the department it names' },
  invalid_routing_department: { status: 400, title: 'The rule names a department that does not exist' },
  invalid_routing_team: { status: 400, title: 'The rule names a team that does not exist' },
  invalid_routing_category: { status: 400, title: 'A category named does not exist' },
  invalid_routing_store: { status: 400, title: 'The rule names a store that does not exist' },
  invalid_routing_order: { status: 400, title: 'The order must list every routing rule exactly once' },
  agent_not_found: { status: 404, title: 'No active staff user with this id' },
  ticket_not_routable: { status: 409, title: 'The ticket has no team to assign within' },
} as const satisfies Record<string, ErrorSpec>;
