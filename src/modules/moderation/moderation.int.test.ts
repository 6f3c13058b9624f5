import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type SignedIn } from '../../../test/helpers/auth';
import { webhookReceiver } from '../../../test/helpers/webhook-receiver';
import { verifySignature } from '../../platform/webhooks/signature';
import { deliverDue } from '../../platform/webhooks/webhooks.service';
import { ticketsKit, type TicketsKit } from '../tickets/tickets.test-kit';

let k: TicketsKit;
let moderator: SignedIn;
let admin: SignedIn;
let reporter: string;
let cheater: string;
let secret: string;
let violations: string;
let storeA: string;
let receiver: Awaited<ReturnType<typeof webhookReceiver>>;
const hooks = () => receiver.received;

beforeAll(async () => {
  k = await ticketsKit('2026-12-04T10:00:00Z');
  receiver = await webhookReceiver(() => 204);
  const url = receiver.url;
  secret = (await k.api('POST', '/webhook-endpoints', { name: 'Game', url, events: ['sanction.applied', 'sanction.revoked'] })).json().secret;
  violations = (await k.api('POST', '/departments', { code: 'violations', name: '游戏违规处理' })).json().id;
  moderator = await signIn(k.t, 'team_lead', { departmentId: violations });
  const player = async (name: string, account: string) =>
    (await k.api('POST', '/customers', { displayName: name, identities: [{ type: 'game_account', value: account }] })).json().id as string;
  reporter = await player('正义玩家', 'acc-reporter');
  cheater = await player('挂哥', 'acc-cheater');
});
afterAll(async () => {
  await k.t.close();
  await receiver.close();
});

const report = (body: Record<string, unknown> = {}) =>
  k.api('POST', '/player-reports', { reporterAccount: 'acc-reporter', reportedAccount: 'acc-cheater', type: 'cheating', description: '对局中透视自瞄', evidence: ['https://img.example.com/1.png'], ...body });

