import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { moveMergedCustomerTickets } from './ticket-customer-merge.service';
import { ticketsKit, type TicketsKit } from './tickets.test-kit';

// Subscribers run after the customers' commit; give them time on a busy machine.
const eventually = { timeout: 10_000, interval: 50 };

let k: TicketsKit;
beforeAll(async () => {
  k = await ticketsKit();
});
afterAll(async () => k.t.close());

const read = async (id: string) => (await k.api('GET', `/tickets/${id}`)).json();
const trail = async (id: string) => (await k.api('GET', `/tickets/${id}/changes`)).json().items as any[];
const requesterMoves = async (id: string) => (await trail(id)).filter((c) => c.field === 'requesterId');

describe('tickets follow a customer merge', () => {
  it('moves the loser’s tickets to the winner, each with a trail entry and ticket.updated', async () => {
    const winner = await k.customer('Winner');
    const loser = await k.customer('Loser');
    const bystander = await k.customer('Bystander');
    const open = await k.ticket({ requesterId: loser, subject: 'Open one' });
    const closed = await k.ticket({ requesterId: loser, subject: 'Closed one' });
    for (const status of ['resolved', 'closed']) expect((await k.api('PATCH', `/tickets/${closed.id}`, { status })).statusCode).toBe(200);
    const other = await k.ticket({ requesterId: bystander, subject: 'Someone else' });
    const ownBefore = await k.ticket({ requesterId: winner, subject: 'Winner’s own' });
    k.clock.advance(60_000);

    const merged = await k.api('POST', `/customers/${winner}/merge`, { loserId: loser });
    expect(merged.statusCode, merged.body).toBe(200);

    for (const ticket of [open, closed]) {
      await vi.waitFor(async () => expect((await read(ticket.id)).requesterId).toBe(winner), eventually);
      const moves = await requesterMoves(ticket.id);
      expect(moves).toEqual([expect.objectContaining({ from: loser, to: winner, actor: 'system', actorLabel: 'customer merge', at: k.clock.now().toISOString() })]);
      await vi.waitFor(() =>
        expect(k.published).toContainEqual(expect.objectContaining({ name: 'ticket.updated', payload: expect.objectContaining({ ticketId: ticket.id, changes: ['requesterId'] }) })),
        eventually,
      );
    }
    expect((await read(open.id)).updatedAt).toBe(k.clock.now().toISOString());
    expect((await read(closed.id)).status).toBe('closed');
    expect((await read(other.id)).requesterId).toBe(bystander);
    expect(await requesterMoves(ownBefore.id)).toEqual([]);
    const listed = (await k.api('GET', `/tickets?requesterId=${winner}&limit=50`)).json().items.map((t: any) => t.id);
    expect(listed).toEqual(expect.arrayContaining([open.id, closed.id, ownBefore.id]));
  });

  it('is idempotent: the event delivered again, or the move run again, adds nothing', async () => {
    const winner = await k.customer('Winner 2');
    const loser = await k.customer('Loser 2');
    const ticket = await k.ticket({ requesterId: loser });
    expect((await k.api('POST', `/customers/${winner}/merge`, { loserId: loser })).statusCode).toBe(200);
    await vi.waitFor(async () => expect((await read(ticket.id)).requesterId).toBe(winner), eventually);
    const updates = () => k.published.filter((e) => e.name === 'ticket.updated' && (e.payload as { ticketId: string }).ticketId === ticket.id).length;
    await vi.waitFor(() => expect(updates()).toBe(1), eventually);

    await k.t.deps.bus.publish('customer.merged', { customerId: winner, loserId: loser, moved: { identities: 0, notes: 0, history: 0, events: 0 } });
    expect(await moveMergedCustomerTickets(k.t.deps, winner, loser)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await requesterMoves(ticket.id)).toHaveLength(1);
    expect(updates()).toBe(1);
  });

  it('moves a large backlog in batches', async () => {
    const winner = await k.customer('Winner 3');
    const loser = await k.customer('Loser 3');
    const tickets = [];
    for (let i = 0; i < 5; i++) tickets.push(await k.ticket({ requesterId: loser, subject: `Backlog ${i}` }));
    expect(await moveMergedCustomerTickets(k.t.deps, winner, loser, 2)).toBe(5);
    for (const t of tickets) expect(await requesterMoves(t.id)).toEqual([expect.objectContaining({ from: loser, to: winner })]);
  });
});
