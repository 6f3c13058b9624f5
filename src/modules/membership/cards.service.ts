import type { ServiceDeps } from '../../app';
import type { Outbox } from '../../platform/bus/bus';
import type { Tx } from '../../platform/db/database';
import { recordAudit } from '../../platform/audit/audit.service';
import { isForeignKeyViolation, isUniqueViolation } from '../../platform/db/db-errors';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import { getCustomer } from '../customers/customers.service';
import { addIdentity, identityOwner, removeIdentity } from '../customers/identities.service';
import type { CustomerContext } from '../customers/service-context';
import * as repo from './cards.repository';
import type { IssueCardBody, MemberCard, ReplaceCardBody } from './membership.contracts';
import { presentCard } from './membership-view';
import { generateCardNumber, normaliseCardNumber } from './rules/card-number';
import { writableMember } from './member-customer';

type CardAction = 'freeze' | 'unfreeze' | 'report_lost';
/** Which statuses each action starts from, and where it leads. */
const transitions: Record<CardAction, { from: string[]; to: string }> = {
  freeze: { from: ['active'], to: 'frozen' },
  unfreeze: { from: ['frozen'], to: 'active' },
  report_lost: { from: ['active', 'frozen'], to: 'lost' },
};

/**
 * Issues a card and adds it to the customer's identities (so the number finds the member in
 * every search). The number is generated when not given; 409 `card_number_taken` when anyone has it.
 */
export async function issueCard(deps: ServiceDeps, ctx: CustomerContext, customerId: string, body: IssueCardBody & { storeId?: string | null }): Promise<MemberCard> {
  await writableMember(deps, customerId);
  return createCard(deps, ctx, customerId, { number: body.number, kind: body.kind, storeId: body.storeId ?? null });
}

/** Freezes, unfreezes or reports a card lost; 409 `card_state_conflict` from a status that does not allow it. Audited. */
export async function changeCardStatus(deps: ServiceDeps, ctx: CustomerContext, cardId: string, action: CardAction): Promise<MemberCard> {
  return inTransaction(deps, async (tx, outbox) => {
    const card = await repo.lockCard(tx, cardId);
    if (!card) throw new AppError('card_not_found');
    const step = transitions[action];
    if (!step.from.includes(card.status)) throw new AppError('card_state_conflict', `A ${card.status} card cannot be changed this way`, { status: card.status });
    const now = deps.clock.now();
    const row = await repo.updateCard(tx, cardId, { status: step.to, updatedAt: now });
    await recordAudit(tx, { at: now, actor: ctx.actor, action: `card.${action}`, targetType: 'member_card', targetId: cardId, ip: ctx.ip, requestId: ctx.requestId, details: { customerId: card.customerId, number: card.number, from: card.status } });
    outbox.add('card.updated', { cardId, customerId: card.customerId, status: step.to });
    return presentCard(row);
  });
}

/**
 * Replaces a card (lost, damaged, physical for virtual): the old one becomes `replaced` and stops
 * finding the member, a new one is issued; the wallet belongs to the member, so it stays. Audited.
 */
export async function replaceCard(deps: ServiceDeps, ctx: CustomerContext, cardId: string, body: ReplaceCardBody): Promise<{ old: MemberCard; card: MemberCard }> {
  const old = await repo.findCard(deps.database.db, cardId);
  if (!old) throw new AppError('card_not_found');
  if (old.status === 'replaced') throw new AppError('card_state_conflict', 'This card was already replaced', { status: old.status });
  await writableMember(deps, old.customerId);
  let oldAfter: MemberCard | undefined;
  // The new card and the old card's retirement commit together.
  const card = await createCard(deps, ctx, old.customerId, { number: body.number, kind: body.kind ?? (old.kind as MemberCard['kind']), storeId: old.storeId }, async (tx, outbox, created) => {
    const locked = await repo.lockCard(tx, cardId);
    if (!locked || locked.status === 'replaced') throw new AppError('card_state_conflict', 'This card was already replaced');
    const now = deps.clock.now();
    oldAfter = presentCard(await repo.updateCard(tx, cardId, { status: 'replaced', replacedByCardId: created.id, updatedAt: now }));
    await recordAudit(tx, { at: now, actor: ctx.actor, action: 'card.replaced', targetType: 'member_card', targetId: cardId, ip: ctx.ip, requestId: ctx.requestId, details: { customerId: old.customerId, oldNumber: old.number, newCardId: created.id, newNumber: created.number, from: locked.status } });
    outbox.add('card.updated', { cardId, customerId: old.customerId, status: 'replaced' });
  });
  await dropCardIdentity(deps, ctx, old.customerId, old.number);
  return { old: oldAfter!, card };
}

