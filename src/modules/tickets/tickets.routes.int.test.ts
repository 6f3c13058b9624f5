import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { createApiKey } from '../../../test/helpers/auth';
import type { AppError } from '../../platform/http/app-error';
import type { TicketContext } from './ticket-context';
import { createTicket } from './ticket-create.service';
import { ticketsKit, type TicketsKit } from './tickets.test-kit';

let k: TicketsKit;
beforeAll(async () => {
  k = await ticketsKit();
});
afterAll(async () => k.t.close());

const MISSING = '0190f000-0000-7000-8000-000000000000';

describe('creating and reading a ticket', () => {
  let ticket: any;

  it('creates a new ticket with a number, answered with the requester masked', async () => {
    ticket = await k.ticket({ subject: '  我的账号被盗了  ', description: '昨天还能登录', channel: 'in_game', priority: 'high', tags: ['vip', ' vip', '账号'], custom: { server: 's1' } });
    expect(ticket).toMatchObject({
      number: expect.any(Number),
      subject: '我的账号被盗了',
      description: '昨天还能登录',
      channel: 'in_game',
      priority: 'high',
      status: 'new',
      departmentId: k.deptA,
      teamId: null,
      assigneeId: null,
      tags: ['vip', '账号'],
      custom: { server: 's1' },
      reopenCount: 0,
      firstResponseAt: null,
      createdBy: `user:${k.admin.user.id}`,
      links: [],
      requester: { id: k.customerId, displayName: '夜雨', realName: '张*', masked: true },
    });
    expect(ticket.number).toBeGreaterThanOrEqual(100001);
    expect(ticket.requester.phone).toMatch(/\*{4}/);
    await vi.waitFor(() =>
      expect(k.published).toContainEqual(expect.objectContaining({ name: 'ticket.created', payload: expect.objectContaining({ ticketId: ticket.id, number: ticket.number, departmentId: k.deptA }) })),
    );
  });

  it('numbers tickets one after another', async () => {
    const next = await k.ticket();
    expect(next.number).toBe(ticket.number + 1);
  });

  it('reads it back the same', async () => {
    const res = await k.api('GET', `/tickets/${ticket.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(ticket);
  });

  it('starts open when created with an assignee, with its team department', async () => {
    const opened = await k.ticket({ departmentId: undefined, teamId: k.teamA, assigneeId: k.agentA.user.id });
    expect(opened).toMatchObject({ status: 'open', departmentId: k.deptA, teamId: k.teamA, assigneeId: k.agentA.user.id });
  });

  it('lets an integration with tickets:write create one', async () => {
    const key = await createApiKey(k.t, ['tickets:write']);
    const res = await k.api('POST', '/tickets', { subject: 'From the game', channel: 'api', requesterId: k.customerId }, key.headers);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().createdBy).toMatch(/^api_key:/);
  });

  it.each([
    ['an unknown requester', { requesterId: MISSING }, 400, 'invalid_ticket_requester'],
    ['an unknown category', { categoryId: MISSING }, 400, 'invalid_ticket_category'],
    ['an unknown department', { departmentId: MISSING }, 400, 'invalid_ticket_department'],
    ['an unknown team', { teamId: MISSING }, 400, 'invalid_ticket_team'],
    ['an unknown assignee', { assigneeId: MISSING }, 400, 'invalid_ticket_assignee'],
    ['a blank subject', { subject: '   ' }, 400, 'validation_failed'],
    ['an unknown channel', { channel: 'fax' }, 400, 'validation_failed'],
    ['an unknown field', { status: 'open' }, 400, 'validation_failed'],
  ])('refuses %s', async (_name, body, status, code) => {
    const res = await k.api('POST', '/tickets', { subject: 'x', channel: 'web', requesterId: k.customerId, ...body });
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().code).toBe(code);
  });

  it('creates tickets sent together in shared transactions, each checked on its own', async () => {
    const ctx: TicketContext = { actor: { type: 'system', id: null, label: 'test' }, scope: { all: true }, viewer: { pii: false }, userId: null };
    const bodies = Array.from({ length: 24 }, (_, i) => ({ subject: `together ${i}`, channel: 'web' as const, requesterId: i % 8 === 3 ? MISSING : k.customerId, departmentId: k.deptA }));
    const answers = await Promise.allSettled(bodies.map((b) => createTicket(k.t.deps, ctx, b)));
    expect(answers.map((a) => a.status)).toEqual(bodies.map((b) => (b.requesterId === MISSING ? 'rejected' : 'fulfilled')));
    const refused = answers.flatMap((a) => (a.status === 'rejected' ? [a.reason as AppError] : []));
    expect(refused.map((e) => e.code)).toEqual(Array(3).fill('invalid_ticket_requester'));
    const created = answers.flatMap((a) => (a.status === 'fulfilled' ? [a.value] : []));
    expect(created.map((t) => t.subject)).toEqual(bodies.filter((b) => b.requesterId !== MISSING).map((b) => b.subject));
    expect(new Set(created.map((t) => t.number)).size).toBe(21);
    expect(created.every((t) => t.requester?.id === k.customerId && t.requester.masked)).toBe(true);
    // Rows written by one transaction share its xmin: fewer transactions than tickets.
    const ids = created.map((t) => `'${t.id}'`).join(',');
    const res = await k.t.deps.database.db.execute(sql.raw(`select count(distinct xmin::text)::int as n from tickets where id in (${ids})`));
    expect((res as unknown as { rows: { n: number }[] }).rows[0]!.n).toBeLessThan(21);
    await vi.waitFor(() => expect(k.published.filter((e) => e.name === 'ticket.created' && created.some((t) => t.id === (e.payload as { ticketId: string }).ticketId))).toHaveLength(21));
  });

  it('refuses a team of another department', async () => {
    const res = await k.api('POST', '/tickets', { subject: 'x', channel: 'web', requesterId: k.customerId, departmentId: k.deptB, teamId: k.teamA });
    expect(res.json()).toMatchObject({ status: 400, code: 'invalid_ticket_team' });
  });
});

describe('changing a ticket', () => {
  it('writes each changed field to the trail and names them in ticket.updated', async () => {
    const ticket = await k.ticket({ priority: 'normal', tags: ['a'] });
    k.clock.advance(60_000);
    const res = await k.api('PATCH', `/tickets/${ticket.id}`, { priority: 'urgent', tags: ['a'], subject: 'Still cannot log in', assigneeId: k.agentA.user.id });
    expect(res.statusCode, res.body).toBe(200);
    // Assigning a new ticket opens it.
    expect(res.json()).toMatchObject({ priority: 'urgent', subject: 'Still cannot log in', assigneeId: k.agentA.user.id, status: 'open', updatedAt: k.clock.now().toISOString() });
    const trail = (await k.api('GET', `/tickets/${ticket.id}/changes`)).json().items;
    expect(trail.map((c: any) => [c.field, c.from, c.to])).toEqual([
      ['subject', 'Cannot log in', 'Still cannot log in'],
      ['priority', 'normal', 'urgent'],
      ['status', 'new', 'open'],
      ['assigneeId', null, k.agentA.user.id],
    ]);
    expect(trail[0]).toMatchObject({ actor: `user:${k.admin.user.id}`, actorLabel: k.admin.user.email, at: k.clock.now().toISOString() });
    await vi.waitFor(() =>
      expect(k.published).toContainEqual(
        expect.objectContaining({ name: 'ticket.updated', payload: expect.objectContaining({ ticketId: ticket.id, changes: ['subject', 'priority', 'status', 'assigneeId'], status: 'open' }) }),
      ),
    );
  });

  it('writes nothing when nothing changes', async () => {
    const ticket = await k.ticket({ priority: 'low' });
    k.clock.advance(1000);
    const res = await k.api('PATCH', `/tickets/${ticket.id}`, { priority: 'low' });
    expect(res.json().updatedAt).toBe(ticket.updatedAt);
    expect((await k.api('GET', `/tickets/${ticket.id}/changes`)).json().items).toEqual([]);
  });

  it('moves department and drops a team outside it', async () => {
    const ticket = await k.ticket({ teamId: k.teamA });
    const res = await k.api('PATCH', `/tickets/${ticket.id}`, { departmentId: k.deptB });
    expect(res.json()).toMatchObject({ departmentId: k.deptB, teamId: null });
  });

  it('follows the status machine: resolve, reopen (counted), close, then nothing', async () => {
    const ticket = await k.ticket();
    const patch = (body: object) => k.api('PATCH', `/tickets/${ticket.id}`, body);
    expect((await patch({ status: 'resolved' })).json()).toMatchObject({ status: 'resolved', resolvedAt: k.clock.now().toISOString() });
    k.clock.advance(1000);
    expect((await patch({ status: 'open' })).json()).toMatchObject({ status: 'open', reopenCount: 1, resolvedAt: null });
    const toClosed = await patch({ status: 'closed' });
    expect(toClosed.statusCode).toBe(409);
    expect(toClosed.json()).toMatchObject({ code: 'ticket_invalid_transition', from: 'open', to: 'closed', allowed: ['pending_customer', 'on_hold', 'resolved'] });
    await patch({ status: 'resolved' });
    expect((await patch({ status: 'closed' })).json()).toMatchObject({ status: 'closed', closedAt: k.clock.now().toISOString() });
    const after = await patch({ priority: 'high' });
    expect(after.json()).toMatchObject({ status: 409, code: 'ticket_closed' });
    const back = await patch({ status: 'new' });
    expect(back.json().code).toBe('ticket_closed');
  });

  it('answers 404 for a ticket that does not exist', async () => {
    const res = await k.api('PATCH', `/tickets/${MISSING}`, { priority: 'high' });
    expect(res.json()).toMatchObject({ status: 404, code: 'ticket_not_found' });
  });
});
