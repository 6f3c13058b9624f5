import { signIn, testIp, type SignedIn } from '../../../test/helpers/auth';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { FakeClock } from '../../platform/clock';
import { ingestEvents } from '../events/ingest.service';
import { ensureDefaultStructure } from '../organisation/default-structure';

// Shared set-up of the portal integration tests: an app with the default departments, an
// admin, a player (game account) with events, and helpers for the public routes.

type Answer = { statusCode: number; json(): any; body: string; headers: Record<string, string | string[] | number | undefined> };

export interface PortalKit {
  t: TestApp;
  clock: FakeClock;
  admin: SignedIn;
  /** An unauthenticated call from `ip` (a fresh address unless given). */
  pub(method: 'GET' | 'POST', url: string, body?: unknown, ip?: string): Promise<Answer>;
  staff(method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown, as?: SignedIn): Promise<Answer>;
  /** Records a recharge (and optionally its credit marker) for a game account. */
  recharge(account: string, orderId: string, opts?: { amount?: string; status?: 'paid' | 'failed' | 'refunded'; credited?: boolean; at?: string }): Promise<void>;
  pending(account: string, orderId: string, at?: string): Promise<void>;
  claim(over?: Record<string, unknown>): Record<string, unknown>;
}

let seq = 0;

export async function portalKit(start = '2026-06-10T10:00:00Z', env: Record<string, string> = {}): Promise<PortalKit> {
  const clock = new FakeClock(start);
  const t = await createTestApp({ clock, env: { PORTAL_LINK_SECRET: 'test-portal-secret', PUBLIC_BASE_URL: 'https://help.example', ...env } });
  await ensureDefaultStructure(t.deps);
  const admin = await signIn(t, 'admin');
  const ingest = (events: object[]) => ingestEvents(t.deps, events as never, { source: 'test', createUnknownCustomers: true });
  const kit: PortalKit = {
    t,
    clock,
    admin,
    pub: (method, url, body, ip = testIp()) =>
      t.app.inject({ method, url: `/api/v1${url}`, remoteAddress: ip, ...(body === undefined ? {} : { payload: body as object }) }),
    staff: (method, url, body, as = admin) => t.app.inject({ method, url: `/api/v1${url}`, headers: as.headers, ...(body === undefined ? {} : { payload: body as object }) }),
    async recharge(account, orderId, opts = {}) {
      const at = opts.at ?? '2026-06-09T08:00:00Z';
      const n = ++seq;
      const events: object[] = [
        { id: `r-${orderId}-${n}`, type: 'recharge', occurredAt: at, customer: { gameAccount: { id: account } }, data: { orderId, amount: opts.amount ?? '68.00', currency: 'CNY', channel: 'wechat', status: opts.status ?? 'paid' } },
      ];
      if (opts.credited) events.push({ id: `c-${orderId}-${n}`, type: 'custom', occurredAt: at, customer: { gameAccount: { id: account } }, data: { name: 'recharge_credited', properties: { orderId } } });
      await ingest(events);
    },
    async pending(account, orderId, at = '2026-06-09T08:00:00Z') {
      await ingest([{ id: `p-${orderId}-${++seq}`, type: 'custom', occurredAt: at, customer: { gameAccount: { id: account } }, data: { name: 'recharge_pending', properties: { orderId } } }]);
    },
    claim: (over = {}) => ({
      gameAccount: 'hero-1',
      orderId: `ord-${++seq}`,
      amount: '68.00',
      paymentChannel: 'wechat',
      paidAt: '2026-06-09T08:05:00Z',
      contactEmail: 'hero@example.com',
      ...over,
    }),
  };
  return kit;
}

/** Waits until `get` answers something (bus handlers run after the request). */
export async function eventually<T>(get: () => Promise<T | undefined>, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await get();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}
