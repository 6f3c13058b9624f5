import { recordAudit } from '../../platform/audit/audit.service';
import { isUniqueViolation } from '../../platform/db/db-errors';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import type { AddIdentityBody, Identity, RevealAnswer } from './customers.contracts';
import * as repo from './customers.repository';
import { assertIdentitiesFree } from './customers.service';
import { presentIdentity } from './customer-view';
import { normaliseIdentity } from './rules/normalise-identity';
import { lockWritable, readable, recordHistory, type CustomerContext, type CustomerDeps } from './service-context';

/**
 * The customer holding this identity (normalised first), or null when nobody does.
 * @example await identityOwner(deps, 'member_card', '8800012345') // '0192…' | null
 */
export async function identityOwner(deps: Pick<CustomerDeps, 'database'>, type: string, value: string): Promise<string | null> {
  const n = normaliseIdentity({ type, value } as AddIdentityBody);
  if (!n.ok) return null;
  const [row] = await repo.findIdentities(deps.database.db, [{ type: n.identity.type, value: n.identity.value }]);
  return row?.customerId ?? null;
}

/** Adds a phone, email, account… to a profile; 409 `identity_taken` if anyone has it already. */
export async function addIdentity(deps: CustomerDeps, ctx: CustomerContext, customerId: string, body: AddIdentityBody): Promise<Identity> {
  const n = normaliseIdentity(body);
  if (!n.ok) throw new AppError('invalid_identity', n.reason, { identityType: body.type });
  const identity = n.identity;
  try {
    return await inTransaction(deps, async (tx, outbox) => {
      await lockWritable(tx, customerId);
      await assertIdentitiesFree(tx, [identity]);
      const sameType = await repo.identitiesOf(tx, [customerId], [identity.type]);
      const now = deps.clock.now();
      const isPrimary = body.isPrimary ?? sameType.length === 0;
      const [row] = await repo.insertIdentities(tx, [
        { id: deps.ids.uuid(), customerId, type: identity.type, value: identity.value, attrs: identity.attrs, isPrimary, createdAt: now },
      ]);
      if (isPrimary && sameType.length > 0) await repo.setPrimaryIdentity(tx, customerId, identity.type, row!.id);
      await recordHistory(tx, deps, ctx, now, customerId, 'identity_added', { type: identity.type, identityId: row!.id });
      outbox.add('customer.identity_added', { customerId, identityId: row!.id, type: identity.type });
      return presentIdentity(row!, ctx.viewer);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('identity_taken');
    throw err;
  }
}

/** Removes one identity; the oldest remaining one of its type becomes primary. */
export async function removeIdentity(deps: CustomerDeps, ctx: CustomerContext, customerId: string, identityId: string): Promise<void> {
  await inTransaction(deps, async (tx, outbox) => {
    await lockWritable(tx, customerId);
    const identity = await repo.findIdentity(tx, customerId, identityId);
    if (!identity) throw new AppError('identity_not_found');
    await repo.deleteIdentity(tx, identityId);
    if (identity.isPrimary) await repo.promoteOldestIdentity(tx, customerId, identity.type, identityId);
    await recordHistory(tx, deps, ctx, deps.clock.now(), customerId, 'identity_removed', { type: identity.type, identityId });
    outbox.add('customer.identity_removed', { customerId, identityId, type: identity.type });
  });
}

/** The unmasked real name and identities; every reveal is audited as `customer.pii_revealed`. */
export async function revealCustomer(deps: CustomerDeps, ctx: CustomerContext, customerId: string): Promise<RevealAnswer> {
  return inTransaction(deps, async (tx) => {
    const row = readable(await repo.findCustomerById(tx, customerId));
    const identities = await repo.identitiesOf(tx, [customerId]);
    await recordAudit(tx, {
      at: deps.clock.now(),
      actor: ctx.actor,
      action: 'customer.pii_revealed',
      targetType: 'customer',
      targetId: customerId,
      ip: ctx.ip,
      requestId: ctx.requestId,
      details: { fields: ['realName', ...new Set(identities.map((i) => i.type))] },
    });
    return { realName: row.realName, identities: identities.map((i) => presentIdentity(i, { pii: true })) };
  });
}
