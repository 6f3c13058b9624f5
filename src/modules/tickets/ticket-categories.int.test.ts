import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketsKit, type TicketsKit } from './tickets.test-kit';

let k: TicketsKit;
beforeAll(async () => {
  k = await ticketsKit();
});
afterAll(async () => k.t.close());

const list = async () => (await k.api('GET', '/ticket-categories', undefined, k.agentA)).json().items;

describe('ticket categories', () => {
  it('comes with the default categories, readable by agents', async () => {
    const items = await list();
    expect(items.map((c: any) => c.code)).toEqual(['account_security', 'recharge_payment', 'technical', 'game_content', 'player_report', 'complaint', 'suggestion', 'other']);
    expect(items[0]).toMatchObject({ nameZh: '账号与安全', nameEn: 'Account & security', parentId: null, depth: 0, active: true });
  });

  it('nests categories and lists children under their parent', async () => {
    const account = (await list())[0];
    const res = await k.api('POST', '/ticket-categories', { code: 'stolen_account', parentId: account.id, nameZh: '账号被盗', nameEn: 'Stolen account', sort: 1 });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ parentId: account.id, depth: 1 });
    const codes = (await list()).map((c: any) => c.code);
    expect(codes.slice(0, 3)).toEqual(['account_security', 'stolen_account', 'recharge_payment']);
    const audit = (await k.api('GET', `/audit?action=ticket_category.created&targetId=${res.json().id}`)).json().items;
    expect(audit).toHaveLength(1);
  });

  it('refuses a taken code, an unknown parent, and a parent under the category itself', async () => {
    const [account] = await list();
    const child = (await list()).find((c: any) => c.code === 'stolen_account');
    expect((await k.api('POST', '/ticket-categories', { code: 'other', nameZh: '其他', nameEn: 'Other' })).json()).toMatchObject({ status: 409, code: 'ticket_category_code_taken' });
    expect((await k.api('POST', '/ticket-categories', { code: 'x1', nameZh: 'x', nameEn: 'x', parentId: '0190f000-0000-7000-8000-000000000000' })).json().code).toBe('invalid_ticket_category_parent');
    expect((await k.api('PATCH', `/ticket-categories/${account.id}`, { parentId: child.id })).json()).toMatchObject({ status: 400, code: 'invalid_ticket_category_parent' });
    expect((await k.api('PATCH', `/ticket-categories/${account.id}`, { parentId: account.id })).json().code).toBe('invalid_ticket_category_parent');
  });

  it('filters a ticket list by a parent category, its children included', async () => {
    const [account] = await list();
    const child = (await list()).find((c: any) => c.code === 'stolen_account');
    const ticket = await k.ticket({ categoryId: child.id });
    const res = (await k.api('GET', `/tickets?categoryId=${account.id}`)).json();
    expect(res.items.map((i: any) => i.id)).toEqual([ticket.id]);
  });

  it('refuses deleting a category in use (tickets or children), deletes an unused one', async () => {
    const [account] = await list();
    const child = (await list()).find((c: any) => c.code === 'stolen_account');
    expect((await k.api('DELETE', `/ticket-categories/${account.id}`)).json()).toMatchObject({ status: 409, code: 'ticket_category_in_use', children: 1 });
    expect((await k.api('DELETE', `/ticket-categories/${child.id}`)).json()).toMatchObject({ status: 409, code: 'ticket_category_in_use', tickets: 1 });
    const spare = (await k.api('POST', '/ticket-categories', { code: 'spare', nameZh: '备用', nameEn: 'Spare' })).json();
    expect((await k.api('DELETE', `/ticket-categories/${spare.id}`)).statusCode).toBe(204);
    expect((await list()).some((c: any) => c.code === 'spare')).toBe(false);
    expect((await k.api('DELETE', `/ticket-categories/${spare.id}`)).json().code).toBe('ticket_category_not_found');
  });

  it('deactivates instead: the category stays on its tickets but new tickets cannot use it', async () => {
    const child = (await list()).find((c: any) => c.code === 'stolen_account');
    const res = await k.api('PATCH', `/ticket-categories/${child.id}`, { active: false, nameEn: 'Stolen account (old)' });
    expect(res.json()).toMatchObject({ active: false, nameEn: 'Stolen account (old)' });
    const refused = await k.api('POST', '/tickets', { subject: 'x', channel: 'web', requesterId: k.customerId, categoryId: child.id });
    expect(refused.json()).toMatchObject({ status: 400, code: 'invalid_ticket_category' });
    const active = (await k.api('GET', '/ticket-categories?active=true')).json().items;
    expect(active.some((c: any) => c.id === child.id)).toBe(false);
  });

  it('needs tickets:manage to change categories', async () => {
    const res = await k.api('POST', '/ticket-categories', { code: 'agent_made', nameZh: 'x', nameEn: 'x' }, k.agentA);
    expect(res.json()).toMatchObject({ status: 403, code: 'forbidden' });
  });
});
