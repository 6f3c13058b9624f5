import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketsKit, type TicketsKit } from '../tickets.test-kit';
import { routingApi } from './routing.test-kit';

// Routing rules over the API: validation, order, and what they do to a new ticket.

let k: TicketsKit;
let api: ReturnType<typeof routingApi>;
beforeAll(async () => {
  k = await ticketsKit();
  api = routingApi(k);
});
afterAll(() => k.t.close());

const rule = async (body: Record<string, unknown>) => {
  const res = await api('POST', '/ticket-routing-rules', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};
const newTicket = async (body: Record<string, unknown>) => {
  const res = await api('POST', '/tickets', { channel: 'in_game', requesterId: k.customerId, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};
const notes = async (ticketId: string) => (await api('GET', `/tickets/${ticketId}/messages`)).json().items.filter((m: any) => m.kind === 'system');

describe('routing rule management', () => {
  it.each([
    ['an unknown department', { actions: { departmentId: '01930000-0000-7000-8000-00000000dead' } }, 'invalid_routing_department'],
    ['an unknown team', { actions: { teamId: '01930000-0000-7000-8000-00000000dead' } }, 'invalid_routing_team'],
    ['an unknown category', { conditions: { categoryIds: ['01930000-0000-7000-8000-00000000dead'] }, actions: { priority: 'high' } }, 'invalid_routing_category'],
    ['an unknown store', { conditions: { storeIds: ['01930000-0000-7000-8000-00000000dead'] }, actions: { priority: 'high' } }, 'invalid_routing_store'],
    ['no action', { actions: {} }, 'validation_failed'],
    ['an unknown condition', { conditions: { weather: 'rain' }, actions: { priority: 'high' } }, 'validation_failed'],
    ['a blank keyword', { conditions: { keywords: [' '] }, actions: { priority: 'high' } }, 'validation_failed'],
  ])('refuses %s with a stable code', async (_name, body, code) => {
    const res = await api('POST', '/ticket-routing-rules', { name: 'bad', conditions: {}, ...body });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe(code);
  });

  it('refuses a team outside the department named beside it', async () => {
    const res = await api('POST', '/ticket-routing-rules', { name: 'bad', conditions: {}, actions: { departmentId: k.deptB, teamId: k.teamA } });
    expect(res.json()).toMatchObject({ status: 400, code: 'invalid_routing_rule' });
  });

  it('creates, changes, reorders and deletes rules; only tickets:manage may', async () => {
    const a = await rule({ name: 'A', conditions: { channels: ['email'] }, actions: { priority: 'low' } });
    const b = await rule({ name: 'B', active: false, conditions: { keywords: ['外挂', '外挂'] }, actions: { addTags: ['cheat', 'cheat'] } });
    expect(b.position).toBeGreaterThan(a.position);
    expect(b.conditions.keywords).toEqual(['外挂']);
    expect(b.actions.addTags).toEqual(['cheat']);

    const patched = await api('PATCH', `/ticket-routing-rules/${b.id}`, { active: true, name: 'B2' });
    expect(patched.json()).toMatchObject({ name: 'B2', active: true, conditions: { keywords: ['外挂'] } });

    const all = (await api('GET', '/ticket-routing-rules')).json().items.map((r: any) => r.id);
    const reversed = [...all].reverse();
    const reordered = await api('PUT', '/ticket-routing-rules/order', { ids: reversed });
    expect(reordered.json().items.map((r: any) => r.id)).toEqual(reversed);
    expect((await api('PUT', '/ticket-routing-rules/order', { ids: reversed.slice(1) })).json().code).toBe('invalid_routing_order');
    expect((await api('PUT', '/ticket-routing-rules/order', { ids: [reversed[0], ...reversed.slice(0, -1)] })).json().code).toBe('invalid_routing_order');

    expect((await api('GET', '/ticket-routing-rules', undefined, k.agentA)).statusCode).toBe(403);
    expect((await api('POST', '/ticket-routing-rules', { name: 'x', conditions: {}, actions: { priority: 'low' } }, k.supervisor)).statusCode).toBe(403);

    for (const id of [a.id, b.id]) expect((await api('DELETE', `/ticket-routing-rules/${id}`)).statusCode).toBe(204);
    expect((await api('GET', `/ticket-routing-rules/${a.id}`)).json()).toMatchObject({ status: 404, code: 'routing_rule_not_found' });
    expect((await api('PATCH', `/ticket-routing-rules/${a.id}`, { name: 'gone' })).json().code).toBe('routing_rule_not_found');
  });
});

describe('routing a new ticket', () => {
  let recharge: any;
  beforeAll(async () => {
    recharge = await rule({ name: '充值问题', conditions: { keywords: ['充值', 'top-up'] }, actions: { teamId: k.teamA, priority: 'high', addTags: ['recharge'] } });
  });
  afterAll(async () => {
    await api('DELETE', `/ticket-routing-rules/${recharge.id}`);
  });

  it('sends a keyword ticket to the team, its department and priority, with tags and a note', async () => {
    const ticket = await newTicket({ subject: '充值没到账', tags: ['app'] });
    expect(ticket).toMatchObject({ departmentId: k.deptA, teamId: k.teamA, priority: 'high', tags: ['app', 'recharge'], assigneeId: null, status: 'new' });
    const [note] = await notes(ticket.id);
    expect(note.body).toContain('"充值问题"');
    expect(note.body).toContain('Team A1');
    expect(note.body).toContain('Not assigned');
    expect(note.body).toContain('分派');
  });

  it('matches keywords case-insensitively in the description', async () => {
    expect((await newTicket({ subject: 'Help', description: 'my TOP-UP failed' })).teamId).toBe(k.teamA);
  });

  it('leaves a ticket no rule matches where the caller put it, without a note', async () => {
    const ticket = await newTicket({ subject: '账号被盗' });
    expect(ticket).toMatchObject({ departmentId: null, teamId: null, priority: 'normal' });
    expect(await notes(ticket.id)).toEqual([]);
  });

  it('lets fields the caller set win over the rules', async () => {
    const ticket = await newTicket({ subject: '充值没到账', departmentId: k.deptB, priority: 'low' });
    expect(ticket).toMatchObject({ departmentId: k.deptB, teamId: null, priority: 'low', tags: ['recharge'] });
  });

  it('runs every matching rule in order, later ones overriding', async () => {
    const later = await rule({ name: 'VIP 充值', conditions: { keywords: ['充值'], vip: true }, actions: { departmentId: k.deptB, priority: 'urgent', addTags: ['vip'] } });
    try {
      const vip = await k.customer('大客户');
      await api('PATCH', `/customers/${vip}`, { tags: ['VIP'] });
      const ticket = await newTicket({ subject: '充值没到账', requesterId: vip });
      expect(ticket).toMatchObject({ departmentId: k.deptB, teamId: null, priority: 'urgent', tags: ['recharge', 'vip'] });
      // The same ticket from an ordinary customer only meets the first rule.
      expect((await newTicket({ subject: '充值没到账' })).departmentId).toBe(k.deptA);
    } finally {
      await api('DELETE', `/ticket-routing-rules/${later.id}`);
    }
  });

  it('takes the language from the requester when the ticket has none, and from custom.language when given', async () => {
    const english = await rule({ name: 'English', conditions: { languages: ['en'] }, actions: { departmentId: k.deptB } });
    try {
      const customer = await k.customer('Alex');
      expect((await api('PATCH', `/customers/${customer}`, { preferredLocale: 'en' })).statusCode).toBe(200);
      expect((await newTicket({ subject: 'Login issue', requesterId: customer })).departmentId).toBe(k.deptB);
      expect((await newTicket({ subject: 'Login issue', custom: { language: 'en-GB' } })).departmentId).toBe(k.deptB);
      expect((await newTicket({ subject: 'Login issue' })).departmentId).toBeNull();
    } finally {
      await api('DELETE', `/ticket-routing-rules/${english.id}`);
    }
  });

  it('matches a parent category for tickets in its sub-categories, and ignores inactive rules', async () => {
    const parent = (await api('POST', '/ticket-categories', { code: 'pay_parent', nameZh: '支付', nameEn: 'Payment' })).json().id;
    const child = (await api('POST', '/ticket-categories', { code: 'pay_child', nameZh: '退款', nameEn: 'Refund', parentId: parent })).json().id;
    const byCategory = await rule({ name: 'Payments', conditions: { categoryIds: [parent] }, actions: { departmentId: k.deptB } });
    try {
      expect((await newTicket({ subject: 'Refund please', categoryId: child })).departmentId).toBe(k.deptB);
      await api('PATCH', `/ticket-routing-rules/${byCategory.id}`, { active: false });
      expect((await newTicket({ subject: 'Refund please', categoryId: child })).departmentId).toBeNull();
    } finally {
      await api('DELETE', `/ticket-routing-rules/${byCategory.id}`);
    }
  });
});
