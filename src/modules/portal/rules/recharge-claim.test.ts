import { describe, expect, it } from 'vitest';
import { decideRechargeClaim, type OrderEvent } from './recharge-claim';

let n = 0;
const at = (day: number) => new Date(Date.UTC(2026, 5, day, 10));
const ev = (kind: OrderEvent['kind'], over: Partial<OrderEvent> = {}): OrderEvent => ({
  id: `e${++n}`,
  customerId: 'c1',
  occurredAt: at(1),
  kind,
  orderId: 'o1',
  amountCents: kind === 'recharge' ? 6800 : null,
  currency: kind === 'recharge' ? 'CNY' : null,
  channel: kind === 'recharge' ? 'wechat' : null,
  status: kind === 'recharge' ? 'paid' : null,
  ...over,
});
const claim = { customerId: 'c1', orderId: 'o1', amountCents: 6800 };

describe('decideRechargeClaim', () => {
  const table: [string, OrderEvent[], string, string][] = [
    ['paid and credited', [ev('recharge'), ev('credited')], 'credited', 'credited'],
    ['paid, no credit marker', [ev('recharge')], 'escalated', 'not_credited'],
    ['only a pending marker', [ev('pending')], 'escalated', 'pending'],
    ['pending, then paid and credited', [ev('pending'), ev('recharge', { occurredAt: at(2) }), ev('credited', { occurredAt: at(2) })], 'credited', 'credited'],
    ['no event at all', [], 'proof_needed', 'not_found'],
    ['only another order', [ev('recharge', { orderId: 'o2' }), ev('credited', { orderId: 'o2' })], 'proof_needed', 'not_found'],
    ['the order belongs to another customer', [ev('recharge', { customerId: 'c2' }), ev('credited', { customerId: 'c2' })], 'proof_needed', 'not_found'],
    ['credit marker of another customer', [ev('recharge'), ev('credited', { customerId: 'c2' })], 'escalated', 'not_credited'],
    ['amount differs', [ev('recharge', { amountCents: 3000 }), ev('credited')], 'proof_needed', 'amount_mismatch'],
    ['refunded after paying', [ev('recharge'), ev('recharge', { status: 'refunded', occurredAt: at(3) })], 'refunded', 'refunded'],
    ['payment failed', [ev('recharge', { status: 'failed' })], 'failed', 'payment_failed'],
    ['failed, then paid again and credited', [ev('recharge', { status: 'failed' }), ev('recharge', { occurredAt: at(2) }), ev('credited', { occurredAt: at(2) })], 'credited', 'credited'],
    ['a credit marker without a recharge', [ev('credited')], 'proof_needed', 'not_found'],
  ];

  it.each(table)('%s → %s (%s)', (_name, events, outcome, reason) => {
    const d = decideRechargeClaim(claim, events);
    expect({ outcome: d.outcome, reason: d.reason }).toEqual({ outcome, reason });
  });

  it('answers with the latest recharge record of the order and the credit marker', () => {
    const paid = ev('recharge', { occurredAt: at(2) });
    const credit = ev('credited', { occurredAt: at(2) });
    const d = decideRechargeClaim(claim, [ev('recharge', { status: 'failed' }), paid, credit]);
    expect(d.record?.id).toBe(paid.id);
    expect(d.credit?.id).toBe(credit.id);
  });

  it('keeps no credit marker on an escalation, and no record when nothing matched', () => {
    expect(decideRechargeClaim(claim, [ev('recharge')]).credit).toBeNull();
    expect(decideRechargeClaim(claim, [ev('recharge', { customerId: 'c2' })]).record).toBeNull();
  });
});
