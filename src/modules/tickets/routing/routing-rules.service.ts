import type { AuditContext } from '../../../platform/audit/audit.service';
import { inTransaction } from '../../../platform/db/unit-of-work';
import { AppError } from '../../../platform/http/app-error';
import { auditTickets, type TicketDeps } from '../ticket-context';
import { normaliseTags } from '../rules/field-changes';
import { assertRuleRefs } from './routing-refs';
import * as repo from './routing.repository';
import type { CreateRuleBody, PatchRuleBody, ReorderBody, RoutingRule } from './routing.contracts';
import type { RuleActions, RuleConditions } from './rules/routing-rules';

function present(row: repo.RuleRow): RoutingRule {
  // Stored only after validation against the contract, so the JSON has the contract's shape.
  return { ...row, conditions: row.conditions as RoutingRule['conditions'], createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

/** Keywords and tags trimmed and without repeats (the schema already refused blank ones). */
function clean(conditions: RuleConditions, actions: RuleActions): { conditions: RuleConditions; actions: RuleActions } {
  return {
    conditions: conditions.keywords ? { ...conditions, keywords: normaliseTags(conditions.keywords) } : conditions,
    actions: actions.addTags ? { ...actions, addTags: normaliseTags(actions.addTags) } : actions,
  };
}

const target = (id: string) => ({ type: 'ticket_routing_rule', id });

/** Every rule in evaluation order. */
export async function listRules(deps: Pick<TicketDeps, 'database'>): Promise<{ items: RoutingRule[] }> {
  return { items: (await repo.listRules(deps.database.db)).map(present) };
}

export async function getRule(deps: Pick<TicketDeps, 'database'>, id: string): Promise<RoutingRule> {
  const row = await repo.findRule(deps.database.db, id);
  if (!row) throw new AppError('routing_rule_not_found');
  return present(row);
}

/** Adds a rule at the end of the order, every id it names checked; audited. */
export async function createRule(deps: TicketDeps, ctx: AuditContext, body: CreateRuleBody): Promise<RoutingRule> {
  return inTransaction(deps, async (tx) => {
    const { conditions, actions } = clean(body.conditions, body.actions);
    await assertRuleRefs(tx, conditions, actions);
    const now = deps.clock.now();
    const row = await repo.insertRule(tx, {
      id: deps.ids.uuid(),
      name: body.name.trim(),
      active: body.active ?? true,
      position: await repo.nextPosition(tx),
      conditions,
      actions,
      createdAt: now,
      updatedAt: now,
    });
    await auditTickets(tx, now, ctx, 'ticket_routing_rule.created', target(row.id), { name: row.name, conditions, actions });
    return present(row);
  });
}

/** Changes a rule's name, activity, conditions or actions; audited. */
export async function updateRule(deps: TicketDeps, ctx: AuditContext, id: string, body: PatchRuleBody): Promise<RoutingRule> {
  return inTransaction(deps, async (tx) => {
    const before = await repo.findRule(tx, id);
    if (!before) throw new AppError('routing_rule_not_found');
    const { conditions, actions } = clean(body.conditions ?? before.conditions, body.actions ?? before.actions);
    if (body.conditions || body.actions) await assertRuleRefs(tx, conditions, actions);
    const now = deps.clock.now();
    const row = await repo.updateRule(tx, id, { name: body.name?.trim(), active: body.active, conditions, actions, updatedAt: now });
    await auditTickets(tx, now, ctx, 'ticket_routing_rule.updated', target(id), { changes: body });
    return present(row!);
  });
}

export async function deleteRule(deps: TicketDeps, ctx: AuditContext, id: string): Promise<void> {
  await inTransaction(deps, async (tx) => {
    const before = await repo.findRule(tx, id);
    if (!before || !(await repo.deleteRule(tx, id))) throw new AppError('routing_rule_not_found');
    await auditTickets(tx, deps.clock.now(), ctx, 'ticket_routing_rule.deleted', target(id), { name: before.name });
  });
}

/** Puts the rules in the given order: `ids` must list every rule once (400 `invalid_routing_order`). */
export async function reorderRules(deps: TicketDeps, ctx: AuditContext, body: ReorderBody): Promise<{ items: RoutingRule[] }> {
  return inTransaction(deps, async (tx) => {
    const all = await repo.lockRuleIds(tx);
    const given = new Set(body.ids);
    if (given.size !== body.ids.length || given.size !== all.length || all.some((id) => !given.has(id))) {
      throw new AppError('invalid_routing_order', 'List every routing rule id exactly once', { expected: all.length });
    }
    const now = deps.clock.now();
    for (const [i, id] of body.ids.entries()) await repo.setPosition(tx, id, i + 1, now);
    await auditTickets(tx, now, ctx, 'ticket_routing_rule.reordered', { type: 'ticket_routing_rule', id: 'order' }, { ids: body.ids });
    return { items: (await repo.listRules(tx)).map(present) };
  });
}
