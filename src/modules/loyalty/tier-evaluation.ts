import type { ServiceDeps } from '../../app';
import type { Outbox } from '../../platform/bus/bus';
import type { Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/unit-of-work';
import { customersActiveSince, memberActivity } from '../events/member-activity.service';
import { issueCoupon } from './coupon-issue';
import * as coupons from './coupons.repository';
import * as settingsRepo from './settings.repository';
import * as repo from './tiers.repository';
import { decideTier, type TierSpec } from './rules/tier-decision';

const PAGE = 500;

const toSpec = (t: repo.TierRow): TierSpec => ({
  id: t.id,
  code: t.code,
  rank: t.rank,
  minSpendCents: Number(t.minSpendCents),
  minVisits: t.minVisits,
  qualify: t.qualify === 'all' ? 'all' : 'any',
});

/**
 * Re-evaluates the tiers of the given members from their 12-month activity, in the caller's
 * transaction (earning calls it for the members an event touched). Publishes `tier.changed` and
 * issues the `tier_upgrade` coupons on a rise. Answers how many members changed tier.
 * @example await evaluateCustomerTiers(tx, outbox, deps.ids, [customerId], now)
 */
export async function evaluateCustomerTiers(tx: Tx, outbox: Outbox, ids: { uuid(): string }, customerIds: string[], now: Date): Promise<number> {
  const tiers = await repo.listTiers(tx);
  if (tiers.length === 0 || customerIds.length === 0) return 0;
  const specs = tiers.map(toSpec);
  const byId = new Map(tiers.map((t) => [t.id, t]));
  const settings = await settingsRepo.findSettings(tx, now);
  const activity = await memberActivity(tx, customerIds, now);
  const held = await repo.findMemberTiers(tx, customerIds);
  const upgradeTemplates = await coupons.autoTemplates(tx, 'tier_upgrade');
  let changed = 0;
  for (const customerId of new Set(customerIds)) {
    const current = held.get(customerId) ?? null;
    const decision = decideTier(specs, activity.get(customerId)!, current, now, settings.tierGraceDays);
    if (decision.action === 'none') continue;
    if (decision.action === 'extend') {
      await repo.extendMemberTier(tx, customerId, decision.heldUntil, now);
      continue;
    }
    if (decision.tierId === null) await repo.deleteMemberTier(tx, customerId);
    else await repo.upsertMemberTier(tx, { customerId, tierId: decision.tierId, since: now, heldUntil: decision.heldUntil, evaluatedAt: now });
    const to = decision.tierId ? byId.get(decision.tierId)! : null;
    const from = current ? byId.get(current.tierId) ?? null : null;
    outbox.add('tier.changed', { customerId, from: from?.code ?? null, to: to?.code ?? null, priorityService: to?.priorityService ?? false });
    changed++;
    if (to && decision.action !== 'downgrade') {
      for (const t of upgradeTemplates) {
        await issueCoupon(tx, ids, { templateId: t.id, customerId, at: now, issuedBy: 'rule:tier_upgrade', sourceKey: `tier:${customerId}:${to.id}:${t.id}` });
      }
    }
  }
  return changed;
}

/**
 * The nightly evaluation: every member active in the last 12 months and every member holding a
 * tier, a page per transaction; running it twice changes nothing more.
 * @example await evaluateTiers(app.deps) // { evaluated: 1234, changed: 17 }
 */
export async function evaluateTiers(deps: ServiceDeps): Promise<{ evaluated: number; changed: number }> {
  const now = deps.clock.now();
  const since = new Date(now.getTime() - 365 * 86_400_000);
  let evaluated = 0;
  let changed = 0;
  const run = async (page: string[]) => {
    evaluated += page.length;
    changed += await inTransaction(deps, (tx, outbox) => evaluateCustomerTiers(tx, outbox, deps.ids, page, now));
  };
  const db = deps.database.db;
  for (let after: string | null = null; ; ) {
    const page = await customersActiveSince(db, since, after, PAGE);
    if (page.length === 0) break;
    await run(page);
    after = page[page.length - 1]!;
  }
  // Members holding a tier without recent activity: their downgrade is due at some point.
  for (let after: string | null = null; ; ) {
    const page = await repo.memberTierCustomerIds(db, after, PAGE);
    if (page.length === 0) break;
    await run(page);
    after = page[page.length - 1]!;
  }
  return { evaluated, changed };
}
