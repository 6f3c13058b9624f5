import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/helpers/auth';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { FakeClock } from '../../platform/clock';
import { seedMember, seedVenue } from './venues.test-kit';

const clock = new FakeClock('2026-01-05T02:00:00Z');
let t: TestApp;
let admin: Record<string, string>;
let staff: Record<string, string>;
let manager: Record<string, string>;
let otherStaff: Record<string, string>;
let venue: Awaited<ReturnType<typeof seedVenue>>;

beforeAll(async () => {
  t = await createTestApp({ clock });
  venue = await seedVenue(t.deps, { seats: 4 });
  const other = await seedVenue(t.deps);
  admin = (await signIn(t, 'admin')).headers;
  staff = (await signIn(t, 'store_staff', { storeId: venue.storeId })).headers;
  manager = (await signIn(t, 'store_manager', { storeId: venue.storeId })).headers;
  otherStaff = (await signIn(t, 'store_staff', { storeId: other.storeId })).headers;
});
afterAll(async () => t.close());

const inject = (method: 'GET' | 'POST' | 'PATCH', url: string, headers: Record<string, string>, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });

describe('seat sessions API', () => {
  it('checks a member in, moves the seat, and ends by hand charging through now', async () => {
    const customerId = await seedMember(t.deps, venue.storeId, 1000);
    const res = await inject('POST', '/sessions', staff, { seatId: venue.seatIds[0], customerId });
    expect(res.statusCode).toBe(201);
    const s = res.json();
    expect(s).toMatchObject({ seatLabel: 'A01', minutesLeft: 100, memberName: '张*' });

    const twice = await inject('POST', '/sessions', staff, { seatId: venue.seatIds[1], customerId });
    expect(twice.json().code).toBe('member_in_session');
    const taken = await inject('POST', '/sessions', staff, { seatId: venue.seatIds[0], customerId: await seedMember(t.deps, venue.storeId, 500, '李娜') });
    expect(taken.json().code).toBe('seat_occupied');

    const floor = (await inject('GET', `/stores/${venue.storeId}/floor`, staff)).json();
    expect(floor.seats.map((x: { state: string }) => x.state)).toEqual(['in_use', 'free', 'free', 'free']);

    clock.advance(3 * 60_000);
    const moved = await inject('POST', `/sessions/${s.id}/change-seat`, staff, { seatId: venue.seatIds[2] });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ seatLabel: 'A03', chargedMinutes: 3 });
    const audit = (await inject('GET', `/audit?action=session.seat_changed&targetId=${s.id}`, admin)).json();
    expect(audit.items[0].details).toMatchObject({ from: 'A01', to: 'A03' });

    clock.advance(90_000);
    const ended = await inject('POST', `/sessions/${s.id}/end`, staff);
    expect(ended.json()).toMatchObject({ status: 'ended', endReason: 'manual', chargedMinutes: 5, centsCharged: 50 });
    expect((await inject('POST', `/sessions/${s.id}/end`, staff)).json().code).toBe('session_not_active');

    const history = (await inject('GET', `/members/${customerId}/sessions`, otherStaff)).json();
    expect(history.items).toHaveLength(1);
  });

  it('keeps store staff to their own store', async () => {
    const customerId = await seedMember(t.deps, venue.storeId, 1000, 'Wang Fang');
    const res = await inject('POST', '/sessions', otherStaff, { seatId: venue.seatIds[3], customerId });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('store_scope');
    expect((await inject('GET', `/stores/${venue.storeId}/floor`, otherStaff)).json().code).toBe('store_scope');
    expect((await inject('GET', `/sessions?storeId=${venue.storeId}`, otherStaff)).json().code).toBe('store_scope');
  });

  it('refuses a member with nothing to pay with', async () => {
    const customerId = await seedMember(t.deps, venue.storeId, 0, '赵敏');
    const res = await inject('POST', '/sessions', staff, { seatId: venue.seatIds[3], customerId });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('session_no_balance');
  });

  it('lets only sessions:override holders override, with the reason in the audit log', async () => {
    const customerId = await seedMember(t.deps, venue.storeId, 100, '周杰');
    const s = (await inject('POST', '/sessions', staff, { seatId: venue.seatIds[3], customerId })).json();
    const body = { action: 'grant_minutes', minutes: 30, reason: 'PC crashed for half an hour' };
    expect((await inject('POST', `/sessions/${s.id}/override`, staff, body)).statusCode).toBe(403);
    expect((await inject('POST', `/sessions/${s.id}/override`, manager, { action: 'grant_minutes', reason: 'x' })).json().code).toBe('override_minutes_required');
    expect((await inject('POST', `/sessions/${s.id}/override`, manager, body)).statusCode).toBe(200);
    const ended = await inject('POST', `/sessions/${s.id}/override`, manager, { action: 'end_free', reason: 'goodwill' });
    expect(ended.json()).toMatchObject({ status: 'ended', endReason: 'override' });
    const audit = (await inject('GET', `/audit?action=session.override&targetId=${s.id}`, admin)).json();
    expect(audit.items.map((e: { details: { reason: string } }) => e.details.reason).sort()).toEqual(['PC crashed for half an hour', 'goodwill']);
  });

  it('books seats without overlaps and shows a booking starting soon as reserved', async () => {
    const customerId = await seedMember(t.deps, venue.storeId, 1000, '陈晨');
    const startsAt = new Date(clock.now().getTime() + 20 * 60_000).toISOString();
    const endsAt = new Date(clock.now().getTime() + 80 * 60_000).toISOString();
    const r = await inject('POST', '/reservations', staff, { seatId: venue.seatIds[1], customerId, startsAt, endsAt });
    expect(r.statusCode).toBe(201);
    expect((await inject('POST', '/reservations', staff, { seatId: venue.seatIds[1], customerId, startsAt, endsAt })).json().code).toBe('reservation_overlap');
    const floor = (await inject('GET', `/stores/${venue.storeId}/floor`, staff)).json();
    expect(floor.seats[1]).toMatchObject({ state: 'reserved', nextReservation: { id: r.json().id } });
    expect((await inject('POST', `/reservations/${r.json().id}/cancel`, staff)).json().status).toBe('cancelled');
  });
});

