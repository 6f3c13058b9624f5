import type { AuditContext } from '../../platform/audit/audit.service';
import { inTransaction } from '../../platform/db/unit-of-work';
import type { LoyaltySettings, PatchLoyaltySettingsBody } from './loyalty-config.contracts';
import * as repo from './settings.repository';
import { auditLoyalty, type LoyaltyDeps } from './service-context';

function toSettings(s: repo.SettingsRow): LoyaltySettings {
  return {
    expiryPolicy: s.expiryPolicy as LoyaltySettings['expiryPolicy'],
    expiryMonths: s.expiryMonths,
    referrerPoints: s.referrerPoints,
    refereePoints: s.refereePoints,
    referralThresholdCents: Number(s.referralThresholdCents),
    referralWindowDays: s.referralWindowDays,
    tierGraceDays: s.tierGraceDays,
    updatedAt: s.updatedAt.toISOString(),
  };
}

/** The loyalty settings (defaults until first saved). */
export async function getSettings(deps: Pick<LoyaltyDeps, 'database' | 'clock'>): Promise<LoyaltySettings> {
  return toSettings(await repo.findSettings(deps.database.db, deps.clock.now()));
}

/** Changes settings; a new expiry policy applies to points earned from now on. Audited. */
export async function updateSettings(deps: LoyaltyDeps, ctx: AuditContext, body: PatchLoyaltySettingsBody): Promise<LoyaltySettings> {
  return inTransaction(deps, async (tx) => {
    const now = deps.clock.now();
    const row = await repo.saveSettings(tx, body, now);
    await auditLoyalty(tx, now, ctx, 'loyalty.settings_updated', { type: 'loyalty_settings', id: '1' }, { changes: body });
    return toSettings(row);
  });
}
