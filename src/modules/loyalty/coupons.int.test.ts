import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExpiry } from './expiry.service';
import { loyaltyKit, visit, type Kit } from './loyalty.test-kit';

let k: Kit;
beforeAll(async () => {
  k = await loyaltyKit('2026-06-01T10:00:00Z');
});
afterAll(async () => k.t.close());

async function template(body: Record<string, unknown>): Promise<string> {
  const res = await k.api('POST', '/loyalty/coupon-templates', { name: 'Coupon', ...body });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

const issue = (customerId: string, templateId: string, headers = k.admin) => k.api('POST', `/members/${customerId}/coupons`, { templateId }, headers);
const redeem = (code: string, headers = k.admin, storeId: string | undefined = k.storeId) => k.api('POST', '/coupons/redeem', { code, ...(storeId ? { storeId } : {}) }, headers);

describe('coupons', () => {
  it('issues a coupon with a typable code and redeems it once; a second redemption is refused', async () => {
    const t = await template({ kind: 'amount_off', amountCents: 500, validDays: 30 });
    const id = await k.member('Coupon holder');
    const coupon = (await issue(id, t)).json();
    expect(coupon).toMatchObject({ status: 'issued', kind: 'amount_off', validUntil: '2026-07-01T10:00:00.000Z' });
    expect(coupon.code).toMatch(/^[3-9A-Z]{4}-[3-9A-Z]{4}-[3-9A-Z]{4}$/);
    // Typed in lower case without dashes at the desk.
    const first = await redeem(coupon.code.replace(/-/g, '').toLowerCase());
    expect([first.statusCode, first.json().coupon.status]).toEqual([200, 'redeemed']);
    const again = await redeem(coupon.code);
    expect([again.statusCode, again.json().code]).toEqual([409, 'coupon_already_redeemed']);
    expect((await redeem('ZZZZ-ZZZZ-ZZZZ')).json().code).toBe('coupon_not_found');
  });

  it('lets exactly one of two concurrent redemptions of one code win', async () => {
    const t = await template({ kind: 'gift', giftName: 'Cola' });
    const id = await k.member('Racer');
    const { code } = (await issue(id, t)).json();
    const staff = await k.as('store_staff', k.storeId);
    const results = await Promise.all([redeem(code), redeem(code, staff, undefined)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.statusCode === 409)!.json().code).toBe('coupon_already_redeemed');
    const audits = await k.t.deps.database.query(`select 1 from audit_log where action = 'loyalty.coupon_redeemed' and details->>'customerId' = $1`, [id]);
    expect(audits).toHaveLength(1);
  });

  it('grants the minutes of a free-time coupon to the member', async () => {
    const t = await template({ kind: 'free_time', minutes: 60 });
    const id = await k.member('Gamer');
    const { code } = (await issue(id, t)).json();
    const res = await redeem(code);
    expect(res.statusCode).toBe(200);
    expect(res.json().packageId).toEqual(expect.any(String));
  });

  it('enforces the per-member limit, issues in bulk and skips unknown members', async () => {
    const t = await template({ kind: 'percent_off', percentOff: 10, perMemberLimit: 1 });
    const a = await k.member('Bulk A');
    const b = await k.member('Bulk B');
    expect((await issue(a, t)).statusCode).toBe(201);
    expect((await issue(a, t)).json().code).toBe('coupon_limit_reached');
    const unknown = '00000000-0000-7000-8000-000000000001';
    const bulk = await k.api('POST', `/loyalty/coupon-templates/${t}/issue`, { customerIds: [a, b, unknown] });
    expect(bulk.json()).toEqual({ issued: 1, skipped: expect.arrayContaining([{ customerId: a, reason: 'coupon_limit_reached' }, { customerId: unknown, reason: 'customer_not_found' }]) });
    expect((await k.api('GET', `/members/${b}/loyalty`)).json().coupons).toHaveLength(1);
  });

  it('expires overdue coupons in the nightly run and refuses them after', async () => {
    const t = await template({ kind: 'amount_off', amountCents: 100, validDays: 1 });
    const id = await k.member('Late');
    const { code } = (await issue(id, t)).json();
    expect((await runExpiry(k.t.deps, new Date('2026-06-02T10:00:01Z'))).coupons).toBe(1);
    const res = await redeem(code);
    expect([res.statusCode, res.json().code]).toEqual([409, 'coupon_expired']);
  });

  it('voids an issued coupon with a reason, only with loyalty:manage', async () => {
    const t = await template({ kind: 'gift', giftName: 'Snack' });
    const id = await k.member('Voided');
    const coupon = (await issue(id, t)).json();
    const staff = await k.as('store_staff', k.storeId);
    expect((await k.api('POST', `/coupons/${coupon.id}/void`, { reason: 'issued by mistake' }, staff)).statusCode).toBe(403);
    const res = await k.api('POST', `/coupons/${coupon.id}/void`, { reason: 'issued by mistake' });
    expect(res.json().status).toBe('void');
    expect((await redeem(coupon.code)).json().code).toBe('coupon_void');
  });

  it('validates templates: each kind needs its value', async () => {
    const res = await k.api('POST', '/loyalty/coupon-templates', { name: 'Broken', kind: 'amount_off' });
    expect([res.statusCode, res.json().code]).toEqual([400, 'coupon_template_invalid']);
  });

  it('issues the tier-upgrade coupon once when a member reaches a tier', async () => {
    const t = await template({ kind: 'gift', giftName: 'Welcome gift', autoIssue: 'tier_upgrade' });
    await k.api('POST', '/loyalty/tiers', { code: 'member', name: 'Member', rank: 0, minVisits: 1 });
    const id = await k.member('Upgraded');
    await k.ingest([visit(id, k.storeId, k.clock.now())]);
    await k.earn();
    await k.ingest([visit(id, k.storeId, k.clock.now())]);
    await k.earn();
    const coupons = (await k.api('GET', `/members/${id}/loyalty`)).json().coupons;
    expect(coupons.map((c: { templateId: string }) => c.templateId)).toEqual([t]);
  });
});
