import type { AuditContext } from '../../platform/audit/audit.service';
import { sqlState } from '../../platform/db/db-errors';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import * as repo from './earning-rules.repository';
import type { Campaign, CreateCampaignBody, CreateEarningRuleBody, EarningRule, PatchCampaignBody, PatchEarningRuleBody } from './loyalty-config.contracts';
import { auditLoyalty, type LoyaltyDeps } from './service-context';

/** The API shape of a rule row. */
export function toRule(r: repo.EarningRuleRow): EarningRule {
  return { ...r, kind: r.kind as EarningRule['kind'], createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() };
}

function toCampaign(c: repo.CampaignRow): Campaign {
  return { id: c.id, name: c.name, startsAt: c.startsAt.toISOString(), endsAt: c.endsAt.toISOString(), factor: Number(c.factor), eventTypes: c.eventTypes, active: c.active };
}

/** A custom_event rule needs the event name; per_amount counts only recharges and purchases. */
function checkRule(kind: string, r: { customName?: string | null; eventTypes?: string[] }): void {
  if (kind === 'custom_event' && !r.customName) throw new AppError('earning_rule_invalid', 'A custom_event rule needs customName');
  if (kind === 'per_amount' && r.eventTypes?.some((t) => t !== 'recharge' && t !== 'purchase')) {
    throw new AppError('earning_rule_invalid', 'A per_amount rule counts recharge and purchase events only');
  }
}

export async function listRules(deps: Pick<LoyaltyDeps, 'database'>): Promise<{ items: EarningRule[] }> {
  return { items: (await repo.listRules(deps.database.db)).map(toRule) };
}

/** Creates an earning rule; audited as `loyalty.rule_created`. */
export async function createRule(deps: LoyaltyDeps, ctx: AuditContext, body: CreateEarningRuleBody): Promise<EarningRule> {
  checkRule(body.kind, body);
  return inTransaction(deps, async (tx) => {
    const now = deps.clock.now();
    const row = await repo.insertRule(tx, {
      id: deps.ids.uuid(),
      name: body.name,
      kind: body.kind,
      eventTypes: body.eventTypes ?? [],
      points: body.points,
      unitCents: body.unitCents ?? 100,
      customName: body.customName ?? null,
      maxPerEvent: body.maxPerEvent ?? null,
      maxPerDay: body.maxPerDay ?? null,
      active: body.active ?? true,
      createdAt: now,
      updatedAt: now,
    });
    await auditLoyalty(tx, now, ctx, 'loyalty.rule_created', { type: 'earning_rule', id: row.id }, { ...body });
    return toRule(row);
  });
}

/** Changes (or deactivates) a rule; awards already made stay. Audited as `loyalty.rule_updated`. */
export async function updateRule(deps: LoyaltyDeps, ctx: AuditContext, id: string, body: PatchEarningRuleBody): Promise<EarningRule> {
  return inTransaction(deps, async (tx) => {
    const before = await repo.findRule(tx, id);
    if (!before) throw new AppError('earning_rule_not_found');
    checkRule(before.kind, { customName: body.customName === undefined ? before.customName : body.customName, eventTypes: body.eventTypes });
    const now = deps.clock.now();
    const row = await repo.updateRule(tx, id, { ...body, updatedAt: now });
    await auditLoyalty(tx, now, ctx, 'loyalty.rule_updated', { type: 'earning_rule', id }, { changes: body });
    return toRule(row!);
  });
}

export async function listCampaigns(deps: Pick<LoyaltyDeps, 'database'>): Promise<{ items: Campaign[] }> {
  return { items: (await repo.listCampaigns(deps.database.db)).map(toCampaign) };
}

/** Creates a campaign (a points factor over a date window); audited. */
export async function createCampaign(deps: LoyaltyDeps, ctx: AuditContext, body: CreateCampaignBody): Promise<Campaign> {
  if (Date.parse(body.endsAt) <= Date.parse(body.startsAt)) throw new AppError('validation_failed', 'endsAt must be after startsAt');
  return inTransaction(deps, async (tx) => {
    const now = deps.clock.now();
    const row = await repo.insertCampaign(tx, {
      id: deps.ids.uuid(),
      name: body.name,
      startsAt: new Date(body.startsAt),
      endsAt: new Date(body.endsAt),
      factor: body.factor,
      eventTypes: body.eventTypes ?? [],
      active: body.active ?? true,
      createdAt: now,
      updatedAt: now,
    });
    await auditLoyalty(tx, now, ctx, 'loyalty.campaign_created', { type: 'campaign', id: row.id }, { ...body });
    return toCampaign(row);
  });
}

/** Changes a campaign; audited. */
export async function updateCampaign(deps: LoyaltyDeps, ctx: AuditContext, id: string, body: PatchCampaignBody): Promise<Campaign> {
  return inTransaction(deps, async (tx) => {
    const now = deps.clock.now();
    const { startsAt, endsAt, ...rest } = body;
    const changes = { ...rest, ...(startsAt ? { startsAt: new Date(startsAt) } : {}), ...(endsAt ? { endsAt: new Date(endsAt) } : {}), updatedAt: now };
    const row = await repo.updateCampaign(tx, id, changes).catch((err: unknown) => {
      throw sqlState(err) === '23514' ? new AppError('validation_failed', 'endsAt must be after startsAt') : err;
    });
    if (!row) throw new AppError('campaign_not_found');
    await auditLoyalty(tx, now, ctx, 'loyalty.campaign_updated', { type: 'campaign', id }, { changes: body });
    return toCampaign(row);
  });
}