describe('player reports and sanctions', () => {
  let first: { id: string; ticketId: string };

  it('files a report as a ticket for the violations department, on its queue only', async () => {
    const res = await report();
    expect(res.statusCode, res.body).toBe(201);
    first = res.json();
    expect(res.json()).toMatchObject({ reporterId: reporter, reportedCustomerId: cheater, reportedOffences: 0, status: 'open', type: 'cheating' });
    const ticket = (await k.api('GET', `/tickets/${first.ticketId}`, undefined, moderator)).json();
    expect(ticket).toMatchObject({ channel: 'in_game', categoryId: '01930000-0000-7000-8000-0000000000c5' });
    expect(ticket.description).toContain('https://img.example.com/1.png');
    expect((await k.api('GET', '/player-reports', undefined, moderator)).json().items.map((r: { id: string }) => r.id)).toEqual([first.id]);
    expect((await k.api('GET', '/player-reports', undefined, k.agentA)).json().items).toEqual([]);
  });

  it('refuses an unknown reporter and bad terms', async () => {
    expect((await report({ reporterAccount: 'nobody' })).json().code).toBe('invalid_reporter');
    expect((await k.api('POST', `/player-reports/${first.id}/decision`, { action: 'mute', reason: 'x' }, moderator)).json().code).toBe('invalid_sanction_terms');
    expect((await k.api('POST', `/player-reports/${first.id}/decision`, { action: 'ban', days: 7, reason: 'x' }, k.agentA)).statusCode).toBe(403);
  });

  it('a ban goes on the profile and to the game signed; the reporter hears the outcome only', async () => {
    const res = await k.api('POST', `/player-reports/${first.id}/decision`, { action: 'ban', days: 7, reason: '使用外挂' }, moderator);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().report).toMatchObject({ status: 'actioned', reportedOffences: 1 });
    expect(res.json().sanction).toMatchObject({ kind: 'ban', customerId: cheater, gameAccount: 'acc-cheater', endsAt: '2026-12-11T10:00:00.000Z', inForce: true });
    expect((await k.api('POST', `/player-reports/${first.id}/decision`, { action: 'warn', reason: 'again' }, moderator)).json().code).toBe('player_report_decided');

    const messages = (await k.api('GET', `/tickets/${first.ticketId}/messages`, undefined, moderator)).json().items;
    // Staff replies only (the resolution also invites the reporter to rate the service).
    const told = messages.filter((m: { kind: string; authorType: string }) => m.kind === 'public_reply' && m.authorType === 'user');
    expect(told).toHaveLength(1);
    expect(told[0].body).toContain('acted under the game rules');
    expect(told[0].body).not.toMatch(/ban|封禁|7/);
    expect((await k.api('GET', `/tickets/${first.ticketId}`, undefined, moderator)).json().status).toBe('resolved');

    expect((await deliverDue(k.t.deps)).delivered).toBe(1);
    const hook = hooks().at(-1)!;
    expect(verifySignature(secret, hook.body, hook.headers['x-guildhall-signature'] as string, k.clock.now())).toEqual({ ok: true });
    expect(JSON.parse(hook.body)).toMatchObject({ event: 'sanction.applied', data: { gameAccount: 'acc-cheater', kind: 'ban', endsAt: '2026-12-11T10:00:00.000Z', offences: 1 } });
  });

  it('a repeat report shows the earlier offence; a dismissal sanctions nothing', async () => {
    const second = (await report({ type: 'abusive_chat', description: '骂人' })).json();
    expect(second.reportedOffences).toBe(1);
    const res = await k.api('POST', `/player-reports/${second.id}/decision`, { action: 'dismiss', reason: '证据不足' }, moderator);
    expect(res.json()).toMatchObject({ report: { status: 'dismissed' }, sanction: null });
    const reply = (await k.api('GET', `/tickets/${second.ticketId}/messages`, undefined, moderator)).json().items.find((m: { kind: string; authorType: string }) => m.kind === 'public_reply' && m.authorType === 'user');
    expect(reply.body).toContain('found no breach');
    expect(await deliverDue(k.t.deps)).toEqual({ delivered: 0, retried: 0, failed: 0 });
  });

  it("the profile counts sanctions; a ban's end lifts it", async () => {
    const res = await k.api('GET', `/customers/${cheater}/sanctions`, undefined, k.agentA);
    expect(res.statusCode, res.body).toBe(200);
    const sanctions = res.json();
    expect(sanctions.summary).toMatchObject({ bans: 1, warnings: 0, offences: 1 });
    expect(sanctions.summary.inForce).toHaveLength(1);
    k.clock.advance(8 * 24 * 3_600_000);
    admin = await signIn(k.t, 'admin'); // sessions signed in a week ago have expired
    expect((await k.api('GET', `/customers/${cheater}/sanctions`, undefined, admin)).json().summary.inForce).toEqual([]);
  });

  it('cafe staff warn or ban at their own store only; a sanction is revoked once', async () => {
    storeA = (await k.api('POST', '/stores', { code: 'MOD-A', name: 'Store A' }, admin)).json().id;
    const storeB = (await k.api('POST', '/stores', { code: 'MOD-B', name: 'Store B' }, admin)).json().id;
    const manager = await signIn(k.t, 'store_manager', { storeId: storeA });
    const other = await k.api('POST', `/customers/${cheater}/sanctions`, { kind: 'warning', reason: '吸烟', storeId: storeB }, manager);
    expect(other.json().code).toBe('store_scope');
    expect((await k.api('POST', `/customers/${cheater}/sanctions`, { kind: 'warning', hours: 2, reason: '吸烟' }, manager)).json().code).toBe('invalid_sanction_terms');
    const warned = await k.api('POST', `/customers/${cheater}/sanctions`, { kind: 'warning', reason: '在店内吸烟' }, manager);
    expect(warned.statusCode, warned.body).toBe(201);
    expect(warned.json()).toMatchObject({ kind: 'warning', storeId: storeA, endsAt: null, inForce: false });
    const id = warned.json().id;
    expect((await k.api('POST', `/sanctions/${id}/revoke`, { reason: '误判' }, manager)).json().revokeReason).toBe('误判');
    expect((await k.api('POST', `/sanctions/${id}/revoke`, { reason: 'again' }, manager)).json().code).toBe('sanction_revoked');
    expect((await k.api('GET', `/customers/${cheater}/sanctions`, undefined, admin)).json().summary).toMatchObject({ warnings: 0, offences: 1 });
    await deliverDue(k.t.deps);
    expect(hooks().map((h) => h.headers['x-guildhall-event']).sort()).toEqual(['sanction.applied', 'sanction.applied', 'sanction.revoked']);
  });
});

