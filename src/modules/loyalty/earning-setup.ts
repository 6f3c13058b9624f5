import type { ServiceDeps } from '../../app';
import type { Db, Tx } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { getCustomer } from '../customers/customers.service';
import type { StreamEventRow } from '../events/member-activity.service';
import * as coupons from './coupons.repository';
import * as rulesRepo from './earning-rules.repository';
import * as settingsRepo from './settings.repository';
import * as tiersRepo from './tiers.repository';
import type { Campaign, EarningEvent, EarningRule, RuleKind } from './rules/earn-points';
import type { ExpiryPolicy } from './rules/points-expiry';

/** Everything one earning page needs besides the events: loaded once per page. */
export interface EarningSetup {
  rules: EarningRule[];
  campaigns: Campaign[];
  expiry: ExpiryPolicy;
  settings: settingsRepo.SettingsRow;
  /** Tier (multiplier, birthday gift) of each member of the page. */
  tiers: Map<string, { multiplier: number; birthdayPoints: number }>;
  birthdayTemplates: coupons.CouponTemplateRow[];
}

/** The expiry policy the settings describe. */
export function expiryPolicyOf(s: settingsRepo.SettingsRow): ExpiryPolicy {
  if (s.expiryPolicy === 'never') return { policy: 'never' };
  if (s.expiryPolicy === 'months') return { policy: 'months', months: s.expiryMonths };
  return { policy: 'end_of_next_year' };
}

export function toEarningRule(r: rulesRepo.EarningRuleRow): EarningRule {
  return {
    id: r.id,
    kind: r.kind as RuleKind,
    eventTypes: r.eventTypes,
    points: r.points,
    unitCents: r.unitCents,
    customName: r.customName,
    maxPerEvent: r.maxPerEvent,
    maxPerDay: r.maxPerDay,
  };
}

/** Loads active rules and campaigns, the settings and the tiers of the page's members. */
export async function loadEarningSetup(tx: Tx, customerIds: string[], now: Date): Promise<EarningSetup> {
  const rules = (await rulesRepo.listRules(tx)).filter((r) => r.active).map(toEarningRule);
  const campaigns = (await rulesRepo.listCampaigns(tx))
    .filter((c) => c.active)
    .map((c) => ({ startsAt: c.startsAt, endsAt: c.endsAt, factor: Number(c.factor), eventTypes: c.eventTypes }));
  const settings = await settingsRepo.findSettings(tx, now);
  const tierRows = new Map((await tiersRepo.listTiers(tx)).map((t) => [t.id, t]));
  const held = await tiersRepo.findMemberTiers(tx, customerIds);
  const tiers = new Map<string, { multiplier: number; birthdayPoints: number }>();
  for (const [customerId, m] of held) {
    const t = tierRows.get(m.tierId);
    if (t) tiers.set(customerId, { multiplier: Number(t.pointsMultiplier), birthdayPoints: t.birthdayPoints });
  }
  return { rules, campaigns, expiry: expiryPolicyOf(settings), settings, tiers, birthdayTemplates: await coupons.autoTemplates(tx, 'birthday') };
}

/** Reads an earning event from a stored event: status, duration and custom name live in properties. */
export function toEarningEvent(e: StreamEventRow): EarningEvent {
  const p = e.properties;
  return {
    id: e.id,
    customerId: e.customerId,
    type: e.type,
    occurredAt: e.occurredAt,
    amountCents: e.amountCents,
    status: typeof p.status === 'string' ? p.status : null,
    durationSeconds: typeof p.durationSeconds === 'number' ? p.durationSeconds : null,
    customName: typeof p.name === 'string' ? p.name : null,
  };
}

/** Whether any rule, tier gift or coupon template cares about birthdays (else nobody's is read). */
export async function birthdaysMatter(ex: Db | Tx): Promise<boolean> {
  const rules = await rulesRepo.listRules(ex);
  if (rules.some((r) => r.active && r.kind === 'birthday')) return true;
  if ((await tiersRepo.listTiers(ex)).some((t) => t.birthdayPoints > 0)) return true;
  return (await coupons.autoTemplates(ex, 'birthday')).length > 0;
}

/**
 * Birthdays of the members of visit and money events, read through the customers service
 * (outside any transaction: on PGlite a read beside an open transaction would wait for it).
 */
export async function birthdaysOf(deps: ServiceDeps, page: StreamEventRow[]): Promise<Map<string, string | null>> {
  const result = new Map<string, string | null>();
  const wanted = new Set(page.filter((e) => e.type === 'visit' || e.type === 'recharge' || e.type === 'purchase').map((e) => e.customerId));
  for (const id of wanted) {
    try {
      result.set(id, (await getCustomer(deps, { pii: false }, id)).birthday);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      result.set(id, null);
    }
  }
  return result;
}
