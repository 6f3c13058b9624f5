import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../../test/helpers/auth';
import { ticketsKit, type TicketsKit } from './tickets.test-kit';

let k: TicketsKit;
const t: Record<string, any> = {};
let otherCustomer: string;

// Seven tickets, one minute apart (updated in creation order unless changed later).
beforeAll(async () => {
  k = await ticketsKit();
  otherCustomer = await k.customer('路人甲');
  const make = async (name: string, body: Record<string, unknown>) => {
    k.clock.advance(60_000);
    t[name] = await k.ticket(body);
  };
  await make('a1', { priority: 'urgent', channel: 'email', tags: ['vip'] });
  await make('a2', { assigneeId: k.agentA.user.id, categoryId: '01930000-0000-7000-8000-0000000000c2' });
  await make('a3', { teamId: k.teamA, assigneeId: k.agentB.user.id });
  await make('a4', { requesterId: otherCustomer, channel: 'phone' });
  await make('b1', { departmentId: k.deptB, tags: ['vip', 'refund'] });
  await make('b2', { departmentId: k.deptB, assigneeId: k.agentB.user.id });
  await make('u1', { departmentId: null });
  k.clock.advance(60_000);
  await k.api('PATCH', `/tickets/${t.a4.id}`, { status: 'resolved' });
});
afterAll(async () => k.t.close());

const numbers = (res: { json(): any }) => res.json().items.map((i: any) => i.number);
const of = (...names: string[]) => names.map((n) => t[n].number);

describe('listing tickets', () => {
  it('lists what the caller may see, last changed first', async () => {
    expect(numbers(await k.api('GET', '/tickets', undefined, k.supervisor))).toEqual(of('a4', 'u1', 'b2', 'b1', 'a3', 'a2', 'a1'));
    // Agent A: department A, plus nothing else (a3 is assigned to agent B but sits in A).
    expect(numbers(await k.api('GET', '/tickets', undefined, k.agentA))).toEqual(of('a4', 'a3', 'a2', 'a1'));
    // Agent B: department B, plus a3 assigned to it.
    expect(numbers(await k.api('GET', '/tickets', undefined, k.agentB))).toEqual(of('b2', 'b1', 'a3'));
  });

  it.each([
    ['status', 'status=resolved', ['a4']],
    ['several statuses', 'status=open&status=resolved', ['a4', 'b2', 'a3', 'a2']],
    ['priority', 'priority=urgent', ['a1']],
    ['channel', 'channel=email&channel=phone', ['a4', 'a1']],
    ['category', 'categoryId=01930000-0000-7000-8000-0000000000c2', ['a2']],
    ['no department', 'departmentId=none', ['u1']],
    ['unassigned', 'assigneeId=none', ['a4', 'u1', 'b1', 'a1']],
    ['tag', 'tag=vip', ['b1', 'a1']],
    ['sorted by creation, oldest first', 'sort=createdAt', ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'u1']],
  ])('filters by %s', async (_name, query, expected) => {
    const res = await k.api('GET', `/tickets?${query}`, undefined, k.supervisor);
    expect(res.statusCode, res.body).toBe(200);
    expect(numbers(res)).toEqual(of(...expected));
  });

  it('filters by requester, department, team, assignee (me) and number', async () => {
    expect(numbers(await k.api('GET', `/tickets?requesterId=${otherCustomer}`))).toEqual(of('a4'));
    expect(numbers(await k.api('GET', `/tickets?departmentId=${k.deptB}`))).toEqual(of('b2', 'b1'));
    expect(numbers(await k.api('GET', `/tickets?teamId=${k.teamA}`))).toEqual(of('a3'));
    expect(numbers(await k.api('GET', '/tickets?assigneeId=me', undefined, k.agentB))).toEqual(of('b2', 'a3'));
    expect(numbers(await k.api('GET', `/tickets?number=${t.b1.number}`))).toEqual(of('b1'));
    // Filters never widen the scope: agent A asking for department B sees nothing.
    expect(numbers(await k.api('GET', `/tickets?departmentId=${k.deptB}`, undefined, k.agentA))).toEqual([]);
  });

  it('filters by creation time (from inclusive, to exclusive)', async () => {
    const res = await k.api('GET', `/tickets?createdFrom=${encodeURIComponent(t.a2.createdAt)}&createdTo=${encodeURIComponent(t.b1.createdAt)}&sort=createdAt`);
    expect(numbers(res)).toEqual(of('a2', 'a3', 'a4'));
  });

  it('pages with a cursor without losing or repeating a ticket', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await k.api('GET', `/tickets?limit=3${cursor ? `&cursor=${cursor}` : ''}`, undefined, k.supervisor);
      expect(res.statusCode).toBe(200);
      seen.push(...numbers(res));
      cursor = res.json().nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(of('a4', 'u1', 'b2', 'b1', 'a3', 'a2', 'a1'));
  });

  it('refuses a forged cursor with 400 invalid_cursor', async () => {
    const forged = Buffer.from(JSON.stringify({ k: 'yesterday', id: 'x' })).toString('base64url');
    expect((await k.api('GET', `/tickets?cursor=${forged}`)).json()).toMatchObject({ status: 400, code: 'invalid_cursor' });
  });

  it('carries each row’s requester summary, masked', async () => {
    const row = (await k.api('GET', `/tickets?number=${t.a4.number}`, undefined, k.agentA)).json().items[0];
    expect(row.requester).toMatchObject({ id: otherCustomer, displayName: '路人甲', realName: '张*', masked: true });
    expect(row).not.toHaveProperty('description');
  });
});

