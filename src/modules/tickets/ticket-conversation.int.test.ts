import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApiKey, signIn } from '../../../test/helpers/auth';
import { ticketsKit, type TicketsKit } from './tickets.test-kit';

let k: TicketsKit;
beforeAll(async () => {
  k = await ticketsKit();
});
afterAll(async () => k.t.close());

const say = (ticketId: string, body: Record<string, unknown>, as: Parameters<TicketsKit['api']>[3] = k.agentA) => k.api('POST', `/tickets/${ticketId}/messages`, body, as);
const messagesOf = async (ticketId: string) => (await k.api('GET', `/tickets/${ticketId}/messages`)).json().items;

describe('replies and notes', () => {
  it('stamps first_response_at with the first staff public reply only, and opens a new ticket', async () => {
    const ticket = await k.ticket();
    k.clock.advance(60_000);
    const note = await say(ticket.id, { kind: 'internal_note', body: 'Checking the login records' });
    expect(note.statusCode, note.body).toBe(201);
    let now = (await k.api('GET', `/tickets/${ticket.id}`)).json();
    expect(now).toMatchObject({ firstResponseAt: null, status: 'new', updatedAt: k.clock.now().toISOString() });

    const key = await createApiKey(k.t, ['tickets:write', 'tickets:read', 'tickets:read_all']);
    await say(ticket.id, { kind: 'public_reply', body: 'Automatic acknowledgement' }, key.headers);
    expect((await k.api('GET', `/tickets/${ticket.id}`)).json().firstResponseAt).toBeNull();

    k.clock.advance(60_000);
    const firstReplyAt = k.clock.now().toISOString();
    const reply = await say(ticket.id, { kind: 'public_reply', body: '您好，请提供最近一次充值的订单号' });
    expect(reply.json()).toMatchObject({ kind: 'public_reply', authorType: 'user', authorUserId: k.agentA.user.id, channel: 'web', mentions: [], createdAt: firstReplyAt });
    now = (await k.api('GET', `/tickets/${ticket.id}`)).json();
    expect(now).toMatchObject({ firstResponseAt: firstReplyAt, status: 'open' });

    k.clock.advance(60_000);
    await say(ticket.id, { kind: 'public_reply', body: 'Any news?', status: 'pending_customer' });
    now = (await k.api('GET', `/tickets/${ticket.id}`)).json();
    expect(now).toMatchObject({ firstResponseAt: firstReplyAt, status: 'pending_customer' });

    const trail = (await k.api('GET', `/tickets/${ticket.id}/changes`)).json().items;
    expect(trail.map((c: any) => [c.field, c.from, c.to])).toEqual([
      ['status', 'new', 'open'],
      ['status', 'open', 'pending_customer'],
    ]);
    await vi.waitFor(() =>
      expect(k.published).toContainEqual(expect.objectContaining({ name: 'ticket.message_added', payload: expect.objectContaining({ ticketId: ticket.id, messageId: reply.json().id, kind: 'public_reply' }) })),
    );
  });

  it('lists the conversation in order, notes included, with a cursor', async () => {
    const ticket = await k.ticket();
    for (const body of ['one', 'two', 'three', 'four']) {
      k.clock.advance(1000);
      await say(ticket.id, { kind: body === 'two' ? 'internal_note' : 'public_reply', body });
    }
    const first = (await k.api('GET', `/tickets/${ticket.id}/messages?limit=3`)).json();
    const rest = (await k.api('GET', `/tickets/${ticket.id}/messages?limit=3&cursor=${first.nextCursor}`)).json();
    expect([...first.items, ...rest.items].map((m: any) => [m.body, m.kind])).toEqual([
      ['one', 'public_reply'],
      ['two', 'internal_note'],
      ['three', 'public_reply'],
      ['four', 'public_reply'],
    ]);
    expect(rest.nextCursor).toBeNull();
  });

  it('records the staff a note mentions, by @email in the body and by id', async () => {
    const lead = await signIn(k.t, 'team_lead', { email: `Lead.Li-${Date.now()}@test.example` });
    const other = await signIn(k.t, 'supervisor');
    const ticket = await k.ticket();
    const res = await say(ticket.id, { kind: 'internal_note', body: `请 @${lead.user.email.toUpperCase()} 看一下；@nobody@test.example 不是员工`, mentions: [other.user.id] });
    expect(res.statusCode, res.body).toBe(201);
    expect([...res.json().mentions].sort()).toEqual([lead.user.id, other.user.id].sort());
    expect(res.json().channel).toBe('internal');
    await vi.waitFor(() =>
      expect(k.published).toContainEqual(expect.objectContaining({ name: 'ticket.message_added', payload: expect.objectContaining({ messageId: res.json().id, mentions: expect.arrayContaining([lead.user.id, other.user.id]) }) })),
    );
  });

  it('refuses unknown mention ids, and mentions in a public reply', async () => {
    const ticket = await k.ticket();
    const unknown = await say(ticket.id, { kind: 'internal_note', body: 'x', mentions: ['0190f000-0000-7000-8000-000000000000'] });
    expect(unknown.json()).toMatchObject({ status: 400, code: 'invalid_mention' });
    const inPublic = await say(ticket.id, { kind: 'public_reply', body: 'x', mentions: [k.agentB.user.id] });
    expect(inPublic.json()).toMatchObject({ status: 400, code: 'invalid_mention' });
    // A public reply never parses mentions from its text.
    const text = await say(ticket.id, { kind: 'public_reply', body: `cc @${k.agentB.user.email}` });
    expect(text.json().mentions).toEqual([]);
    expect(await messagesOf(ticket.id)).toHaveLength(1);
  });

  it('refuses a message on a closed ticket, and a status the machine refuses', async () => {
    const ticket = await k.ticket();
    const bad = await say(ticket.id, { kind: 'public_reply', body: 'bye', status: 'closed' });
    expect(bad.json()).toMatchObject({ status: 409, code: 'ticket_invalid_transition' });
    expect(await messagesOf(ticket.id)).toEqual([]);
    await say(ticket.id, { kind: 'public_reply', body: 'solved', status: 'resolved' });
    await k.api('PATCH', `/tickets/${ticket.id}`, { status: 'closed' });
    expect((await say(ticket.id, { kind: 'internal_note', body: 'late' })).json()).toMatchObject({ status: 409, code: 'ticket_closed' });
  });
});

