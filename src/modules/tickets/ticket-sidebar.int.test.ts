import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/helpers/auth';
import { loyaltyMemberTiers } from '../loyalty/loyalty.schema';
import { checkIn } from '../venues/check-in.service';
import { chainContext, seedMember, seedVenue } from '../venues/venues.test-kit';
import { ticketsKit, type TicketsKit } from './tickets.test-kit';

let k: TicketsKit;
beforeAll(async () => {
  k = await ticketsKit('2026-06-01T10:00:00Z');
});
afterAll(async () => k.t.close());

let seq = 0;
const event = (customerId: string, type: 'recharge' | 'login', at: string, data: Record<string, unknown>) => ({
  id: `sb-${++seq}`,
  type,
  occurredAt: at,
  customer: { customerId },
  data,
});

describe('GET /tickets/:id/sidebar', () => {
  it('shows the requester masked to an agent without customers:pii, with stats, tier, last 5 recharges and logins, and other tickets', async () => {
    const ticket = await k.ticket({ subject: '充值未到账' });
    const older = await k.ticket({ subject: 'Older question' });
    const elsewhere = await k.ticket({ subject: 'In department B', departmentId: k.deptB });
    // Seven recharges and six logins: the sidebar keeps the newest five of each.
    const events = [
      ...Array.from({ length: 7 }, (_, i) => event(k.customerId, 'recharge', `2026-05-0${i + 1}T08:00:00Z`, { orderId: `o-${seq}-${i}`, amount: `${10 + i}.00`, currency: 'CNY', channel: 'alipay', status: 'paid' })),
      ...Array.from({ length: 6 }, (_, i) => event(k.customerId, 'login', `2026-05-2${i}T08:00:00Z`, { device: 'iOS', region: 'Shanghai', ip: '203.0.113.42' })),
    ];
    const ingest = await k.api('POST', '/events', { events });
    expect(ingest.json()).toMatchObject({ accepted: 13, rejected: 0 });
    const tier = await k.api('POST', '/loyalty/tiers', { code: 'gold_sb', name: '黄金会员', rank: 7, priorityService: true });
    expect(tier.statusCode, tier.body).toBe(201);
    const now = k.clock.now();
    await k.t.deps.database.db.insert(loyaltyMemberTiers).values({ customerId: k.customerId, tierId: tier.json().id, since: now, heldUntil: now, evaluatedAt: now });

    const res = await k.api('GET', `/tickets/${ticket.id}/sidebar`, undefined, k.agentA);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s.ticketId).toBe(ticket.id);
    expect(s.customer).toMatchObject({ id: k.customerId, displayName: '夜雨', realName: '张*', masked: true });
    expect(s.customer.phone).toMatch(/\*{4}/);
    expect(s.customer.email).toContain('*');
    expect(JSON.stringify(s)).not.toContain('张伟');
    expect(s.stats).toMatchObject({ rechargeCount: 7, totalSpend: '91.00', spend12m: '91.00', lastLoginAt: '2026-05-25T08:00:00.000Z' });
    expect(s.tier).toMatchObject({ code: 'gold_sb', name: '黄金会员', priorityService: true });
    expect(s.recentRecharges.map((e: any) => e.data.amount)).toEqual(['16.00', '15.00', '14.00', '13.00', '12.00']);
    expect(s.recentLogins).toHaveLength(5);
    expect(s.recentLogins[0]).toMatchObject({ type: 'login', at: '2026-05-25T08:00:00.000Z', data: { device: 'iOS', ip: '203.0.*.*' } });
    expect(JSON.stringify(s.recentLogins)).not.toContain('203.0.113.42');
    expect(s.openSessions).toEqual([]);
    // Other tickets: the requester's, without this one, only those the agent may see.
    const others = s.otherTickets.map((t: any) => t.id);
    expect(others).toContain(older.id);
    expect(others).not.toContain(ticket.id);
    expect(others).not.toContain(elsewhere.id);
  });

  it('lists active seat sessions of the requester', async () => {
    const venue = await seedVenue(k.t.deps);
    const member = await seedMember(k.t.deps, venue.storeId, 600, '王芳');
    await checkIn(k.t.deps, chainContext, { seatId: venue.seatIds[0]!, customerId: member });
    const ticket = await k.ticket({ requesterId: member });
    const s = (await k.api('GET', `/tickets/${ticket.id}/sidebar`, undefined, k.agentA)).json();
    expect(s.openSessions).toHaveLength(1);
    expect(s.openSessions[0]).toMatchObject({ storeId: venue.storeId, seatLabel: 'A01', minutesLeft: expect.any(Number) });
    expect(s.tier).toBeNull();
    expect(s.stats.rechargeCount).toBe(1);
    expect(s.sanctions).toEqual({ warnings: 0, mutes: 0, bans: 0, inForce: [] });
  });

  it("shows the requester's sanctions: counts and those in force", async () => {
    const player = await k.customer('挂哥', '13812349876');
    const ban = await k.api('POST', `/customers/${player}/sanctions`, { kind: 'ban', days: 3, reason: '外挂' });
    expect(ban.statusCode, ban.body).toBe(201);
    await k.api('POST', `/customers/${player}/sanctions`, { kind: 'warning', reason: '辱骂' });
    const ticket = await k.ticket({ requesterId: player });
    const s = (await k.api('GET', `/tickets/${ticket.id}/sidebar`, undefined, k.agentA)).json();
    expect(s.sanctions).toMatchObject({ warnings: 1, mutes: 0, bans: 1, inForce: [{ id: ban.json().id, kind: 'ban', reason: '外挂' }] });
  });

  it('answers 404 for a ticket outside the scope, like a missing one, and 403 without tickets:read', async () => {
    const ticket = await k.ticket();
    const hidden = await k.api('GET', `/tickets/${ticket.id}/sidebar`, undefined, k.agentB);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json()).toMatchObject({ code: 'ticket_not_found' });
    const missing = await k.api('GET', '/tickets/01930000-0000-7000-8000-000000000999/sidebar', undefined, k.agentB);
    expect(missing.json()).toMatchObject({ code: 'ticket_not_found' });
    expect((await k.api('GET', '/tickets/not-a-uuid/sidebar')).statusCode).toBe(400);
    const staff = await signIn(k.t, 'store_staff');
    expect((await k.api('GET', `/tickets/${ticket.id}/sidebar`, undefined, staff)).statusCode).toBe(403);
  });
});
