import type { ClaimDecision, OrderEvent } from './recharge-claim';

/** The claim as the player typed it, for the texts. */
export interface ClaimFacts {
  orderId: string;
  amount: string;
  paymentChannel: string;
  paidAt: Date;
}

const money = (cents: number | null, currency: string | null) => (cents === null ? '?' : `${(cents / 100).toFixed(2)} ${currency ?? ''}`.trim());
const time = (at: Date) => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
const recordLine = (e: OrderEvent) => `${e.orderId} · ${money(e.amountCents, e.currency)} · ${e.channel ?? '?'} · ${e.status ?? e.kind} · ${time(e.occurredAt)}`;

/**
 * The answer posted on the ticket, Chinese then English (a web requester reads either), and the
 * English sentence the API returns. The matched record is quoted for the answers that rest on it.
 * @example claimAnswer(decision, facts).en // 'We found your order o1: 68.00 CNY paid …'
 */
export function claimAnswer(d: ClaimDecision, c: ClaimFacts): { body: string; en: string } {
  const r = d.record;
  const paid = r ? `${money(r.amountCents, r.currency)}（${r.channel ?? ''}，${time(r.occurredAt)}）` : '';
  const paidEn = r ? `${money(r.amountCents, r.currency)} via ${r.channel ?? '?'} at ${time(r.occurredAt)}` : '';
  const texts: Record<ClaimDecision['reason'], [string, string]> = {
    credited: [
      `我们查到了订单 ${c.orderId}：${paid} 已支付，并已于 ${d.credit ? time(d.credit.occurredAt) : ''} 发放到您的账号。请重新登录游戏查看；如仍未看到，请直接回复本工单。`,
      `We found your order ${c.orderId}: ${paidEn} was paid and credited to your account${d.credit ? ` at ${time(d.credit.occurredAt)}` : ''}. Please log in again to see it; if it is still missing, reply to this ticket.`,
    ],
    not_credited: [
      `订单 ${c.orderId} 已支付（${paid}），但尚未发放到账。我们已将工单以高优先级转给充值专员处理，处理后会在此回复您。`,
      `Your order ${c.orderId} was paid (${paidEn}) but has not reached your account yet. The recharge team has it at high priority and will answer here.`,
    ],
    pending: [
      `订单 ${c.orderId} 的支付仍在确认中。我们已将工单以高优先级转给充值专员核实，处理后会在此回复您。`,
      `The payment for order ${c.orderId} is still being confirmed. The recharge team has it at high priority and will answer here.`,
    ],
    not_found: [
      `我们暂未在您的账号下找到订单 ${c.orderId}。请回复本工单并提供支付凭证截图（含订单号、金额和支付时间），我们会尽快核实。`,
      `We could not find order ${c.orderId} on your account. Please reply with a screenshot of the payment receipt (order id, amount and time) so we can check it.`,
    ],
    amount_mismatch: [
      `订单 ${c.orderId} 的金额与我们的记录不一致（您填写的是 ${c.amount}）。请回复本工单并提供支付凭证截图，我们会尽快核实。`,
      `The amount you gave for order ${c.orderId} (${c.amount}) does not match our record. Please reply with a screenshot of the payment receipt so we can check it.`,
    ],
    refunded: [
      `订单 ${c.orderId}（${paid}）已退款，因此不会发放。如您对退款有疑问，请直接回复本工单。`,
      `Order ${c.orderId} (${paidEn}) was refunded, so nothing is credited for it. Reply to this ticket if you have a question about the refund.`,
    ],
    payment_failed: [
      `订单 ${c.orderId} 的支付未成功（${paid}），因此没有扣款也不会发放。如果您的账户确实被扣款，请回复本工单并提供扣款凭证截图。`,
      `The payment for order ${c.orderId} failed (${paidEn}), so nothing was charged or credited. If you were charged, please reply with a screenshot of the charge.`,
    ],
  };
  const [zh, en] = texts[d.reason];
  return { body: `${zh}\n\n${en}`, en };
}

/** The internal note with the evidence: what the player claimed and every event of the order that was found. */
export function evidenceNote(d: ClaimDecision, c: ClaimFacts, events: OrderEvent[]): string {
  const lines = [
    `Recharge claim: ${d.outcome} (${d.reason})`,
    `Claimed: order ${c.orderId} · ${c.amount} · ${c.paymentChannel} · ${time(c.paidAt)}`,
    events.length === 0 ? 'No event of this order on the account.' : 'Events of this order:',
    ...events.map((e) => `- ${recordLine(e)} (event ${e.id})`),
  ];
  return lines.join('\n');
}
