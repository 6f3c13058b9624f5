import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import type { Db } from '../../platform/db/database';
import { resolveCustomers, type ResolveEntry } from './customer-resolver';

let t: TestApp;
let db: Db;
const options = () => ({ createUnknown: true, source: 'api', now: t.clock.now(), newId: () => t.deps.ids.uuid() });

beforeAll(async () => {
  t = await createTestApp();
  db = t.deps.database.db;
});
afterAll(async () => t.close());

async function count(sqlText: string, values: unknown[] = []): Promise<number> {
  const [row] = await t.deps.database.query<{ n: number }>(`select count(*)::int as n from ${sqlText}`, values);
  return Number(row!.n);
}

function created(results: Awaited<ReturnType<typeof resolveCustomers>>): string[] {
  return results.map((r) => {
    if (!r.ok) throw new Error(`${r.code}: ${r.reason}`);
    return r.customerId;
  });
}

describe('resolveCustomers', () => {
  it('creates an unknown customer once, with its identities and a created history row, then finds it again', async () => {
    const entry: ResolveEntry = {
      identities: [
        { type: 'phone', value: '138 0000 0001' },
        { type: 'game_account', value: 'acc-1', attrs: { server: 's1', roleName: '夜雨' } },
      ],
    };
    const [first] = await resolveCustomers(db, [entry], options());
    expect(first).toMatchObject({ ok: true, created: true });
    const id = (first as { customerId: string }).customerId;
    const [row] = await t.deps.database.query<{ display_name: string; source: string }>('select display_name, source from customers where id = $1', [id]);
    expect(row).toEqual({ display_name: '夜雨', source: 'api' });
    const identities = await t.deps.database.query<{ type: string; value: string; is_primary: boolean }>(
      'select type, value, is_primary from customer_identities where customer_id = $1 order by type',
      [id],
    );
    expect(identities).toEqual([
      { type: 'game_account', value: 'acc-1', is_primary: true },
      { type: 'phone', value: '+8613800000001', is_primary: true },
    ]);
    expect(await count(`customer_history where customer_id = $1 and action = 'created'`, [id])).toBe(1);

    const again = await resolveCustomers(db, [{ identities: [{ type: 'phone', value: '+8613800000001' }] }, entry], options());
    expect(again).toEqual([
      { ok: true, customerId: id, created: false },
      { ok: true, customerId: id, created: false },
    ]);
  });

  it('gives entries of one batch that name the same new identity the same new customer', async () => {
    const results = await resolveCustomers(
      db,
      [
        { identities: [{ type: 'email', value: 'Twice@Example.com' }] },
        { identities: [{ type: 'member_card', value: 'MC-2' }] },
        { identities: [{ type: 'email', value: 'twice@example.com' }, { type: 'wechat', value: 'wx-twice' }] },
      ],
      options(),
    );
    const [a, b, c] = created(results);
    expect(a).toBe(c);
    expect(b).not.toBe(a);
    expect(results.every((r) => r.ok && r.created)).toBe(true);
    expect(await count('customer_identities where customer_id = $1', [a])).toBe(2);
    // An email shown as a display name would leak it to staff without customers:pii.
    const [row] = await t.deps.database.query<{ display_name: string }>('select display_name from customers where id = $1', [a]);
    expect(row!.display_name).toBe('wx-twice');
  });

  it('names a created customer by the caller’s displayName, else a masked contact', async () => {
    const [named, masked] = created(
      await resolveCustomers(
        db,
        [{ identities: [{ type: 'qq', value: 'qq-77' }] }, { identities: [{ type: 'phone', value: '13900001111' }] }],
        { ...options(), displayName: (e) => (e.identities[0]!.type === 'qq' ? 'QQ 用户' : 'ignored') },
      ),
    );
    const rows = await t.deps.database.query<{ id: string; display_name: string }>('select id, display_name from customers where id = any($1::uuid[])', [[named, masked]]);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.display_name]))).toEqual({ [named!]: 'QQ 用户', [masked!]: 'ignored' });
    const [plain] = created(await resolveCustomers(db, [{ identities: [{ type: 'phone', value: '13900002222' }] }], options()));
    const [row] = await t.deps.database.query<{ display_name: string }>('select display_name from customers where id = $1', [plain]);
    expect(row!.display_name).toBe('+86 139****2222');
  });

  it('reports identities of two different customers as conflicting and creates nothing', async () => {
    const [x, y] = created(
      await resolveCustomers(db, [{ identities: [{ type: 'qq', value: 'qq-x' }] }, { identities: [{ type: 'qq', value: 'qq-y' }] }], options()),
    );
    const before = await count('customers');
    const results = await resolveCustomers(
      db,
      [
        { identities: [{ type: 'qq', value: 'qq-x' }, { type: 'qq', value: 'qq-y' }] },
        { customerId: x, identities: [{ type: 'qq', value: 'qq-y' }] },
        { customerId: y, identities: [{ type: 'qq', value: 'qq-y' }, { type: 'wechat', value: 'not-yet-known' }] },
      ],
      options(),
    );
    expect(results[0]).toMatchObject({ ok: false, code: 'conflicting_identities' });
    expect(results[1]).toMatchObject({ ok: false, code: 'conflicting_identities' });
    expect(results[2]).toEqual({ ok: true, customerId: y, created: false });
    expect(await count('customers')).toBe(before);
  });

  it('rejects invalid identities, empty entries and unknown ids entry by entry', async () => {
    const results = await resolveCustomers(
      db,
      [
        { identities: [{ type: 'phone', value: '12345' }] },
        { identities: [] },
        { customerId: '0190f000-0000-7000-8000-000000000000', identities: [] },
        { customerId: 'not-a-uuid', identities: [] },
        { identities: [{ type: 'fax' as never, value: '1' }] },
        { identities: [{ type: 'member_card', value: 'MC-valid' }] },
      ],
      options(),
    );
    expect(results.map((r) => (r.ok ? 'ok' : r.code))).toEqual(['invalid_identity', 'no_identity', 'unknown_customer', 'unknown_customer', 'invalid_identity', 'ok']);
    expect(results[0]).toMatchObject({ reason: "'12345' is not a valid phone number" });
  });

  it('answers unknown_customer instead of creating when createUnknown is off', async () => {
    const before = await count('customers');
    const [r] = await resolveCustomers(db, [{ identities: [{ type: 'qq', value: 'qq-never' }] }], { ...options(), createUnknown: false });
    expect(r).toMatchObject({ ok: false, code: 'unknown_customer' });
    expect(await count('customers')).toBe(before);
  });

  it('leads merged customers to the one they were merged into, by id and by identity', async () => {
    const [from, mid, to] = created(
      await resolveCustomers(
        db,
        [{ identities: [{ type: 'qq', value: 'qq-from' }] }, { identities: [{ type: 'qq', value: 'qq-mid' }] }, { identities: [{ type: 'qq', value: 'qq-to' }] }],
        options(),
      ),
    );
    await t.deps.database.query(`update customers set status = 'merged', merged_into = $2 where id = $1`, [from, mid]);
    await t.deps.database.query(`update customers set status = 'merged', merged_into = $2 where id = $1`, [mid, to]);
    const results = await resolveCustomers(
      db,
      [{ customerId: from!, identities: [] }, { identities: [{ type: 'qq', value: 'qq-from' }] }, { customerId: mid!, identities: [{ type: 'qq', value: 'qq-to' }] }],
      options(),
    );
    expect(results).toEqual([
      { ok: true, customerId: to, created: false },
      { ok: true, customerId: to, created: false },
      { ok: true, customerId: to, created: false },
    ]);
    await t.deps.database.query(`update customers set status = 'erased' where id = $1`, [to]);
    const [gone] = await resolveCustomers(db, [{ customerId: from!, identities: [] }], options());
    expect(gone).toMatchObject({ ok: false, code: 'unknown_customer' });
  });

  it('works inside the caller’s transaction: a rollback leaves no customer behind', async () => {
    const before = await count('customers');
    await expect(
      db.transaction(async (tx) => {
        const [r] = await resolveCustomers(tx, [{ identities: [{ type: 'qq', value: 'qq-rolled-back' }] }], options());
        expect(r).toMatchObject({ ok: true, created: true });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await count('customers')).toBe(before);
    expect(await count(`customer_identities where value = 'qq-rolled-back'`)).toBe(0);
  });

  it('gives two concurrent transactions naming the same new identity one customer', async () => {
    const run = () =>
      db.transaction(async (tx) => (await resolveCustomers(tx, [{ identities: [{ type: 'wechat', value: 'wx-race' }, { type: 'qq', value: 'qq-race' }] }], options()))[0]);
    const [a, b] = await Promise.all([run(), run()]);
    expect(a!.ok && b!.ok).toBe(true);
    expect((a as { customerId: string }).customerId).toBe((b as { customerId: string }).customerId);
    expect([a, b].filter((r) => r!.ok && r!.created)).toHaveLength(1);
    expect(await count(`customers c where exists (select 1 from customer_identities i where i.customer_id = c.id and i.value in ('wx-race', 'qq-race'))`)).toBe(1);
    expect(await count(`customers c where not exists (select 1 from customer_identities i where i.customer_id = c.id)`)).toBe(0);
  });

  it('resolves a batch of 10,000 entries, creating each customer once', async () => {
    const entries: ResolveEntry[] = Array.from({ length: 10_000 }, (_, i) => ({
      identities: [{ type: 'game_account', value: `bulk-${i % 5000}`, attrs: { roleName: `角色${i % 5000}` } }],
    }));
    const first = created(await resolveCustomers(db, entries, options()));
    expect(new Set(first).size).toBe(5000);
    expect(first[0]).toBe(first[5000]);
    const started = performance.now();
    const second = created(await resolveCustomers(db, entries, options()));
    const ms = performance.now() - started;
    expect(second).toEqual(first);
    expect(ms).toBeLessThan(5000);
  });
});
