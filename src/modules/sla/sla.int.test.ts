import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../../platform/bus/events';
import { isoOrNull } from '../../platform/iso-time';
import { slaKit, type SlaKit } from './sla.test-kit';
import { inArray, sql } from 'drizzle-orm';
import { syncTicketsSla } from './sla-sync.service';
import { ticketSla } from './sla.schema';

let k: SlaKit;
const notified: EventEnvelope<'notification.created'>[] = [];

beforeAll(async () => {
  k = await slaKit();
  k.t.deps.bus.subscribe('notification.created', (e) => void notified.push(e));
});
afterAll(async () => {
  await k?.t.close();
});

const list = async (who: SlaKit['admin']) => (await k.api('GET', '/notifications', undefined, who)).json();
/** `who`'s notifications about one ticket (earlier tests' tickets breach too as the clock moves on). */
const about = async (who: SlaKit['admin'], ticketId: string) => (await list(who)).items.filter((n: { ticketId: string }) => n.ticketId === ticketId);
/** Sweeps until the tickets of earlier tests have nothing left to do at this time. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5 && (await k.sweep()).steps > 0; i++);
}

describe('SLA clocks on the seeded policies', () => {
  it('sets email targets on office hours when the ticket is created (Mon 09:00 Shanghai)', async () => {
    const ticket = await k.ticket({ channel: 'email', teamId: k.teamA });
    const row = await k.slaRow(ticket.id);
    // 24 business hours of first response: Mon 9 h + Tue 9 h + Wed 6 h → Wed 15:00; warning at 80 %.
    expect(isoOrNull(row.firstResponseDueAt)).toBe('2026-06-03T07:00:00.000Z');
    expect(isoOrNull(row.firstResponseWarnAt)).toBe('2026-06-03T02:12:00.000Z');
    // 72 business hours of resolution → the second Wednesday at 18:00.
    expect(isoOrNull(row.resolutionDueAt)).toBe('2026-06-10T10:00:00.000Z');
    expect(row.policy).toMatchObject({ channel: 'email', priority: 'normal', targets: { firstResponse: 86_400, resolution: 259_200 }, calendar: { timeZone: 'Asia/Shanghai', is24x7: false } });

    const view = await k.api('GET', `/tickets/${ticket.id}/sla`);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({ firstResponse: { state: 'running', targetS: 86_400 }, nextResponse: { state: 'none' }, escalationLevel: 0 });
    // Outside the caller's scope: the same 404 as a missing ticket.
    expect((await k.api('GET', `/tickets/${ticket.id}/sla`, undefined, k.agentB)).json()).toMatchObject({ status: 404, code: 'ticket_not_found' });
    expect((await k.api('GET', `/tickets/${ticket.id}/sla`, undefined, k.agentA)).statusCode).toBe(200);
  });

  it('pauses resolution while pending the customer and extends it by the paused business time', async () => {
    const ticket = await k.ticket({ channel: 'email', priority: 'high' });
    await k.at('2026-06-01T02:00:00Z'); // Mon 10:00
    expect((await k.api('PATCH', `/tickets/${ticket.id}`, { status: 'pending_customer' })).statusCode).toBe(200);
    const paused = await k.slaRow(ticket.id, (r) => r.pausedSince !== null);
    expect(isoOrNull(paused.pausedSince)).toBe('2026-06-01T02:00:00.000Z');
    expect((await k.api('GET', `/tickets/${ticket.id}/sla`)).json().resolution.state).toBe('paused');

    await k.at('2026-06-02T02:00:00Z'); // Tue 10:00
    expect((await k.api('PATCH', `/tickets/${ticket.id}`, { status: 'open' })).statusCode).toBe(200);
    const resumed = await k.slaRow(ticket.id, (r) => r.pausedSince === null);
    expect(resumed.pausedBusinessMs).toBe(9 * 3600_000); // Mon 10:00–18:00 and Tue 09:00–10:00
    // high: 36 business hours from Mon 09:00 → Thu 18:00, plus the 9 paused hours → Fri 18:00.
    expect(isoOrNull(resumed.resolutionDueAt)).toBe('2026-06-05T10:00:00.000Z');
  });

  it('records quality figures on resolution and counts a reopen', async () => {
    await k.at('2026-06-08T01:00:00Z'); // Mon 09:00
    const ticket = await k.ticket({ channel: 'email' });
    await k.at('2026-06-08T01:30:00Z');
    expect((await k.api('POST', `/tickets/${ticket.id}/messages`, { kind: 'public_reply', body: '您好，我们正在处理' })).statusCode).toBe(201);
    await k.slaRow(ticket.id, (r) => r.firstResponseMetAt !== null);
    await k.at('2026-06-08T03:00:00Z');
    expect((await k.api('PATCH', `/tickets/${ticket.id}`, { status: 'resolved' })).statusCode).toBe(200);
    const resolved = await k.slaRow(ticket.id, (r) => r.stoppedAt !== null);
    expect(resolved).toMatchObject({ firstResponseMs: 30 * 60_000, resolutionMs: 2 * 3600_000, resolutionBusinessMs: 2 * 3600_000, reopenCount: 0, nextCheckAt: null });
    expect((await k.api('GET', `/tickets/${ticket.id}/sla`)).json()).toMatchObject({ firstResponse: { state: 'met' }, resolution: { state: 'met' } });

    await k.at('2026-06-08T05:00:00Z');
    expect((await k.api('PATCH', `/tickets/${ticket.id}`, { status: 'open' })).statusCode).toBe(200);
    const reopened = await k.slaRow(ticket.id, (r) => r.reopenCount === 1);
    expect(reopened).toMatchObject({ stoppedAt: null, resolutionMetAt: null, resolutionMs: 2 * 3600_000 });
    expect(isoOrNull(reopened.resolutionStartAt)).toBe('2026-06-08T05:00:00.000Z');
  });
});

describe('syncing a burst of tickets', () => {
  it('derives the same clocks for several tickets in one transaction, each once, skipping unknown ids', async () => {
    const tickets = [await k.ticket({ channel: 'email' }), await k.ticket({ channel: 'forum', priority: 'high' }), await k.ticket({ channel: 'social' })];
    const before = await Promise.all(tickets.map((t) => k.slaRow(t.id)));
    const ids = tickets.map((t) => t.id);
    await k.t.deps.database.db.delete(ticketSla).where(inArray(ticketSla.ticketId, ids));
    await syncTicketsSla(k.t.deps, [ids[2]!, ids[0]!, ids[1]!, ids[0]!, '0190f000-0000-7000-8000-000000000000']);
    const rows = await k.t.deps.database.db.select({ ticketId: ticketSla.ticketId, due: ticketSla.firstResponseDueAt, resolution: ticketSla.resolutionDueAt, version: ticketSla.version, tx: sql<string>`xmin::text` }).from(ticketSla).where(inArray(ticketSla.ticketId, ids));
    expect(rows).toHaveLength(3);
    for (const [i, t] of tickets.entries()) {
      const row = rows.find((r) => r.ticketId === t.id)!;
      expect(row.due?.toISOString()).toBe(before[i]!.firstResponseDueAt?.toISOString());
      expect(row.resolution?.toISOString()).toBe(before[i]!.resolutionDueAt?.toISOString());
      expect(row.version).toBe(1);
    }
    expect(new Set(rows.map((r) => r.tx)).size).toBe(1);
  });
});

describe('warnings, breaches and escalation', () => {
  it('warns the team lead, tells the supervisor on breach and the manager a target later — once each', async () => {
    await k.at('2026-06-09T12:00:00Z'); // chat is 24x7: 30 s first response, warning at 24 s
    await settle();
    const ticket = await k.ticket({ channel: 'chat', teamId: k.teamA });
    await k.slaRow(ticket.id);
    const before = notified.length;

    k.clock.advance(23_000);
    expect((await k.sweep()).steps).toBe(0);
    k.clock.advance(1_000);
    expect(await k.sweep()).toMatchObject({ steps: 1, notified: 1, emails: { sent: 1 } });
    expect(await k.sweep()).toMatchObject({ steps: 0, notified: 0, emails: { sent: 0 } });
    expect(await about(k.teamLead, ticket.id)).toMatchObject([{ kind: 'sla.warning', title: `Ticket #${ticket.number}: first response due soon`, readAt: null }]);
    expect(k.mails.at(-1)).toMatchObject({ to: k.teamLead.user.email, subject: `Ticket #${ticket.number}: first response due soon` });

    k.clock.advance(6_000);
    expect(await k.sweep()).toMatchObject({ steps: 1, notified: 1 });
    expect((await k.sweep()).steps).toBe(0);
    expect(await about(k.deptSupervisor, ticket.id)).toMatchObject([{ kind: 'sla.breach', title: `工单 #${ticket.number} 首次响应已超时` }]);
    expect(await about(k.supervisor, ticket.id)).toEqual([]); // no department: not this ticket's supervisor
    expect(await about(k.teamLead, ticket.id)).toHaveLength(1);

    k.clock.advance(29_000);
    expect((await k.sweep()).steps).toBe(0);
    k.clock.advance(1_000);
    expect(await k.sweep()).toMatchObject({ steps: 1, notified: 1 });
    expect(await k.sweep()).toMatchObject({ steps: 0, notified: 0 });
    expect(await about(k.manager, ticket.id)).toMatchObject([{ kind: 'sla.escalation' }]);

    const sla = (await k.api('GET', `/tickets/${ticket.id}/sla`)).json();
    expect(sla).toMatchObject({ escalationLevel: 3, firstResponse: { state: 'breached' } });
    expect(sla.firstResponse.warnedAt).not.toBeNull();
    expect(notified.slice(before).map((e) => [e.payload.kind, e.payload.userId])).toEqual([
      ['sla.warning', k.teamLead.user.id],
      ['sla.breach', k.deptSupervisor.user.id],
      ['sla.escalation', k.manager.user.id],
    ]);
  });

  it('lets a user read only their own notifications', async () => {
    const { unread } = await list(k.teamLead);
    const [n] = (await list(k.teamLead)).items;
    expect((await k.api('POST', `/notifications/${n.id}/read`, undefined, k.manager)).json()).toMatchObject({ status: 404, code: 'notification_not_found' });
    const read = await k.api('POST', `/notifications/${n.id}/read`, undefined, k.teamLead);
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).toBe(k.clock.now().toISOString());
    expect(await list(k.teamLead)).toMatchObject({ unread: unread - 1 });
    const unreadIds = (await k.api('GET', '/notifications?unread=true', undefined, k.teamLead)).json().items.map((x: { id: string }) => x.id);
    expect(unreadIds).toHaveLength(unread - 1);
    expect(unreadIds).not.toContain(n.id);
  });

  it('a first response in time stops the clock: no warning', async () => {
    const ticket = await k.ticket({ channel: 'chat', teamId: k.teamA });
    await k.slaRow(ticket.id);
    k.clock.advance(10_000);
    await k.api('POST', `/tickets/${ticket.id}/messages`, { kind: 'public_reply', body: '在的，请讲' });
    await k.slaRow(ticket.id, (r) => r.firstResponseMetAt !== null);
    k.clock.advance(60_000);
    await k.sweep();
    expect(await about(k.teamLead, ticket.id)).toEqual([]);
    expect((await k.api('GET', `/tickets/${ticket.id}/sla`)).json()).toMatchObject({ firstResponse: { state: 'met' }, escalationLevel: 0 });
  });
});

describe('calendars and policies', () => {
  it('validates, refuses duplicates and keeps used calendars', async () => {
    const bad = await k.api('POST', '/sla/calendars', { name: 'Mars', timeZone: 'Mars/Olympus' });
    expect(bad.json()).toMatchObject({ status: 400, code: 'invalid_sla_calendar' });
    const badHours = await k.api('POST', '/sla/calendars', { name: 'x', timeZone: 'Asia/Shanghai', weeklyHours: [{ day: 1, open: '18:00', close: '09:00' }] });
    expect(badHours.json()).toMatchObject({ status: 400, code: 'invalid_sla_calendar' });

    const cal = await k.api('POST', '/sla/calendars', {
      name: '上海门店', timeZone: 'Asia/Shanghai', weeklyHours: [1, 2, 3, 4, 5, 6, 0].map((day) => ({ day, open: '10:00', close: '22:00' })), holidays: ['2026-10-01', '2026-10-01'],
    });
    expect(cal.statusCode, cal.body).toBe(201);
    expect(cal.json()).toMatchObject({ holidays: ['2026-10-01'], isDefault: false });

    const override = await k.api('POST', '/sla/policies', { tierCode: 'vip', firstResponseS: 3600, calendarId: cal.json().id });
    expect(override.statusCode, override.body).toBe(201);
    expect((await k.api('POST', '/sla/policies', { tierCode: 'vip', firstResponseS: 60 })).json()).toMatchObject({ status: 409, code: 'sla_policy_exists' });
    expect((await k.api('POST', '/sla/policies', { channel: 'email', firstResponseS: 60 })).json()).toMatchObject({ status: 400, code: 'invalid_sla_policy' });
    expect((await k.api('DELETE', `/sla/calendars/${cal.json().id}`)).json()).toMatchObject({ status: 409, code: 'sla_calendar_in_use' });

    const email = (await k.api('GET', '/sla/policies')).json().items.find((p: any) => p.channel === 'email' && p.priority === 'urgent' && !p.tierCode);
    expect(email).toMatchObject({ firstResponseS: 21_600, resolutionS: 64_800, warnAtPct: 80 });
    const patched = await k.api('PATCH', `/sla/policies/${email.id}`, { firstResponseS: 3_600, warnAtPct: 50 });
    expect(patched.json()).toMatchObject({ firstResponseS: 3_600, warnAtPct: 50 });

    expect((await k.api('DELETE', `/sla/policies/${override.json().id}`)).statusCode).toBe(204);
    expect((await k.api('DELETE', `/sla/calendars/${cal.json().id}`)).statusCode).toBe(204);
    expect((await k.api('GET', '/sla/policies', undefined, k.agentA)).statusCode).toBe(403);
  });
});
