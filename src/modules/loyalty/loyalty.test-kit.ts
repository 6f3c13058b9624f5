import { signIn } from '../../../test/helpers/auth';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import type { Role } from '../../platform/auth/permissions';
import { FakeClock } from '../../platform/clock';
import { ingestEvents } from '../events/ingest.service';
import { runEarning } from './earning.service';

// Shared set-up of the loyalty integration tests: an app on a FakeClock, a store, members and events.

export interface Kit {
  t: TestApp;
  clock: FakeClock;
  admin: Record<string, string>;
  storeId: string;
  api(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown, headers?: Record<string, string>): Promise<{ statusCode: number; json(): any }>;
  member(displayName?: string, extra?: Record<string, unknown>): Promise<string>;
  ingest(events: Record<string, unknown>[]): Promise<void>;
  /** Lets the ingest lag pass, then runs earning. */
  earn(): Promise<{ events: number; points: number }>;
  balance(customerId: string): Promise<number>;
  as(role: Role, storeId?: string | null): Promise<Record<string, string>>;
}

let seq = 0;

/** A fresh app with a store, signed in as admin. */
export async function loyaltyKit(start = '2026-06-01T10:00:00Z'): Promise<Kit> {
  const clock = new FakeClock(start);
  const t = await createTestApp({ clock });
  const admin = (await signIn(t, 'admin')).headers;
  const api: Kit['api'] = async (method, url, body, headers = admin) => {
    const send = () => t.app.inject({ method, url: `/api/v1${url}`, headers, ...(body === undefined ? {} : { payload: body as object }) });
    const res = await send();
    // Tests move the clock by months: the admin simply signs in again when the session ran out.
    if (headers === admin && res.statusCode === 401) {
      Object.assign(admin, (await signIn(t, 'admin')).headers);
      return send();
    }
    return res;
  };
  const store = await api('POST', '/stores', { code: `S${++seq}`, name: 'Store one' });
  if (store.statusCode !== 201) throw new Error(`store: ${store.statusCode}`);
  const storeId = store.json().id as string;
  const kit: Kit = {
    t,
    clock,
    admin,
    storeId,
    api,
    async member(displayName = 'Member', extra = {}) {
      const res = await api('POST', '/customers', { displayName, ...extra });
      if (res.statusCode !== 201) throw new Error(`member: ${res.statusCode} ${JSON.stringify(res.json())}`);
      return res.json().id as string;
    },
    async ingest(events) {
      const result = await ingestEvents(t.deps, events, { source: 'test', createUnknownCustomers: false });
      if (result.rejected > 0) throw new Error(`ingest rejected: ${JSON.stringify(result.errors)}`);
    },
    async earn() {
      clock.advance(11_000);
      return runEarning(t.deps);
    },
    async balance(customerId) {
      const res = await api('GET', `/members/${customerId}/loyalty`);
      return res.json().balance as number;
    },
    async as(role, storeId = null) {
      return (await signIn(t, role, storeId ? { storeId } : {})).headers;
    },
  };
  return kit;
}

let eventSeq = 0;

/** A paid (or refunded) recharge event of `yuan` for a member. */
export function recharge(customerId: string, yuan: number, at: Date, over: { status?: string; orderId?: string; storeId?: string } = {}) {
  const id = `lt-${++eventSeq}-${Math.random().toString(36).slice(2)}`;
  return {
    id,
    type: 'recharge',
    occurredAt: at.toISOString(),
    customer: { customerId },
    ...(over.storeId ? { storeId: over.storeId } : {}),
    data: { orderId: over.orderId ?? id, amount: yuan.toFixed(2), currency: 'CNY', channel: 'cash', status: over.status ?? 'paid' },
  };
}

/** A visit at a store. */
export function visit(customerId: string, storeId: string, at: Date) {
  return { id: `lv-${++eventSeq}-${Math.random().toString(36).slice(2)}`, type: 'visit', occurredAt: at.toISOString(), customer: { customerId }, storeId, data: {} };
}
