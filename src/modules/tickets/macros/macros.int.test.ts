import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type SignedIn } from '../../../../test/helpers/auth';
import { ticketsKit, type TicketsKit } from '../tickets.test-kit';

let k: TicketsKit;
let manager: SignedIn;
beforeAll(async () => {
  k = await ticketsKit();
  manager = await signIn(k.t, 'manager');
});
afterAll(async () => k.t.close());

const macro = (over: Record<string, unknown> = {}) => ({ shared: false, nameZh: '退款说明', nameEn: 'Refund notes', bodyZh: '{{requester.name}}您好', bodyEn: 'Hello {{requester.name}}', ...over });
const list = async (as: SignedIn, query = '') => (await k.api('GET', `/macros${query}`, undefined, as)).json().items as any[];

describe('ticket macros', () => {
  it('comes with the four former canned replies as shared macros, in order', async () => {
    const items = await list(k.agentA);
    expect(items.map((m) => m.nameEn)).toEqual(['Greeting', 'Still checking', 'Ask for recharge details', 'Solved']);
    expect(items[0]).toMatchObject({ nameZh: '问候', shared: true, ownerId: null, active: true, actions: {} });
    expect(items[0].bodyEn).toContain('{{requester.name}}');
  });

  it('lets an agent keep personal macros that nobody else sees', async () => {
    const res = await k.api('POST', '/macros', macro({ actions: { status: 'pending_customer', addTags: ['refund'] }, position: 5 }), k.agentA);
    expect(res.statusCode, res.body).toBe(201);
    const mine = res.json();
    expect(mine).toMatchObject({ shared: false, ownerId: expect.any(String), actions: { status: 'pending_customer', addTags: ['refund'] } });
    expect((await list(k.agentA)).map((m) => m.id)).toContain(mine.id);
    expect((await list(k.agentA)).at(-1).id).toBe(mine.id);
    expect((await list(k.agentB)).map((m) => m.id)).not.toContain(mine.id);
    expect((await list(k.admin)).map((m) => m.id)).not.toContain(mine.id);

    // Another agent, even an admin, cannot reach it: a 404 like a missing one.
    expect((await k.api('PATCH', `/macros/${mine.id}`, { nameEn: 'Taken' }, k.agentB)).json()).toMatchObject({ status: 404, code: 'macro_not_found' });
    expect((await k.api('DELETE', `/macros/${mine.id}`, undefined, k.admin)).json().code).toBe('macro_not_found');

    const changed = await k.api('PATCH', `/macros/${mine.id}`, { nameEn: ' Refund steps ', active: false }, k.agentA);
    expect(changed.json()).toMatchObject({ nameEn: 'Refund steps', active: false });
    expect((await list(k.agentA, '?active=true')).map((m) => m.id)).not.toContain(mine.id);
    expect((await list(k.agentA, '?active=false')).map((m) => m.id)).toEqual([mine.id]);
    expect((await k.api('DELETE', `/macros/${mine.id}`, undefined, k.agentA)).statusCode).toBe(204);
    expect((await list(k.agentA)).map((m) => m.id)).not.toContain(mine.id);
  });

  it('keeps shared macros to tickets:manage, and audits the changes', async () => {
    expect((await k.api('POST', '/macros', macro({ shared: true }), k.agentA)).json()).toMatchObject({ status: 403, code: 'macro_forbidden' });
    const [greeting] = await list(k.agentA);
    expect((await k.api('PATCH', `/macros/${greeting.id}`, { nameEn: 'Hi' }, k.agentA)).json().code).toBe('macro_forbidden');
    expect((await k.api('DELETE', `/macros/${greeting.id}`, undefined, k.supervisor)).json().code).toBe('macro_forbidden');

    const res = await k.api('POST', '/macros', macro({ shared: true, nameEn: 'Maintenance', bodyEn: 'Servers are down for maintenance, ticket #{{ticket.number}}.' }), manager);
    expect(res.statusCode, res.body).toBe(201);
    const shared = res.json();
    expect(shared).toMatchObject({ shared: true, ownerId: null });
    expect((await list(k.agentB)).map((m) => m.id)).toContain(shared.id);
    expect((await k.api('PATCH', `/macros/${shared.id}`, { position: -1 }, manager)).json().position).toBe(-1);
    expect((await list(k.agentB))[0].id).toBe(shared.id);

    const audit = (await k.api('GET', `/audit?targetId=${shared.id}`)).json().items.map((a: any) => a.action).sort();
    expect(audit).toEqual(['ticket_macro.created', 'ticket_macro.updated']);
    expect((await k.api('DELETE', `/macros/${shared.id}`, undefined, manager)).statusCode).toBe(204);
    expect((await k.api('GET', `/audit?action=ticket_macro.deleted&targetId=${shared.id}`)).json().items).toHaveLength(1);
  });

  it('answers 400 for unknown variables, blank names, bad actions and unknown fields', async () => {
    const unknown = (await k.api('POST', '/macros', macro({ bodyEn: 'Your order {{order.id}}' }), k.agentA)).json();
    expect(unknown).toMatchObject({ status: 400, code: 'invalid_macro_variable', variables: ['order.id'] });
    expect((await k.api('POST', '/macros', macro({ nameEn: '   ' }), k.agentA)).json()).toMatchObject({ status: 400, code: 'validation_failed' });
    expect((await k.api('POST', '/macros', macro({ actions: { status: 'closed' } }), k.agentA)).json().code).toBe('validation_failed');
    expect((await k.api('POST', '/macros', macro({ ownerId: k.agentB.user.id }), k.agentA)).json().code).toBe('validation_failed');
    const [greeting] = await list(k.agentA);
    expect((await k.api('PATCH', `/macros/${greeting.id}`, { bodyZh: '{{ticket.secret}}' }, manager)).json().code).toBe('invalid_macro_variable');
    expect((await k.api('PATCH', '/macros/not-a-uuid', { nameEn: 'x' }, manager)).json().code).toBe('validation_failed');
    expect((await k.api('PATCH', '/macros/0190f000-0000-7000-8000-000000000000', { nameEn: 'x' }, manager)).json().code).toBe('macro_not_found');
  });

  it('needs tickets:read to list and tickets:write to change', async () => {
    const analyst = await signIn(k.t, 'analyst');
    expect((await k.api('GET', '/macros', undefined, analyst)).json()).toMatchObject({ status: 403, code: 'forbidden' });
    expect((await k.api('POST', '/macros', macro(), analyst)).statusCode).toBe(403);
  });
});