describe('seat-client API', () => {
  it('authenticates the seat by its own token and answers its session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/seat-client/session' })).json().code).toBe('seat_token_invalid');
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/seat-client/session', headers: { authorization: 'Bearer seat_notarealtokennotarealtoken' } });
    expect(bad.statusCode).toBe(401);
    expect((await inject('POST', `/seats/${venue.seatIds[0]}/client-token`, staff)).statusCode).toBe(403);
    const issued = await inject('POST', `/seats/${venue.seatIds[0]}/client-token`, admin);
    expect(issued.statusCode).toBe(201);
    const { token } = issued.json();
    expect(token).toMatch(/^seat_/);
    const seatHeaders = { authorization: `Bearer ${token}` };
    const idle = await t.app.inject({ method: 'GET', url: '/api/v1/seat-client/session', headers: seatHeaders });
    expect(idle.json()).toMatchObject({ seat: { label: 'A01' }, session: null });

    const customerId = await seedMember(t.deps, venue.storeId, 300, '刘洋');
    await inject('POST', '/sessions', staff, { seatId: venue.seatIds[0], customerId });
    const busy = await t.app.inject({ method: 'GET', url: '/api/v1/seat-client/session', headers: seatHeaders });
    expect(busy.json().session).toMatchObject({ memberName: '刘*', minutesLeft: 30, balances: { cashCents: 300, bonusCents: 0 } });
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const op = spec.paths['/api/v1/seat-client/session'].get;
    // The operation names its own credential type, not the staff session or API key.
    expect(op.description).toContain('Authorization: Bearer seat_');
    expect(op.security).toEqual([{ seatToken: [] }]);
    expect(spec.components.securitySchemes.seatToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    // A staff key is not a seat token.
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/seat-client/session', headers: admin })).statusCode).toBe(401);
  });
});
