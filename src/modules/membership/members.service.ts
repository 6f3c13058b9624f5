import type { ServiceDeps } from '../../app';
import { AppError } from '../../platform/http/app-error';
import { decodeTimeCursor } from '../../platform/auth/time-cursor';
import { toPage } from '../../platform/http/pagination';
import * as cards from './cards.repository';
import { customerIdFor, memberSummary } from './member-customer';
import type { EntriesQuery, MemberView, Wallet } from './membership.contracts';
import { presentCard, presentEntry, presentPackage } from './membership-view';
import * as ledger from './ledger.repository';
import { normaliseCardNumber } from './rules/card-number';
import { parseMemberQr } from './rules/member-qr';
import * as repo from './wallet.repository';

/**
 * The member a desk search names: a card number, a member QR (`GH1:card:<number>`), phone, email,
 * other identity or customer id, matched exactly (never by name). 404 `member_not_found` when nobody matches.
 * @example await lookupMember(deps, '5555555555') // { customer: {…masked}, cards, wallet, packages }
 */
export async function lookupMember(deps: ServiceDeps, q: string): Promise<MemberView> {
  // A scanned QR stands for its card number and is then searched exactly as the typed number is.
  const text = parseMemberQr(q) ?? q;
  // Card numbers are stored upper-case; a scanner or a hand may type them in any case.
  const number = normaliseCardNumber(text);
  const card = number ? await cards.findLiveCardByNumber(deps.database.db, number) : undefined;
  const customerId = card?.customerId ?? (await customerIdFor(deps, text));
  if (!customerId) throw new AppError('member_not_found');
  return memberView(deps, customerId);
}

/** Masked customer, cards, balances and usable packages of one member (chain-wide). */
export async function memberView(deps: ServiceDeps, customerId: string): Promise<MemberView> {
  const customer = await memberSummary(deps, customerId);
  const db = deps.database.db;
  const [cardRows, wallet, packages] = await Promise.all([cards.cardsOf(db, customer.id), repo.findWallet(db, customer.id), repo.usablePackages(db, customer.id, deps.clock.now())]);
  return {
    customer,
    cards: cardRows.map(presentCard),
    wallet: { customerId: customer.id, cashCents: wallet?.cashCents ?? 0, bonusCents: wallet?.bonusCents ?? 0 },
    packages: packages.map(presentPackage),
  };
}

/** The member's balances (zero before the first top-up). */
export async function walletOf(deps: ServiceDeps, customerId: string): Promise<Wallet> {
  const { id } = await memberSummary(deps, customerId);
  const wallet = await repo.findWallet(deps.database.db, id);
  return { customerId: id, cashCents: wallet?.cashCents ?? 0, bonusCents: wallet?.bonusCents ?? 0 };
}

/** The member's ledger, newest first. */
export async function walletEntries(deps: ServiceDeps, customerId: string, q: EntriesQuery) {
  const { id } = await memberSummary(deps, customerId);
  const limit = q.limit ?? 50;
  const rows = await ledger.listEntries(deps.database.db, { customerId: id, limit, before: decodeTimeCursor(q.cursor) });
  const page = toPage(rows, limit, (r) => ({ k: r.at.toISOString(), id: r.id }));
  return { items: page.items.map(presentEntry), nextCursor: page.nextCursor };
}
