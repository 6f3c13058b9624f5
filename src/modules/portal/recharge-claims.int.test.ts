import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDepartmentByCode } from '../organisation/departments.repository';
import { portalKit, type PortalKit } from './portal.test-kit';

let k: PortalKit;
beforeAll(async () => {
  k = await portalKit();
});
afterAll(async () => k.t.close());

/** Files a claim and answers the response body with the staff view of the ticket and its conversation. */
async function file(body: Record<string, unknown>) {
  const res = await k.pub('POST', '/public/recharge-claims', body);
  expect(res.statusCode, res.body).toBe(201);
  const answer = res.json();
  const list = await k.staff('GET', `/tickets?number=${answer.number}`);
  const id = list.json().items[0].id as string;
  const ticket = (await k.staff('GET', `/tickets/${id}`)).json();
  const messages = (await k.staff('GET', `/tickets/${id}/messages`)).json().items as any[];
  return { answer, ticket, messages };
}

describe('POST /public/recharge-claims', () => {
  it('answers a paid and credited order at once with the record', async () => {
    await k.recharge('hero-1', 'ord-credited', { credited: true });
    const { answer, ticket, messages } = await file(k.claim({ orderId: 'ord-credited' }));
    expect(answer).toMatchObject({ outcome: 'credited', number: ticket.number });
    expect(answer.message).toContain('credited');
    expect(answer.statusUrl).toBe(`https://help.example/support/t/${answer.token}`);
    expect(ticket).toMatchObject({ channel: 'web', priority: 'normal', status: 'pending_customer', createdBy: 'system' });
    expect(ticket.tags).toEqual(expect.arrayContaining(['recharge_claim', 'claim_credited']));
    expect(ticket.custom).toMatchObject({ claim_order_id: 'ord-credited', claim_outcome: 'credited' });
    const reply = messages.find((m) => m.kind === 'public_reply');
    expect(reply.body).toContain('68.00 CNY');
    expect(reply.authorType).toBe('system');
    const note = messages.find((m) => m.kind === 'internal_note');
    expect(note.body).toContain('ord-credited');
    expect(note.body).toMatch(/recharge_credited|credited/);
  });

  it('sends a paid but not credited order to the recharge team at high priority, with the evidence', async () => {
    await k.recharge('hero-1', 'ord-stuck');
    const { answer, ticket, messages } = await file(k.claim({ orderId: 'ord-stuck' }));
    const inquiries = await findDepartmentByCode(k.t.deps.database.db, 'inquiries');
    expect(answer.outcome).toBe('escalated');
    expect(ticket).toMatchObject({ priority: 'high', status: 'new', departmentId: inquiries!.id });
    expect(ticket.tags).toContain('recharge_team');
    const note = messages.find((m) => m.kind === 'internal_note');
    expect(note.body).toContain('escalated (not_credited)');
    expect(note.body).toContain('68.00 CNY');
    expect(messages.find((m) => m.kind === 'public_reply').body).toContain('high priority');
  });

  it('escalates an order that is only pending with the payment channel', async () => {
    await k.pending('hero-1', 'ord-pending');
    const { answer, ticket } = await file(k.claim({ orderId: 'ord-pending' }));
    expect(answer.outcome).toBe('escalated');
    expect(ticket.priority).toBe('high');
  });

  it('asks for proof when the order is not found, or is another player’s', async () => {
    await k.recharge('someone-else', 'ord-theirs', { credited: true });
    for (const orderId of ['ord-nowhere', 'ord-theirs']) {
      const { answer, ticket, messages } = await file(k.claim({ orderId }));
      expect(answer.outcome).toBe('proof_needed');
      expect(answer.message).toContain('screenshot');
      expect(ticket).toMatchObject({ status: 'pending_customer', priority: 'normal' });
      expect(messages.find((m) => m.kind === 'internal_note').body).toContain('No event of this order');
    }
  });

  it('asks for proof when the amount differs, and answers refunded and failed orders as such', async () => {
    await k.recharge('hero-1', 'ord-amount', { credited: true, amount: '30.00' });
    await k.recharge('hero-1', 'ord-refund', { status: 'refunded' });
    await k.recharge('hero-1', 'ord-failed', { status: 'failed' });
    expect((await file(k.claim({ orderId: 'ord-amount' }))).answer.outcome).toBe('proof_needed');
    expect((await file(k.claim({ orderId: 'ord-refund' }))).answer.outcome).toBe('refunded');
    expect((await file(k.claim({ orderId: 'ord-failed' }))).answer.outcome).toBe('failed');
  });

  it('links a second claim for the same order to the first ticket instead of filing another', async () => {
    await k.recharge('hero-1', 'ord-twice');
    const first = await file(k.claim({ orderId: 'ord-twice' }));
    k.clock.advance(60_000);
    const again = await k.pub('POST', '/public/recharge-claims', k.claim({ orderId: 'ord-twice', amount: '68', paymentChannel: 'alipay' }));
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ number: first.answer.number, token: first.answer.token, outcome: 'duplicate' });
    const notes = (await k.staff('GET', `/tickets/${first.ticket.id}/messages`)).json().items.filter((m: any) => m.kind === 'internal_note');
    expect(notes.at(-1).body).toContain('submitted the claim again');
    const all = (await k.staff('GET', `/tickets?tag=recharge_claim&limit=200`)).json().items.filter((t: any) => t.subject.endsWith('ord-twice'));
    expect(all).toHaveLength(1);

    // Another player naming the same order gets a ticket of their own, linked to the first.
    const other = await k.pub('POST', '/public/recharge-claims', k.claim({ orderId: 'ord-twice', gameAccount: 'hero-2', contactEmail: 'hero2@example.com' }));
    expect(other.statusCode, other.body).toBe(201);
    expect(other.json().number).not.toBe(first.answer.number);
    const firstNow = (await k.staff('GET', `/tickets/${first.ticket.id}`)).json();
    expect(firstNow.links.map((l: any) => l.number)).toContain(other.json().number);
  });

  it('refuses bad input with problems, never a 500', async () => {
    const cases: [Record<string, unknown>, number, string][] = [
      [k.claim({ amount: '-5' }), 400, 'validation_failed'],
      [k.claim({ paidAt: 'yesterday' }), 400, 'validation_failed'],
      [k.claim({ contactEmail: 'not-an-email' }), 400, 'validation_failed'],
      [k.claim({ gameAccount: undefined }), 201, ''],
      [k.claim({ gameAccount: undefined, phone: '12' }), 400, 'validation_failed'],
      [k.claim({ gameAccount: undefined, phone: '123456789' }), 400, 'portal_player_unidentified'],
    ];
    for (const [body, status, code] of cases) {
      const res = await k.pub('POST', '/public/recharge-claims', body);
      expect(res.statusCode, res.body).toBe(status);
      if (code) expect(res.json().code).toBe(code);
    }
  });
});
