/**
 * What the platform knows about one order, as read from the customer's events:
 * `recharge` events (status paid / failed / refunded) and the markers a game server sends as
 * `custom` events: `recharge_credited` (the items or currency reached the account) and
 * `recharge_pending` (the payment started, the channel has not confirmed it yet), each with
 * `properties.orderId`.
 */
export interface OrderEvent {
  id: string;
  customerId: string;
  occurredAt: Date;
  kind: 'recharge' | 'credited' | 'pending';
  orderId: string;
  /** Cents, recharges only. */
  amountCents: number | null;
  currency: string | null;
  channel: string | null;
  status: 'paid' | 'failed' | 'refunded' | null;
}

export interface RechargeClaim {
  customerId: string;
  orderId: string;
  amountCents: number;
}

export type ClaimOutcome = 'credited' | 'escalated' | 'proof_needed' | 'refunded' | 'failed';
export type ClaimReason = 'credited' | 'not_credited' | 'pending' | 'not_found' | 'amount_mismatch' | 'refunded' | 'payment_failed';

export interface ClaimDecision {
  outcome: ClaimOutcome;
  reason: ClaimReason;
  /** The recharge event the answer rests on (the latest one of the order), when there is one. */
  record: OrderEvent | null;
  /** The `recharge_credited` marker, when the order was credited. */
  credit: OrderEvent | null;
}

const latest = (events: OrderEvent[]) => events.reduce<OrderEvent | null>((a, e) => (a === null || e.occurredAt > a.occurredAt ? e : a), null);

/**
 * Decides how a "recharge not received" claim is answered from the events of the order.
 * Only events of the claimant and of the claimed order count (another customer's order is
 * "not found": nothing about it is revealed). The latest recharge event gives the order's
 * state: refunded and failed orders are answered as such; a paid order whose amount differs
 * from the claim needs proof; a paid order with a `recharge_credited` marker is credited,
 * without one it goes to the recharge team, as does an order only marked pending.
 * @example decideRechargeClaim({ customerId: 'c1', orderId: 'o1', amountCents: 6800 }, [paid('o1', 6800), credited('o1')]).outcome // 'credited'
 */
export function decideRechargeClaim(claim: RechargeClaim, events: OrderEvent[]): ClaimDecision {
  const mine = events.filter((e) => e.customerId === claim.customerId && e.orderId === claim.orderId);
  const record = latest(mine.filter((e) => e.kind === 'recharge'));
  const credit = latest(mine.filter((e) => e.kind === 'credited'));
  const decision = (outcome: ClaimOutcome, reason: ClaimReason): ClaimDecision => ({ outcome, reason, record, credit: reason === 'credited' ? credit : null });
  if (!record) return mine.some((e) => e.kind === 'pending') ? decision('escalated', 'pending') : decision('proof_needed', 'not_found');
  if (record.status === 'refunded') return decision('refunded', 'refunded');
  if (record.status === 'failed') return decision('failed', 'payment_failed');
  if (record.amountCents !== claim.amountCents) return decision('proof_needed', 'amount_mismatch');
  return credit ? decision('credited', 'credited') : decision('escalated', 'not_credited');
}
