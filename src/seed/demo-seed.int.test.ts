import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../test/helpers/auth';
import { createTestApp, type TestApp } from '../../test/helpers/test-app';
import { seedDemo } from './demo-seed';

let t: TestApp;
let headers: Record<string, string>;
const get = (url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.deps);
  headers = (await signIn(t, 'admin')).headers;
}, 120_000);
afterAll(async () => t.close());

describe('demo seed', () => {
  it('creates the chain with customers and a year of their events', async () => {
    const stores = (await get('/stores')).json().items as { id: string; code: string }[];
    expect(stores).toHaveLength(3);
    const list = (await get('/customers?limit=1')).json();
    expect(list.items).toHaveLength(1);
    const withStats = (await get('/customers?limit=50&sort=-totalSpend')).json().items as { stats: { totalSpend: string } | null }[];
    expect(Number(withStats[0]!.stats?.totalSpend ?? 0)).toBeGreaterThan(0);
  });

  it('gives every café a floor with members seated, and members with cards and wallets', async () => {
    const stores = (await get('/stores')).json().items as { id: string }[];
    for (const store of stores) {
      const floor = (await get(`/stores/${store.id}/floor`)).json() as { zones: unknown[]; seats: { state: string; session: { customerId: string } | null }[] };
      expect(floor.zones).toHaveLength(3);
      expect(floor.seats.length).toBe(38);
      const seated = floor.seats.filter((s) => s.state === 'in_use');
      expect(seated).toHaveLength(6);
      const member = (await get(`/members/${seated[0]!.session!.customerId}`)).json() as { cards: { status: string }[]; wallet: { cashCents: number; bonusCents: number } };
      expect(member.cards[0]?.status).toBe('active');
      expect(member.wallet.cashCents + member.wallet.bonusCents).toBeGreaterThan(0);
    }
    const promotions = (await get('/topup-promotions')).json().items;
    expect(promotions.map((p: { name: string }) => p.name).sort()).toEqual(['充 100 送 20', '充 200 送 50']);
  });

  it('gives the service desk tickets in several states, a complaint and a player report', async () => {
    const tickets = (await get('/tickets?limit=50')).json().items as { id: string; status: string; categoryId: string }[];
    expect(tickets).toHaveLength(13);
    expect(new Set(tickets.map((x) => x.status))).toEqual(new Set(['new', 'open', 'resolved']));
    const complaint = tickets.find((x) => x.categoryId === '01930000-0000-7000-8000-0000000000c6')!;
    expect((await get(`/tickets/${complaint.id}/complaint`)).json().stage).toBe('received');
    expect((await get('/player-reports')).json().items).toHaveLength(1);
  });

  it('adds nothing when run again', async () => {
    await seedDemo(t.deps);
    expect((await get('/topup-promotions')).json().items).toHaveLength(2);
    expect((await get('/stores')).json().items).toHaveLength(3);
    expect((await get('/tickets?limit=50')).json().items).toHaveLength(13);
  });
});
