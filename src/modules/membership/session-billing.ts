import type { Outbox } from '../../platform/bus/bus';
import type { Db, Tx } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import * as repo from './wallet.repository';
import { announce, entryId, packageEntry, postMoney, type ChangeContext } from './wallet-ledger';

// The membership API the venues module calls inside its own transaction (session charging)
// and loyalty calls for free-time rewards. Nothing here opens a transaction.

export interface MemberPackage {
  id: string;
  name: string;
  minutesLeft: number;
  /** 'HH:MM' store-local; may cross midnight (23:00→07:00); null = any time. */
  windowStart: string | null;
  windowEnd: string | null;
  /** null = any zone. */
  zoneIds: string[] | null;
  /** ISO */
  validUntil: string | null;
}

export interface SpendableBalances {
  customerId: string;
  cashCents: number;
  bonusCents: number;
  /** Usable now (not expired, minutesLeft > 0), soonest validUntil first. */
  packages: MemberPackage[];
  /** False when the member has cards and none is active (all frozen/lost/replaced); true with no card at all. */
  cardActive: boolean;
}

export interface SessionDraw {
  packageMinutes: { packageId: string; minutes: number }[];
  bonusCents: number;
  cashCents: number;
}

/** Locks the member's wallet row (creates an empty wallet if none) and answers what a session may draw on. */
export async function lockSpendable(tx: Tx, customerId: string, at: Date): Promise<SpendableBalances> {
  const wallet = await repo.lockWallet(tx, customerId, at);
  return spendable(tx, customerId, at, wallet.cashCents, wallet.bonusCents);
}

/** Same, without locking (prediction, floor view). */
export async function readSpendable(ex: Db | Tx, customerId: string, at: Date): Promise<SpendableBalances> {
  const wallet = await repo.findWallet(ex, customerId);
  return spendable(ex, customerId, at, wallet?.cashCents ?? 0, wallet?.bonusCents ?? 0);
}

async function spendable(ex: Db | Tx, customerId: string, at: Date, cashCents: number, bonusCents: number): Promise<SpendableBalances> {
  const [packages, statuses] = await Promise.all([repo.usablePackages(ex, customerId, at), repo.cardStatuses(ex, customerId)]);
  return {
    customerId,
    cashCents,
    bonusCents,
    packages: packages.map(toMemberPackage),
    cardActive: statuses.length === 0 || statuses.includes('active'),
  };
}

export function toMemberPackage(p: repo.MemberPackageRow): MemberPackage {
  return {
    id: p.id,
    name: p.name,
    minutesLeft: p.minutesLeft,
    windowStart: p.windowStart,
    windowEnd: p.windowEnd,
    zoneIds: p.zoneIds,
    validUntil: p.validUntil?.toISOString() ?? null,
  };
}

/**
 * Posts one charging step of a session as ledger entries (kind 'session_charge', reference = sessionId).
 * Throws AppError('insufficient_balance') and posts nothing if any balance would go negative. Answers balances after.
 * @example await drawForSession(tx, outbox, { customerId, storeId, sessionId, at, actor: 'system:sessions', draw: { packageMinutes: [], bonusCents: 0, cashCents: 8 } })
 */
export async function drawForSession(
  tx: Tx,
  outbox: Outbox,
  input: { customerId: string; storeId: string; sessionId: string; at: Date; draw: SessionDraw; actor: string },
): Promise<{ cashCents: number; bonusCents: number }> {
  const { customerId, draw, at } = input;
  const uses = draw.packageMinutes.filter((u) => u.minutes !== 0);
  if (![draw.cashCents, draw.bonusCents, ...uses.map((u) => u.minutes)].every((n) => Number.isSafeInteger(n) && n >= 0)) {
    throw new AppError('validation_failed', 'A session draw takes whole, non-negative amounts');
  }
  const wallet = await repo.lockWallet(tx, customerId, at);
  // Check everything before writing anything, so a refused draw leaves no trace even if the caller carries on.
  const packages = await repo.lockPackages(tx, customerId, [...new Set(uses.map((u) => u.packageId))]);
  const wanted = new Map<string, number>();
  for (const u of uses) wanted.set(u.packageId, (wanted.get(u.packageId) ?? 0) + u.minutes);
  for (const [id, minutes] of wanted) {
    const p = packages.find((x) => x.id === id);
    if (!p || p.minutesLeft < minutes || (p.validUntil && p.validUntil <= at)) throw new AppError('insufficient_balance', 'The time package has too few minutes left');
  }
  if (wallet.cashCents < draw.cashCents || wallet.bonusCents < draw.bonusCents) throw new AppError('insufficient_balance');

  const ctx: ChangeContext = { customerId, storeId: input.storeId, at, actor: input.actor, reference: input.sessionId, reason: 'session_charge' };
  const packageRows: repo.NewWalletEntryRow[] = [];
  for (const [id, minutes] of wanted) {
    const p = await repo.takePackageMinutes(tx, id, minutes);
    if (!p) throw new AppError('insufficient_balance', 'The time package has too few minutes left');
    packageRows.push(packageEntry(ctx, 'session_charge', id, -minutes, p.minutesLeft));
  }
  await repo.insertEntries(tx, packageRows);
  if (draw.cashCents === 0 && draw.bonusCents === 0) {
    if (packageRows.length > 0) announce(outbox, ctx, wallet.cashCents, wallet.bonusCents);
    return { cashCents: wallet.cashCents, bonusCents: wallet.bonusCents };
  }
  const after = await postMoney(tx, outbox, ctx, [
    { kind: 'session_charge', asset: 'bonus', amount: -draw.bonusCents },
    { kind: 'session_charge', asset: 'cash', amount: -draw.cashCents },
  ]);
  return { cashCents: after.cashCents, bonusCents: after.bonusCents };
}

/**
 * Grants free minutes (a staff override, a free-time coupon or reward) as a member package with a ledger entry; `reason` is stored.
 * @example await grantPackageMinutes(tx, outbox, { customerId, storeId, minutes: 60, name: '免费 1 小时', reason: 'coupon:…', actor: `user:${id}`, at })
 */
export async function grantPackageMinutes(
  tx: Tx,
  outbox: Outbox,
  input: { customerId: string; storeId: string | null; minutes: number; name: string; reason: string; actor: string; at: Date; validUntil?: Date | null },
): Promise<{ packageId: string }> {
  if (!Number.isSafeInteger(input.minutes) || input.minutes <= 0) throw new AppError('validation_failed', 'Granted minutes must be a positive whole number');
  const wallet = await repo.lockWallet(tx, input.customerId, input.at);
  const ctx: ChangeContext = { customerId: input.customerId, storeId: input.storeId, at: input.at, actor: input.actor, reason: 'package_grant' };
  const pkg = await repo.insertPackage(tx, {
    id: entryId(input.at),
    customerId: input.customerId,
    productId: null,
    name: input.name,
    minutesTotal: input.minutes,
    minutesLeft: input.minutes,
    validUntil: input.validUntil ?? null,
    purchasedAt: input.at,
    storeId: input.storeId,
  });
  await repo.insertEntries(tx, [packageEntry(ctx, 'package_grant', pkg.id, input.minutes, input.minutes, { note: input.reason })]);
  announce(outbox, ctx, wallet.cashCents, wallet.bonusCents);
  return { packageId: pkg.id };
}
