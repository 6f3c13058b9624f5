import { describe, expect, it } from 'vitest';
import { normaliseIdentity } from '../modules/customers/rules/normalise-identity';
import { validateEvent } from '../modules/events/rules/validate-event';
import { DEMO_TAGS, generateDemoCustomers } from './demo-customers';
import { demoStores } from './demo-data';

const now = new Date('2026-03-15T04:00:00Z');
const storeIds = Object.fromEntries(demoStores.map((s, i) => [s.code, `00000000-0000-4000-8000-00000000000${i + 1}`]));

describe('demo customers', () => {
  const data = generateDemoCustomers({ now, storeIds });
  const { customers, events } = data;

  it('is the same on every run', () => {
    expect(generateDemoCustomers({ now, storeIds })).toEqual(data);
  });

  it('has about 2,000 customers and 30,000–40,000 events of every kind', () => {
    expect(customers).toHaveLength(2000);
    expect(events.length).toBeGreaterThanOrEqual(30_000);
    expect(events.length).toBeLessThanOrEqual(40_000);
    const types = new Set(events.map((e) => e.type));
    expect(types).toEqual(new Set(['login', 'play_session', 'level_up', 'recharge', 'visit', 'purchase']));
    const recharges = events.filter((e) => e.type === 'recharge');
    expect(new Set(recharges.map((e) => e.data.channel))).toEqual(new Set(['wechat', 'alipay']));
    expect(new Set(recharges.map((e) => e.data.currency))).toEqual(new Set(['CNY']));
    const refunds = recharges.filter((e) => e.data.status === 'refunded').length;
    expect(refunds).toBeGreaterThan(0);
    expect(refunds).toBeLessThan(recharges.length * 0.1);
    for (const code of Object.keys(storeIds)) expect(events.some((e) => e.type === 'visit' && e.storeId === storeIds[code])).toBe(true);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('passes the event rules of POST /events, within the last 12 months', () => {
    const yearAgo = now.getTime() - 365 * 86_400_000;
    for (const e of events) {
      const result = validateEvent(e, { now: now.getTime() });
      if (!result.ok) throw new Error(`${e.id}: ${result.reason}`);
      expect(result.event.occurredAt).toBeLessThan(now.getTime());
      expect(result.event.occurredAt).toBeGreaterThanOrEqual(yearAgo);
    }
  });

  it('gives customers valid, unique identities that their events name', () => {
    for (const type of ['phone', 'email', 'gameAccount', 'memberCard'] as const) {
      const values = customers.flatMap((c) => (c[type] ? [type === 'gameAccount' ? c.gameAccount!.id : (c[type] as string)] : []));
      expect(new Set(values).size, type).toBe(values.length);
      expect(values.length, type).toBeGreaterThan(300);
    }
    for (const c of customers) {
      expect(normaliseIdentity({ type: 'phone', value: c.phone })).toMatchObject({ ok: true, identity: { value: c.phone } });
      if (c.email) expect(normaliseIdentity({ type: 'email', value: c.email })).toMatchObject({ ok: true, identity: { value: c.email } });
      expect(/[\u4e00-\u9fff]/.test(c.realName)).toBe(true);
      if (c.memberCard) expect(Object.keys(storeIds)).toContain(c.homeStore);
    }
    const accounts = new Set(customers.flatMap((c) => (c.gameAccount ? [c.gameAccount.id] : [])));
    const cards = new Set(customers.flatMap((c) => (c.memberCard ? [c.memberCard] : [])));
    for (const e of events) {
      if (e.customer.gameAccount) expect(accounts.has(e.customer.gameAccount.id)).toBe(true);
      else expect(cards.has(e.customer.memberCard!)).toBe(true);
    }
  });

  it('tags customers from what they did, with consent recorded', () => {
    for (const tag of DEMO_TAGS) expect(customers.some((c) => c.tags.includes(tag)), tag).toBe(true);
    for (const c of customers) {
      for (const tag of c.tags) expect(DEMO_TAGS).toContain(tag);
      expect(c.consent.dataProcessing?.granted).toBe(true);
      expect(Date.parse(c.registeredAt)).toBeLessThan(now.getTime());
    }
    expect(customers.filter((c) => c.consent.marketingSms?.granted).length).toBeGreaterThan(500);
  });
});

describe('demo display names', () => {
  it('never show a real name (staff see real names only masked)', () => {
    const { customers } = generateDemoCustomers({ now, storeIds });
    for (const c of customers) expect(c.displayName).not.toBe(c.realName);
  });
});
