import { randomBytes } from 'node:crypto';
import type { AuditContext } from '../../platform/audit/audit.service';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import type { Customer } from '../customers/customers.contracts';
import { getCustomer } from '../customers/customers.service';
import { loginDevices } from '../events/member-activity.service';
import type { Referral } from './loyalty-member.contracts';
import * as repo from './referrals.repository';
import { normaliseCode, typableCode } from './rules/codes';
import { referralCheck, type ReferralParty } from './rules/referral-guard';
import * as settingsRepo from './settings.repository';
import { auditLoyalty, forMember, type LoyaltyDeps } from './service-context';

/**
 * The member's referral code, made on first ask (`XXXX-XXXX`).
 * @example await referralCode(deps, customerId) // { code: 'K7QX-4MNP' }
 */
export async function referralCode(deps: LoyaltyDeps, customerId: string): Promise<{ code: string }> {
  const existing = await repo.findCodeOf(deps.database.db, customerId);
  if (existing) return { code: existing };
  await getCustomer(deps, { pii: false }, customerId);
  return forMember(() =>
    inTransaction(deps, async (tx) => {
      for (let attempt = 0; attempt < 5; attempt++) {
        if (await repo.insertCode(tx, customerId, typableCode(randomBytes(8)), deps.clock.now())) break;
        // Either the code was taken or a concurrent ask made the member's code: look again.
        const made = await repo.findCodeOf(tx, customerId);
        if (made) break;
      }
      return { code: (await repo.findCodeOf(tx, customerId))! };
    }),
  );
}

/** What the self-referral guard compares: phones, member cards (identities) and login devices. */
async function partyOf(deps: LoyaltyDeps, c: Customer): Promise<ReferralParty> {
  const of = (type: string) => c.identities.filter((i) => i.type === type).map((i) => i.value);
  return { customerId: c.id, phones: of('phone'), cards: of('member_card'), devices: await loginDevices(deps.database.db, c.id) };
}

/**
 * Links a newly registered member to the referrer owning `code`: once per member, never to
 * oneself or to someone sharing a phone, card or device, only within the referral window after
 * registering. Audited as `loyalty.referral_linked`. The reward comes later, with the first
 * qualifying recharge (referral-reward.ts).
 * @example await linkReferral(deps, ctx, refereeId, 'K7QX-4MNP')
 */
export async function linkReferral(deps: LoyaltyDeps, ctx: AuditContext, refereeId: string, typed: string): Promise<Referral> {
  const referrerId = await repo.findOwnerOfCode(deps.database.db, normaliseCode(typed));
  if (!referrerId) throw new AppError('referral_code_not_found');
  // Compared unmasked, never shown: the guard needs the real phone numbers.
  const referee = await getCustomer(deps, { pii: true }, refereeId);
  const referrer = await getCustomer(deps, { pii: true }, referrerId);
  const now = deps.clock.now();
  const settings = await settingsRepo.findSettings(deps.database.db, now);
  const registeredAt = new Date(referee.registeredAt ?? referee.createdAt);
  const check = referralCheck(await partyOf(deps, referrer), await partyOf(deps, referee), registeredAt, now, settings.referralWindowDays);
  if (!check.ok) throw new AppError(check.reason);
  return inTransaction(deps, async (tx) => {
    const row = await repo.insertReferral(tx, { id: deps.ids.uuid(), referrerId, refereeId, linkedAt: now, status: 'pending' });
    if (!row) throw new AppError('referral_already_linked');
    await auditLoyalty(tx, now, ctx, 'loyalty.referral_linked', { type: 'customer', id: refereeId }, { referrerId, referralId: row.id });
    return { id: row.id, referrerId, refereeId, linkedAt: row.linkedAt.toISOString(), status: row.status as Referral['status'] };
  });
}
