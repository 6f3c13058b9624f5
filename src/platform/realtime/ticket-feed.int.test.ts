import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type SignedIn } from '../../../test/helpers/auth';
import { ticketsKit, type TicketsKit } from '../../modules/tickets/tickets.test-kit';

let k: TicketsKit;
beforeAll(async () => {
  k = await ticketsKit('2026-06-01T10:00:00Z');
});
afterAll(async () => k.t.close());

type Ws = Awaited<ReturnType<TicketsKit['t']['app']['injectWS']>>;
type Message = Record<string, any>;

/** A socket subscribed to `tickets` as the user, collecting what it receives. */
async function subscriber(user: SignedIn) {
  const ws: Ws = await k.t.app.injectWS('/api/v1/live', { headers: { cookie: user.headers.cookie! } });
  const messages: Message[] = [];
  const waiters: { pred: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  ws.on('message', (raw: unknown) => {
    const m = JSON.parse(String(raw)) as Message;
    messages.push(m);
    for (const w of waiters.splice(0)) (w.pred(m) ? w.resolve(m) : waiters.push(w));
  });
  const next = (pred: (m: Message) => boolean) =>
    messages.find(pred) ? Promise.resolve(messages.find(pred)!) : new Promise<Message>((resolve) => waiters.push({ pred, resolve }));
  ws.send(JSON.stringify({ type: 'subscribe', topic: 'tickets' }));
  const answer = await next((m) => m.topic === 'tickets' && (m.type === 'subscribed' || m.type === 'error'));
  return { ws, messages, next, answer, events: () => messages.filter((m) => m.type === 'event') };
}

const settle = () => new Promise((r) => setTimeout(r, 150));

describe('live tickets topic', () => {
  it('delivers ticket events with ids and placement only, to the subscribers whose scope covers the ticket', async () => {
    const a = await subscriber(k.agentA);
    const b = await subscriber(k.agentB);
    const sup = await subscriber(k.supervisor);
    expect([a.answer.type, b.answer.type, sup.answer.type]).toEqual(['subscribed', 'subscribed', 'subscribed']);

    const ticket = await k.ticket({ subject: '秘密的主题', description: 'secret description' });
    const created = await a.next((m) => m.name === 'ticket.created' && m.payload.ticketId === ticket.id);
    expect(created).toEqual({
      type: 'event',
      topic: 'tickets',
      name: 'ticket.created',
      payload: { ticketId: ticket.id, number: ticket.number, departmentId: k.deptA, teamId: null, assigneeId: null },
    });
    await sup.next((m) => m.name === 'ticket.created' && m.payload.ticketId === ticket.id);

    const note = await k.api('POST', `/tickets/${ticket.id}/messages`, { kind: 'internal_note', body: 'very private note' });
    expect(note.statusCode).toBe(201);
    const added = await a.next((m) => m.name === 'ticket.message_added');
    expect(added.payload).toEqual({ ticketId: ticket.id, messageId: note.json().id, kind: 'internal_note', departmentId: k.deptA, teamId: null, assigneeId: null });

    await k.api('PATCH', `/tickets/${ticket.id}`, { priority: 'high' });
    expect((await a.next((m) => m.name === 'ticket.updated')).payload).toMatchObject({ ticketId: ticket.id, changes: ['priority'], status: 'new' });

    // Moving the ticket to B: B sees the move (its scope covers the ticket now), A does not.
    await k.api('PATCH', `/tickets/${ticket.id}`, { departmentId: k.deptB });
    await b.next((m) => m.name === 'ticket.updated' && m.payload.departmentId === k.deptB);
    await sup.next((m) => m.name === 'ticket.updated' && m.payload.departmentId === k.deptB);
    await settle();
    const bSaw = b.events().map((m) => m.name);
    expect(bSaw).toEqual(['ticket.updated']);
    expect(a.events().some((m) => m.payload.departmentId === k.deptB)).toBe(false);
    expect(JSON.stringify([...a.messages, ...b.messages, ...sup.messages])).not.toMatch(/秘密|secret|private/);
    for (const s of [a, b, sup]) s.ws.terminate();
  });

  it('delivers a ticket assigned to an agent of another department to that agent', async () => {
    const b = await subscriber(k.agentB);
    const ticket = await k.ticket({ assigneeId: k.agentB.user.id });
    const created = await b.next((m) => m.name === 'ticket.created');
    expect(created.payload).toMatchObject({ ticketId: ticket.id, departmentId: k.deptA, assigneeId: k.agentB.user.id });
    b.ws.terminate();
  });

  it('refuses the topic without tickets:read and stops after unsubscribing', async () => {
    const staff = await signIn(k.t, 'store_staff');
    const s = await subscriber(staff);
    expect(s.answer).toMatchObject({ type: 'error', code: 'forbidden', topic: 'tickets' });
    await k.ticket();
    await settle();
    expect(s.events()).toEqual([]);

    const a = await subscriber(k.agentA);
    a.ws.send(JSON.stringify({ type: 'unsubscribe', topic: 'tickets' }));
    await a.next((m) => m.type === 'unsubscribed');
    await k.ticket();
    await settle();
    expect(a.events()).toEqual([]);
    s.ws.terminate();
    a.ws.terminate();
  });
});