/** More writes that must commit with a new card (retiring the card it replaces). */
type WithCard = (tx: Tx, outbox: Outbox, card: MemberCard) => Promise<void>;

async function createCard(deps: ServiceDeps, ctx: CustomerContext, customerId: string, input: { number?: string; kind: MemberCard['kind']; storeId: string | null }, withCard?: WithCard): Promise<MemberCard> {
  const given = input.number === undefined ? null : normaliseCardNumber(input.number);
  if (input.number !== undefined && !given) throw new AppError('invalid_card_number');
  for (let attempt = 0; ; attempt++) {
    const number = given ?? generateCardNumber();
    try {
      return await insertCardWithIdentity(deps, ctx, customerId, number, input, withCard);
    } catch (err) {
      // A generated number that happens to exist: draw another.
      if (!given && err instanceof AppError && err.code === 'card_number_taken' && attempt < 5) continue;
      throw err;
    }
  }
}

async function insertCardWithIdentity(deps: ServiceDeps, ctx: CustomerContext, customerId: string, number: string, input: { kind: string; storeId: string | null }, withCard?: WithCard): Promise<MemberCard> {
  if (await repo.findCardByNumber(deps.database.db, number)) throw new AppError('card_number_taken');
  // A number already on this member's profile (imported, or typed in by staff) becomes the card.
  const preexisting = (await identityOwner(deps, 'member_card', number)) === customerId;
  try {
    if (!preexisting) await addIdentity(deps, ctx, customerId, { type: 'member_card', value: number });
  } catch (err) {
    if (err instanceof AppError && err.code === 'identity_taken') throw new AppError('card_number_taken');
    throw err;
  }
  try {
    return await inTransaction(deps, async (tx, outbox) => {
      const now = deps.clock.now();
      const row = await repo.insertCard(tx, { id: deps.ids.uuid(), number, customerId, kind: input.kind, storeId: input.storeId, status: 'active', issuedAt: now, issuedBy: ctx.actor.type === 'user' ? ctx.actor.id : null, updatedAt: now });
      await recordAudit(tx, { at: now, actor: ctx.actor, action: 'card.issued', targetType: 'member_card', targetId: row.id, ip: ctx.ip, requestId: ctx.requestId, details: { customerId, number, kind: input.kind, storeId: input.storeId } });
      outbox.add('card.issued', { cardId: row.id, customerId, storeId: input.storeId });
      const card = presentCard(row);
      if (withCard) await withCard(tx, outbox, card);
      return card;
    });
  } catch (err) {
    if (!preexisting) await dropCardIdentity(deps, ctx, customerId, number);
    if (isUniqueViolation(err)) throw new AppError('card_number_taken');
    if (isForeignKeyViolation(err)) throw new AppError('card_store_invalid');
    throw err;
  }
}

/** Removes the `member_card` identity with this number from the customer, if it is there. */
async function dropCardIdentity(deps: ServiceDeps, ctx: CustomerContext, customerId: string, number: string): Promise<void> {
  const customer = await getCustomer(deps, ctx.viewer, customerId);
  const identity = customer.identities.find((i) => i.type === 'member_card' && i.value === number);
  if (identity) await removeIdentity(deps, ctx, customerId, identity.id);
}
