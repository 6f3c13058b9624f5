import { randomBytes } from 'node:crypto';
import type { AuditActor } from '../../platform/audit/audit.service';
import type { Outbox } from '../../platform/bus/bus';
import type { Tx } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { uuidv7 } from '../../platform/ids';
import * as repo from './wallet.repository';

export type EntryKind = 'topup' | 'topup_bonus' | 'refund' | 'session_charge' | 'package_purchase' | 'package_grant' | 'package_use' | 'adjustment';
export type PaymentMethod = 'cash' | 'bank_card' | 'wechat_pay' | 'alipay' | 'other';

/** One cash or bonus line of a wallet change; `amount` is signed cents. */
export interface MoneyPosting {
  kind: EntryKind;
  asset: 'cash' | 'bonus';
  amount: number;
  paymentMethod?: PaymentMethod | null;
  note?: string | null;
  idempotencyKey?: string | null;
  /** Overrides the change's reference for this line (e.g. the promotion of a bonus). */
  reference?: string | null;
}

export interface ChangeContext {
  customerId: string;
  storeId: string | null;
  at: Date;
  actor: string;
  reference?: string | null;
  /** Why the wallet changed, as published on `wallet.changed`. */
  reason: string;
}

let lastMs = -1;
let sequence = 0;
/** Ledger ids: time-ordered by the entry's time, and in write order within one millisecond. */
export function entryId(at: Date): string {
  const ms = at.getTime();
  sequence = ms === lastMs ? (sequence + 1) & 0xfff : 0;
  lastMs = ms;
  const random = randomBytes(10);
  random[0] = sequence >> 8;
  random[1] = sequence & 0xff;
  return uuidv7(ms, random);
}

/** How a caller is written in the ledger's `actor`: `user:<id>`, `api_key:<id>`, `system`. */
export function ledgerActor(actor: AuditActor): string {
  return actor.id ? `${actor.type}:${actor.id}` : actor.label;
}

/**
 * Posts cash/bonus lines: one conditional update of the cached balances (never below zero, else
 * 409 `insufficient_balance` and nothing is written) and one ledger row per line, each with the
 * asset's balance after it. The caller holds the wallet lock (`lockWallet`).
 */
export async function postMoney(tx: Tx, outbox: Outbox, ctx: ChangeContext, postings: MoneyPosting[]): Promise<{ cashCents: number; bonusCents: number; entries: repo.WalletEntryRow[] }> {
  const lines = postings.filter((p) => p.amount !== 0);
  const cash = sum(lines, 'cash');
  const bonus = sum(lines, 'bonus');
  const after = await repo.applyWalletDelta(tx, ctx.customerId, cash, bonus, ctx.at);
  if (!after) throw new AppError('insufficient_balance');
  const running = { cash: after.cashCents - cash, bonus: after.bonusCents - bonus };
  const entries = await repo.insertEntries(
    tx,
    lines.map((p) => {
      running[p.asset] += p.amount;
      return {
        id: entryId(ctx.at),
        customerId: ctx.customerId,
        storeId: ctx.storeId,
        at: ctx.at,
        kind: p.kind,
        asset: p.asset,
        amount: p.amount,
        balanceAfter: running[p.asset],
        paymentMethod: p.paymentMethod ?? null,
        reference: p.reference ?? ctx.reference ?? null,
        actor: ctx.actor,
        note: p.note ?? null,
        idempotencyKey: p.idempotencyKey ?? null,
      };
    }),
  );
  announce(outbox, ctx, after.cashCents, after.bonusCents);
  return { cashCents: after.cashCents, bonusCents: after.bonusCents, entries };
}

/** Publishes `wallet.changed` (after commit) with the balances after the change. */
export function announce(outbox: Outbox, ctx: ChangeContext, cashCents: number, bonusCents: number): void {
  outbox.add('wallet.changed', { customerId: ctx.customerId, storeId: ctx.storeId, reason: ctx.reason, cashCents, bonusCents });
}

/** A package ledger row (`amount` signed minutes; `minutesLeft` after it). */
export function packageEntry(ctx: ChangeContext, kind: EntryKind, packageId: string, amount: number, minutesLeft: number, extra: Partial<repo.NewWalletEntryRow> = {}): repo.NewWalletEntryRow {
  return {
    id: entryId(ctx.at),
    customerId: ctx.customerId,
    storeId: ctx.storeId,
    at: ctx.at,
    kind,
    asset: 'package',
    packageId,
    amount,
    balanceAfter: minutesLeft,
    reference: ctx.reference ?? null,
    actor: ctx.actor,
    ...extra,
  };
}

function sum(lines: MoneyPosting[], asset: 'cash' | 'bonus'): number {
  return lines.filter((p) => p.asset === asset).reduce((s, p) => s + p.amount, 0);
}
