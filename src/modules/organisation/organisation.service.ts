import { AppError } from '../../platform/http/app-error';
import type { Db, Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/unit-of-work';
import type { OrganisationSettings, PatchOrganisationBody } from './organisation.contracts';
import * as repo from './organisation.repository';
import { isTimeZone } from './rules/timezone';
import { auditChange, changedFields, type ChangeContext, type OrgDeps } from './service-context';

/** The name a fresh installation's organisation gets until someone renames it. */
export const DEFAULT_ORGANISATION_NAME = '我的组织';

/**
 * The organisation row, created with the defaults (Asia/Shanghai, zh-CN, CNY) if missing.
 * @example const org = await ensureOrganisation(tx, clock.now())
 */
export async function ensureOrganisation(ex: Db | Tx, now: Date, name = DEFAULT_ORGANISATION_NAME): Promise<repo.OrganisationRow> {
  const existing = await repo.findOrganisation(ex);
  if (existing) return existing;
  await repo.insertOrganisationIfAbsent(ex, { name, updatedAt: now });
  return (await repo.findOrganisation(ex))!;
}

function toSettings(row: repo.OrganisationRow): OrganisationSettings {
  return {
    name: row.name,
    timezone: row.timezone,
    defaultLocale: row.defaultLocale === 'en' ? 'en' : 'zh-CN',
    currency: row.currency,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The organisation settings (creating the row with defaults on first use). */
export async function getOrganisationSettings(deps: Pick<OrgDeps, 'database' | 'clock'>): Promise<OrganisationSettings> {
  return toSettings(await ensureOrganisation(deps.database.db, deps.clock.now()));
}

/** Changes name, time zone, default locale or currency; audited as `organisation.updated`. */
export async function updateOrganisationSettings(
  deps: OrgDeps,
  ctx: ChangeContext,
  patch: PatchOrganisationBody,
): Promise<OrganisationSettings> {
  if (patch.timezone !== undefined && !isTimeZone(patch.timezone)) {
    throw new AppError('invalid_timezone', `'${patch.timezone}' is not an IANA time zone`);
  }
  return inTransaction(deps, async (tx, outbox) => {
    const now = deps.clock.now();
    await ensureOrganisation(tx, now);
    const before = (await repo.findOrganisationForUpdate(tx))!;
    const changes = changedFields(before, patch);
    const fields = Object.keys(changes);
    if (fields.length === 0) return toSettings(before);
    const after = await repo.updateOrganisation(tx, patch, now);
    await auditChange(tx, now, ctx, 'organisation.updated', { type: 'organisation', id: String(after.id) }, { changes });
    outbox.add('organisation.updated', { fields });
    return toSettings(after);
  });
}
