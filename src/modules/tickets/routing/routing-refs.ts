import type { Db, Tx } from '../../../platform/db/database';
import { findUserById } from '../../../platform/auth/users.repository';
import { AppError } from '../../../platform/http/app-error';
import { findCustomerById, type CustomerRow } from '../../customers/customers.repository';
import { memberTier, type MemberTierBenefits } from '../../loyalty/member-tier';
import { findDepartmentById, findTeamById } from '../../organisation/departments.repository';
import { findStoreById } from '../../organisation/stores.repository';
import { listCategories } from '../ticket-categories.repository';
import type { RuleActions, RuleConditions } from './rules/routing-rules';

// What routing reads from other modules (customers, loyalty, organisation, staff users), each
// through the function that module exports.

type Executor = Db | Tx;

/** The requester facts rules look at. */
export interface RequesterFacts {
  tierCode: string | null;
  /** The tier gives priority service, or the customer is tagged `vip`. */
  vip: boolean;
  language: string | null;
  homeStoreId: string | null;
}

/** The facts of a requester whose row and tier are at hand. */
export function factsOf(customer: CustomerRow | undefined, tier: MemberTierBenefits | null | undefined): RequesterFacts {
  const tagged = (customer?.tags ?? []).some((t) => t.toLowerCase() === 'vip');
  return { tierCode: tier?.code ?? null, vip: tagged || (tier?.priorityService ?? false), language: customer?.preferredLocale ?? null, homeStoreId: customer?.homeStoreId ?? null };
}

export async function requesterFacts(ex: Executor, customerId: string): Promise<RequesterFacts> {
  return factsOf(await findCustomerById(ex, customerId), await memberTier(ex, customerId));
}

/** The category and its ancestors among these categories, nearest first (empty for none or an unknown id). */
export function pathIn(categories: readonly { id: string; parentId: string | null }[], categoryId: string | null | undefined): string[] {
  if (!categoryId) return [];
  const parents = new Map(categories.map((c) => [c.id, c.parentId]));
  const path: string[] = [];
  for (let id: string | null | undefined = categoryId; id && parents.has(id) && !path.includes(id); id = parents.get(id)) path.push(id);
  return path;
}

/** The category and its ancestors, nearest first (empty for none or an unknown id). */
export async function categoryPath(ex: Executor, categoryId: string | null | undefined): Promise<string[]> {
  return categoryId ? pathIn(await listCategories(ex), categoryId) : [];
}

/** 400 `invalid_routing_category` unless every id is a category (active or not). */
export async function assertCategories(ex: Executor, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const known = new Set((await listCategories(ex)).map((c) => c.id));
  const missing = ids.find((id) => !known.has(id));
  if (missing) throw new AppError('invalid_routing_category', `No category ${missing}`, { categoryId: missing });
}

/**
 * Checks every id a rule names: 400 `invalid_routing_department | invalid_routing_team |
 * invalid_routing_category | invalid_routing_store`, and `invalid_routing_rule` for a team outside
 * the department named beside it.
 */
export async function assertRuleRefs(ex: Executor, conditions: RuleConditions, actions: RuleActions): Promise<void> {
  if (actions.departmentId && !(await findDepartmentById(ex, actions.departmentId))) throw new AppError('invalid_routing_department', undefined, { departmentId: actions.departmentId });
  if (actions.teamId) {
    const team = await findTeamById(ex, actions.teamId);
    if (!team) throw new AppError('invalid_routing_team', undefined, { teamId: actions.teamId });
    if (actions.departmentId && team.departmentId !== actions.departmentId) throw new AppError('invalid_routing_rule', 'The team belongs to another department');
  }
  await assertCategories(ex, conditions.categoryIds ?? []);
  for (const storeId of conditions.storeIds ?? []) {
    if (!(await findStoreById(ex, storeId))) throw new AppError('invalid_routing_store', `No store ${storeId}`, { storeId });
  }
}

/** The staff user behind a presence, or 404 `agent_not_found`. */
export async function activeStaff(ex: Executor, userId: string): Promise<{ id: string; name: string; teamId: string | null }> {
  const user = await findUserById(ex, userId);
  if (!user?.active) throw new AppError('agent_not_found');
  return { id: user.id, name: user.name, teamId: user.teamId };
}

/** A user's display name for routing notes (the id when unknown). */
export async function staffName(ex: Executor, userId: string): Promise<string> {
  return (await findUserById(ex, userId))?.name ?? userId;
}