describe('links and merge', () => {
  it('links two tickets, both ways, and unlinks them', async () => {
    const a = await k.ticket({ subject: 'Recharge 648 missing' });
    const b = await k.ticket({ subject: 'Same recharge again' });
    const res = await k.api('POST', `/tickets/${a.id}/links`, { ticketId: b.id, kind: 'duplicate' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().items).toEqual([expect.objectContaining({ ticketId: b.id, number: b.number, kind: 'duplicate' })]);
    expect((await k.api('GET', `/tickets/${b.id}`)).json().links).toEqual([expect.objectContaining({ ticketId: a.id, kind: 'duplicate' })]);
    expect((await k.api('POST', `/tickets/${a.id}/links`, { ticketId: a.id })).json().code).toBe('ticket_link_self');
    expect((await k.api('DELETE', `/tickets/${b.id}/links/${a.id}`)).statusCode).toBe(204);
    expect((await k.api('GET', `/tickets/${a.id}`)).json().links).toEqual([]);
    expect((await k.api('DELETE', `/tickets/${b.id}/links/${a.id}`)).json().code).toBe('ticket_link_not_found');
  });

  it('merges: moves the conversation, closes the loser pointing to the winner, links them', async () => {
    const winner = await k.ticket({ subject: '充值未到账' });
    const loser = await k.ticket({ subject: '充值648没到', description: '订单号 A778899' });
    k.clock.advance(1000);
    await say(loser.id, { kind: 'public_reply', body: '请提供截图' });
    k.clock.advance(1000);
    await say(winner.id, { kind: 'internal_note', body: '查单中' });
    k.clock.advance(1000);
    const res = await k.api('POST', `/tickets/${loser.id}/merge`, { intoId: winner.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: winner.id, links: [expect.objectContaining({ ticketId: loser.id, kind: 'duplicate' })] });

    const moved = await messagesOf(winner.id);
    expect(moved.map((m: any) => [m.kind, m.body])).toEqual([
      ['public_reply', '请提供截图'],
      ['internal_note', '查单中'],
      ['system', `#${loser.number} merged into this ticket: 充值648没到\n\n订单号 A778899`],
    ]);
    expect((await messagesOf(loser.id)).map((m: any) => m.body)).toEqual([`Merged into #${winner.number}`]);
    const closed = (await k.api('GET', `/tickets/${loser.id}`)).json();
    expect(closed).toMatchObject({ status: 'closed', mergedIntoId: winner.id, closedAt: k.clock.now().toISOString() });
    const trail = (await k.api('GET', `/tickets/${loser.id}/changes`)).json().items;
    expect(trail.map((c: any) => [c.field, c.from, c.to])).toEqual([
      ['status', 'new', 'open'],
      ['status', 'open', 'closed'],
      ['mergedIntoId', null, winner.id],
    ]);
    // The loser's words now find the winner.
    const found = (await k.api('GET', `/tickets/search?q=${encodeURIComponent('A778899')}`)).json().items;
    expect(found.map((i: any) => i.id)).toEqual([winner.id]);
    const audit = (await k.api('GET', `/audit?action=ticket.merged&targetId=${loser.id}`)).json().items;
    expect(audit).toEqual([expect.objectContaining({ details: expect.objectContaining({ intoId: winner.id, messagesMoved: 1 }) })]);
    await vi.waitFor(() => expect(k.published).toContainEqual(expect.objectContaining({ name: 'ticket.merged', payload: { ticketId: winner.id, loserId: loser.id } })));
  });

  it('refuses merging into itself, from or into a closed ticket', async () => {
    const open = await k.ticket();
    const other = await k.ticket();
    expect((await k.api('POST', `/tickets/${open.id}/merge`, { intoId: open.id })).json()).toMatchObject({ status: 409, code: 'ticket_merge_invalid', reason: 'same_ticket' });
    await k.api('POST', `/tickets/${other.id}/merge`, { intoId: open.id });
    expect((await k.api('POST', `/tickets/${other.id}/merge`, { intoId: open.id })).json()).toMatchObject({ code: 'ticket_merge_invalid', reason: 'source_closed' });
    const third = await k.ticket();
    expect((await k.api('POST', `/tickets/${third.id}/merge`, { intoId: other.id })).json()).toMatchObject({ code: 'ticket_merge_invalid', reason: 'target_closed' });
  });
});
