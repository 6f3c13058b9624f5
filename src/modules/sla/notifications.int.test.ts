import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, signIn, type SignedIn } from '../../../test/helpers/auth';
import { ticketsKit, type TicketsKit } from '../tickets/tickets.test-kit';
import { insertNotifications } from './notifications.repository';

// "Mark all read": the signed-in user's unread notifications only, nobody else's.

let k: TicketsKit;
let lead: SignedIn;
let other: SignedIn;
let seq = 0;

/** Gives `who` a notification created now (written straight to the table: the sweep is not under test here). */
async function notify(who: SignedIn, readAt: Date | null = null): Promise<string> {
  const id = k.t.deps.ids.uuid();
  const n = ++seq;
  await k.t.deps.database.db.transaction((tx) =>
    insertNotifications(tx, [{ id, userId: who.user.id, kind: 'sla.warning', ticketId: null, title: `Warning ${n}`, body: 'Due soon', dedupeKey: `test:${n}`, emailStatus: 'skipped', readAt, createdAt: k.clock.now() }]),
  );
  return id;
}

const mine = async (who: SignedIn) => (await k.api('GET', '/notifications', undefined, who)).json() as { items: { id: string; readAt: string | null }[]; unread: number };

beforeAll(async () => {
  k = await ticketsKit('2026-06-01T01:00:00Z');
  lead = await signIn(k.t, 'team_lead', { departmentId: k.deptA });
  other = await signIn(k.t, 'agent', { departmentId: k.deptA });
});
afterAll(async () => {
  await k.t.close();
});

describe('POST /notifications/read-all', () => {
  it("marks every unread notification of the caller read, keeps earlier read times, and leaves others' alone", async () => {
    const readBefore = new Date('2026-05-31T12:00:00Z');
    const earlier = await notify(lead, readBefore);
    await notify(lead);
    await notify(lead);
    await notify(other);
    expect((await mine(lead)).unread).toBe(2);
    k.clock.advance(60_000);

    const res = await k.api('POST', '/notifications/read-all', undefined, lead);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ read: 2 });

    const after = await mine(lead);
    expect(after.unread).toBe(0);
    expect(after.items.find((n) => n.id === earlier)!.readAt).toBe(readBefore.toISOString());
    expect(after.items.filter((n) => n.id !== earlier).map((n) => n.readAt)).toEqual([k.clock.now().toISOString(), k.clock.now().toISOString()]);
    expect((await mine(other)).unread).toBe(1);
  });

  it('answers 0 when nothing is unread', async () => {
    expect((await k.api('POST', '/notifications/read-all', undefined, lead)).json()).toEqual({ read: 0 });
  });

  it('is for signed-in users: an API key gets 403, no session 401', async () => {
    const key = await createApiKey(k.t, ['tickets:read']);
    expect((await k.api('POST', '/notifications/read-all', undefined, key.headers)).json()).toMatchObject({ status: 403, code: 'forbidden' });
    expect((await k.api('POST', '/notifications/read-all', undefined, {})).json()).toMatchObject({ status: 401, code: 'unauthenticated' });
    expect((await mine(other)).unread).toBe(1);
  });

  it('refuses a body', async () => {
    expect((await k.api('POST', '/notifications/read-all', { ids: [] }, lead)).json()).toMatchObject({ status: 400, code: 'validation_failed' });
  });
});