describe('reading one report and listing sanctions', () => {
  let mod: SignedIn;
  let ghostReport: { id: string; ticketId: string; ticketNumber: number };
  let muteId: string;
  let storeBanId: string;
  type Listed = { items: { id: string; kind: string; inForce: boolean; storeId: string | null }[]; nextCursor: string | null; counts: Record<string, number> };
  const sanctionsList = async (query: string, as: SignedIn = mod): Promise<Listed> => {
    const res = await k.api('GET', `/sanctions${query}`, undefined, as);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    // Sessions from the first tests expired a week ago (the clock moved on).
    mod = await signIn(k.t, 'team_lead', { departmentId: violations });
    // A minute between sanctions: the list is newest first (ids only break ties of the same instant).
    k.clock.advance(60_000);
    ghostReport = (await k.api('POST', '/player-reports', { reporterAccount: 'acc-reporter', reportedAccount: 'acc-ghost', type: 'abusive_chat', description: '刷屏辱骂' }, admin)).json();
    const decided = await k.api('POST', `/player-reports/${ghostReport.id}/decision`, { action: 'mute', hours: 24, reason: '辱骂' }, mod);
    expect(decided.statusCode, decided.body).toBe(200);
    muteId = decided.json().sanction.id;
    k.clock.advance(60_000);
    const regular = (await k.api('POST', '/customers', { displayName: '常客', identities: [{ type: 'game_account', value: 'acc-regular' }] }, admin)).json().id;
    storeBanId = (await k.api('POST', `/customers/${regular}/sanctions`, { kind: 'ban', days: 3, storeId: storeA, reason: '损坏设备' }, admin)).json().id;
  });

  it('opens one report of the queue; another department answers 404 like a missing one', async () => {
    const res = await k.api('GET', `/player-reports/${ghostReport.id}`, undefined, mod);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: ghostReport.id, ticketNumber: ghostReport.ticketNumber, reportedAccount: 'acc-ghost', reportedCustomerId: null, reportedOffences: 1, status: 'actioned', sanctionId: muteId });
    const agent = await signIn(k.t, 'agent', { departmentId: k.deptA });
    expect((await k.api('GET', `/player-reports/${ghostReport.id}`, undefined, agent)).json()).toMatchObject({ status: 404, code: 'player_report_not_found' });
    expect((await k.api('GET', '/player-reports/01930000-0000-7000-8000-00000000dead', undefined, mod)).json()).toMatchObject({ status: 404, code: 'player_report_not_found' });
    expect((await k.api('GET', '/player-reports/nope', undefined, mod)).json()).toMatchObject({ status: 400, code: 'validation_failed' });
    const staff = await signIn(k.t, 'store_staff', { storeId: storeA });
    expect((await k.api('GET', `/player-reports/${ghostReport.id}`, undefined, staff)).json()).toMatchObject({ status: 403, code: 'forbidden' });
  });

  it('lists the sanctions of an account on no profile, and of a profile under both names', async () => {
    const ghost = await sanctionsList('?gameAccount=acc-ghost');
    expect(ghost.items.map((s) => s.id)).toEqual([muteId]);
    expect(ghost.counts).toEqual({ warnings: 0, mutes: 1, bans: 0, inForce: 1 });
    const cheaterOnly = await sanctionsList(`?customerId=${cheater}`);
    expect(cheaterOnly.items.map((s) => s.kind)).toEqual(['warning', 'ban']); // newest first
    expect(cheaterOnly.counts).toEqual({ warnings: 0, mutes: 0, bans: 1, inForce: 0 }); // the warning was revoked, the ban ended
    expect((await sanctionsList(`?customerId=${cheater}&gameAccount=acc-ghost`)).items.map((s) => s.kind)).toEqual(['mute', 'warning', 'ban']);
    expect((await sanctionsList('?gameAccount=acc-nobody')).items).toEqual([]);
  });

  it("lists a cafe's house-rule sanctions, and those in force", async () => {
    const store = await sanctionsList(`?storeId=${storeA}`);
    expect(store.items.map((s) => s.id)).toEqual([storeBanId, expect.any(String)]);
    expect(store.items.every((s) => s.storeId === storeA)).toBe(true);
    expect((await sanctionsList(`?storeId=${storeA}&active=true`)).items.map((s) => s.id)).toEqual([storeBanId]);
    const inForce = await sanctionsList('?active=true');
    expect(inForce.items.map((s) => s.id)).toEqual([storeBanId, muteId]);
    expect(inForce.counts.inForce).toBe(2);
    const rest = await sanctionsList('?active=false');
    expect(rest.items.every((s) => !s.inForce)).toBe(true);
    expect(rest.items).toHaveLength(2);
  });

  it('pages newest first with a cursor', async () => {
    const all = (await sanctionsList('')).items.map((s) => s.id);
    expect(all).toHaveLength(4);
    const seen: string[] = [];
    let cursor: string | null = '';
    do {
      const page: Listed = await sanctionsList(`?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items).toHaveLength(1);
      expect(page.counts.inForce).toBe(2); // counts cover every match, not the page
      seen.push(page.items[0]!.id);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('refuses callers without ticket access and bad filters with stable codes', async () => {
    const manager = await signIn(k.t, 'store_manager', { storeId: storeA });
    expect((await k.api('GET', `/sanctions?storeId=${storeA}`, undefined, manager)).json()).toMatchObject({ status: 403, code: 'forbidden' });
    expect((await k.api('GET', '/sanctions?customerId=nope', undefined, mod)).json()).toMatchObject({ status: 400, code: 'validation_failed' });
    expect((await k.api('GET', '/sanctions?account=acc-ghost', undefined, mod)).json()).toMatchObject({ status: 400, code: 'validation_failed' });
    expect((await k.api('GET', '/sanctions?active=maybe', undefined, mod)).json()).toMatchObject({ status: 400, code: 'validation_failed' });
    expect((await k.api('GET', '/sanctions?cursor=bm9wZQ', undefined, mod)).json()).toMatchObject({ status: 400, code: 'invalid_cursor' });
  });
});