describe('view counts', () => {
  it('counts mine, unassigned, every status and unsolved per department in one answer', async () => {
    const views = (await k.api('GET', '/tickets/views', undefined, k.agentB)).json();
    expect(views).toEqual({
      mineOpen: 2,
      unassigned: 1,
      byStatus: { new: 1, open: 2, pending_customer: 0, on_hold: 0, resolved: 0, closed: 0 },
      byDepartment: expect.arrayContaining([
        { departmentId: k.deptB, unsolved: 2 },
        { departmentId: k.deptA, unsolved: 1 },
      ]),
    });
    expect(views.byDepartment).toHaveLength(2);
  });

  it('counts everything for a supervisor, unrouted tickets included', async () => {
    const views = (await k.api('GET', '/tickets/views', undefined, k.supervisor)).json();
    expect(views).toMatchObject({ mineOpen: 0, unassigned: 3, byStatus: { new: 3, open: 3, pending_customer: 0, resolved: 1, closed: 0 } });
    expect(views.byDepartment).toEqual(expect.arrayContaining([{ departmentId: null, unsolved: 1 }, { departmentId: k.deptA, unsolved: 3 }]));
  });

  it('counts nothing as mine for an API key', async () => {
    const key = await createApiKey(k.t, ['tickets:read', 'tickets:read_all']);
    expect((await k.api('GET', '/tickets/views', undefined, key.headers)).json()).toMatchObject({ mineOpen: 0, unassigned: 3 });
  });
});

describe('bulk update', () => {
  it('changes each ticket it can and reports the others with their code', async () => {
    const closed = await k.ticket({ departmentId: k.deptA });
    await k.api('PATCH', `/tickets/${closed.id}`, { status: 'resolved' });
    await k.api('PATCH', `/tickets/${closed.id}`, { status: 'closed' });
    const missing = '0190f000-0000-7000-8000-000000000000';
    const res = await k.api(
      'POST',
      '/tickets/bulk',
      { ids: [t.a1.id, t.b1.id, closed.id, missing, t.a2.id], changes: { priority: 'high', addTags: ['bulk'], removeTags: ['vip'] } },
      k.agentA,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().results).toEqual([
      { id: t.a1.id, ok: true, changed: ['priority', 'tags'] },
      { id: t.b1.id, ok: false, code: 'ticket_not_found', detail: expect.any(String) },
      { id: closed.id, ok: false, code: 'ticket_closed', detail: expect.any(String) },
      { id: missing, ok: false, code: 'ticket_not_found', detail: expect.any(String) },
      { id: t.a2.id, ok: true, changed: ['priority', 'tags'] },
    ]);
    expect((await k.api('GET', `/tickets/${t.a1.id}`)).json()).toMatchObject({ priority: 'high', tags: ['bulk'] });
    // The department-B ticket was left alone.
    expect((await k.api('GET', `/tickets/${t.b1.id}`)).json()).toMatchObject({ priority: 'normal', tags: ['vip', 'refund'] });
  });

  it('reports a refused status move per ticket', async () => {
    const res = await k.api('POST', '/tickets/bulk', { ids: [t.a4.id, t.a3.id], changes: { status: 'closed' } });
    expect(res.json().results).toEqual([
      { id: t.a4.id, ok: true, changed: ['status'] },
      { id: t.a3.id, ok: false, code: 'ticket_invalid_transition', detail: 'A open ticket cannot move to closed' },
    ]);
  });

  it('takes at most 100 ids and needs a change', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `0190f000-0000-7000-8000-${String(i).padStart(12, '0')}`);
    expect((await k.api('POST', '/tickets/bulk', { ids, changes: { priority: 'low' } })).json().code).toBe('validation_failed');
    expect((await k.api('POST', '/tickets/bulk', { ids: [t.a1.id], changes: {} })).json().code).toBe('validation_failed');
  });
});
