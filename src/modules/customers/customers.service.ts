import { isForeignKeyViolation, isUniqueViolation } from '../../platform/db/db-errors';
import type { Db, Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import { emptyCustomerStats, getCustomerStats } from '../events/customer-stats.service';
import type { Consent } from './customers.schema';
import type { ConsentInput, CreateCustomerBody, Customer, PatchCustomerBody } from './customers.contracts';
import * as repo from './customers.repository';
import { listFields } from './customer-fields.repository';
import { presentCustomer, type Viewer } from './customer-view';
import { applyCustomValues } from './rules/custom-field-value';
import { profileChanges } from './rules/profile-changes';
import { normaliseIdentity, type NormalisedIdentity } from './rules/normalise-identity';
import { lockWritable, readable, recordHistory, type CustomerContext, type CustomerDeps } from './service-context';

/** Identities of a new profile, normalised; 400 `invalid_identity` naming the bad one. */
function normaliseAll(inputs: CreateCustomerBody['identities']): NormalisedIdentity[] {
  const seen = new Map<string, NormalisedIdentity>();
  (inputs ?? []).forEach((input, index) => {
    const n = normaliseIdentity(input);
    if (!n.ok) throw new AppError('invalid_identity', n.reason, { index, identityType: input.type });
    seen.set(`${n.identity.type}:${n.identity.value}`, n.identity);
  });
  return [...seen.values()];
}

/** Custom values checked against their definitions; 400 `invalid_custom_field` naming the key. */
async function checkCustom(ex: Db | Tx, current: Record<string, unknown>, given: Record<string, unknown> | undefined, creating: boolean) {
  if (!creating && given === undefined) return current;
  const check = applyCustomValues(await listFields(ex), current, given ?? {}, { creating });
  if (!check.ok) throw new AppError('invalid_custom_field', `custom.${check.key} ${check.reason}`, { key: check.key, reason: check.reason });
  return check.values;
}

/** Consent as stored: each given kind stamped with the time it was recorded. */
function stampConsent(current: Consent, given: ConsentInput | undefined, now: Date): Consent {
  const next: Consent = { ...current };
  for (const [kind, entry] of Object.entries(given ?? {}) as [keyof Consent, { granted: boolean; source: string }][]) {
    const before = current[kind];
    if (before && before.granted === entry.granted && before.source === entry.source) continue;
    next[kind] = { granted: entry.granted, source: entry.source, at: now.toISOString() };
  }
  return next;
}

const tagSet = (tags: string[] | undefined) => (tags ? [...new Set(tags.map((t) => t.trim()).filter(Boolean))] : undefined);

/** A write that may hit a taken identity or a missing store: answered as 409 / 400, never 500. */
async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('identity_taken');
    if (isForeignKeyViolation(err)) throw new AppError('invalid_home_store');
    throw err;
  }
}

/** 409 `identity_taken` when any of these identities already belongs to a customer. */
export async function assertIdentitiesFree(ex: Db | Tx, identities: NormalisedIdentity[]): Promise<void> {
  const [taken] = await repo.findIdentities(ex, identities);
  if (taken) throw new AppError('identity_taken', `This ${taken.type} belongs to another customer`, { identityType: taken.type, customerId: taken.customerId });
}

async function present(ex: Db | Tx, deps: CustomerDeps, row: repo.CustomerRow, viewer: Viewer): Promise<Customer> {
  const identities = await repo.identitiesOf(ex, [row.id]);
  const stats = (await getCustomerStats(ex, [row.id], deps.clock.now())).get(row.id) ?? { ...emptyCustomerStats };
  return presentCustomer(row, identities, stats, viewer);
}

/** Creates a profile with its identities; written to history and announced as `customer.created`. */
export async function createCustomer(deps: CustomerDeps, ctx: CustomerContext, body: CreateCustomerBody): Promise<Customer> {
  const identities = normaliseAll(body.identities);
  return guardWrite(() =>
    inTransaction(deps, async (tx, outbox) => {
      const custom = await checkCustom(tx, {}, body.custom, true);
      await assertIdentitiesFree(tx, identities);
      const now = deps.clock.now();
      const row = await repo.insertCustomer(tx, {
        id: deps.ids.uuid(),
        displayName: body.displayName.trim(),
        realName: body.realName ?? null,
        gender: body.gender ?? null,
        birthday: body.birthday ?? null,
        region: body.region ?? '',
        city: body.city ?? '',
        preferredLocale: body.preferredLocale ?? null,
        source: body.source ?? 'api',
        registeredAt: body.registeredAt ? new Date(body.registeredAt) : null,
        homeStoreId: body.homeStoreId ?? null,
        interests: body.interests ?? {},
        tags: tagSet(body.tags) ?? [],
        custom,
        consent: stampConsent({}, body.consent, now),
        createdAt: now,
        updatedAt: now,
      });
      const types = new Set<string>();
      const rows = await repo.insertIdentities(
        tx,
        identities.map((i) => {
          const isPrimary = !types.has(i.type);
          types.add(i.type);
          return { id: deps.ids.uuid(), customerId: row.id, type: i.type, value: i.value, attrs: i.attrs, isPrimary, createdAt: now };
        }),
      );
      await recordHistory(tx, deps, ctx, now, row.id, 'created', { source: row.source, identities: rows.map((i) => i.type) });
      outbox.add('customer.created', { customerId: row.id, source: row.source });
      return presentCustomer(row, rows, { ...emptyCustomerStats }, ctx.viewer);
    }),
  );
}

/** One profile with identities and stats, masked for the viewer. */
export async function getCustomer(deps: CustomerDeps, viewer: Viewer, id: string): Promise<Customer> {
  const db = deps.database.db;
  const row = readable(await repo.findCustomerById(db, id));
  return present(db, deps, row, viewer);
}

/** Changes profile fields (not identities); the changed field names go to history and `customer.updated`. */
export async function updateCustomer(deps: CustomerDeps, ctx: CustomerContext, id: string, body: PatchCustomerBody): Promise<Customer> {
  return guardWrite(() =>
    inTransaction(deps, async (tx, outbox) => {
      const before = await lockWritable(tx, id);
      const now = deps.clock.now();
      const patch: repo.CustomerChanges = {
        ...body,
        displayName: body.displayName?.trim(),
        registeredAt: body.registeredAt === undefined ? undefined : body.registeredAt === null ? null : new Date(body.registeredAt),
        tags: tagSet(body.tags),
        custom: body.custom === undefined ? undefined : await checkCustom(tx, before.custom, body.custom, false),
        consent: body.consent === undefined ? undefined : stampConsent(before.consent, body.consent, now),
      };
      const { fields, history } = profileChanges(before, patch);
      if (fields.length === 0) return present(tx, deps, before, ctx.viewer);
      const row = await repo.updateCustomer(tx, id, { ...patch, updatedAt: now });
      for (const entry of history) await recordHistory(tx, deps, ctx, now, id, entry.action, entry.changes);
      outbox.add('customer.updated', { customerId: id, changes: fields });
      return present(tx, deps, row, ctx.viewer);
    }),
  );
}
