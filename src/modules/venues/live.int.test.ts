import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/helpers/auth';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { FakeClock } from '../../platform/clock';
import { runChargingCycle } from './charging-cycle';
import { checkIn } from './check-in.service';
import { issueSeatToken } from './setup.service';
import { chainContext, seedMember, seedVenue } from './venues.test-kit';

const clock = new FakeClock('2026-01-05T02:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(async () => t.close());

type Ws = Awaited<ReturnType<TestApp['app']['injectWS']>>;

/** Collects every JSON message a socket receives; `next(pred)` waits for the first matching one. */
function inbox(ws: Ws) {
  const messages: Record<string, unknown>[] = [];
  const waiters: { pred: (m: Record<string, unknown>) => boolean; resolve: (m: Record<string, unknown>) => void }[] = [];
  ws.on('message', (raw: unknown) => {
    const m = JSON.parse(String(raw)) as Record<string, unknown>;
    messages.push(m);
    for (const w of waiters.splice(0)) (w.pred(m) ? w.resolve(m) : waiters.push(w));
  });
  return {
    messages,
    next(pred: (m: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
      const found = messages.find(pred);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiters.push({ pred, resolve }));
    },
  };
}

describe('live channels', () => {
  it('pushes a reminder to staff subscribed to the store and to the seat client', async () => {
    const venue = await seedVenue(t.deps);
    const staff = await signIn(t, 'store_staff', { storeId: venue.storeId });
    const ws = await t.app.injectWS('/api/v1/live', { headers: { cookie: staff.headers.cookie! } });
    const box = inbox(ws);
    ws.send(JSON.stringify({ type: 'subscribe', topic: `store:${venue.storeId}` }));
    await box.next((m) => m.type === 'subscribed');
    ws.send(JSON.stringify({ type: 'subscribe', topic: 'store:00000000-0000-4000-8000-000000000000' }));
    expect(await box.next((m) => m.type === 'error')).toMatchObject({ code: 'store_scope' });

    const { token } = await issueSeatToken(t.deps, chainContext, venue.seatIds[0]!);
    // The server speaks first: listen from the moment the socket exists.
    let seatBox!: ReturnType<typeof inbox>;
    const seatWs = await t.app.injectWS('/api/v1/seat-client/live', { headers: { authorization: `Bearer ${token}` } }, { onInit: (w) => (seatBox = inbox(w as Ws)) });
    expect(await seatBox.next((m) => m.type === 'status')).toMatchObject({ status: { session: null } });

    const customerId = await seedMember(t.deps, venue.storeId, 110, '王芳');
    await checkIn(t.deps, chainContext, { seatId: venue.seatIds[0]!, customerId });
    expect(await box.next((m) => m.name === 'session.started')).toMatchObject({ payload: { seatId: venue.seatIds[0] } });
    clock.advance(60_000);
    await runChargingCycle(t.deps, clock.now());
    expect(await box.next((m) => m.name === 'session.reminder')).toMatchObject({ payload: { minutesLeft: 10 } });
    expect(await seatBox.next((m) => m.type === 'reminder')).toMatchObject({ minutesLeft: 10 });
    ws.terminate();
    seatWs.terminate();
  });

  it('refuses store topics to a role that may not see the floor', async () => {
    const venue = await seedVenue(t.deps);
    const agent = await signIn(t, 'agent');
    const ws = await t.app.injectWS('/api/v1/live', { headers: { cookie: agent.headers.cookie! } });
    const box = inbox(ws);
    ws.send(JSON.stringify({ type: 'subscribe', topic: `store:${venue.storeId}` }));
    expect(await box.next((m) => m.type === 'error' || m.type === 'subscribed')).toMatchObject({ type: 'error', code: 'forbidden' });
    const customerId = await seedMember(t.deps, venue.storeId, 300, '李娜');
    await checkIn(t.deps, chainContext, { seatId: venue.seatIds[0]!, customerId });
    await new Promise((r) => setTimeout(r, 100));
    expect(box.messages.filter((m) => m.type === 'event')).toEqual([]);
    ws.terminate();
  });

  it('refuses the staff channel without a session and the seat channel without a seat token', async () => {
    await expect(t.app.injectWS('/api/v1/live')).rejects.toThrow(/401/);
    await expect(t.app.injectWS('/api/v1/seat-client/live', { headers: { authorization: 'Bearer seat_wrongwrongwrongwrong' } })).rejects.toThrow(/401/);
  });
});
