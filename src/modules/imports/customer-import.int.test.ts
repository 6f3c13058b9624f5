import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { FakeClock } from '../../platform/clock';
import { resolveCustomers } from '../customers/customer-resolver';
import { importFile, scalar, tempUploadDir, writeFile } from './imports.test-kit';

let t: TestApp;
let dir: string;
let existingId: string;
let cardOwnerId: string;

beforeAll(async () => {
  dir = tempUploadDir();
  t = await createTestApp({ clock: new FakeClock('2026-03-15T12:00:00Z'), overrides: { uploadDir: dir } });
  const now = t.clock.now();
  const [a, b] = await resolveCustomers(
    t.deps.database.db,
    [{ identities: [{ type: 'phone', value: '13812340001' }] }, { identities: [{ type: 'member_card', value: 'CARD-9' }] }],
    { createUnknown: true, source: 'api', now, newId: () => t.deps.ids.uuid(), displayName: () => 'Old Name' },
  );
  existingId = a!.ok ? a!.customerId : '';
  cardOwnerId = b!.ok ? b!.customerId : '';
  await t.deps.database.query(`update customers set tags = '{vip}', region = 'Sichuan' where id = $1`, [existingId]);
  await t.deps.database.query(
    `insert into customer_fields (id, key, label, type, options, required, sort_order, created_at, updated_at)
     values ($1, 'level', 'Level', 'number', '{}', false, 0, $2, $2)`,
    [t.deps.ids.uuid(), now],
  );
});
afterAll(async () => {
  try {
    await t?.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

const mapping = { phone: '手机', memberCard: '会员卡', displayName: '昵称', city: '城市', region: '省份', tags: '标签', 'custom.level': '等级', gender: '性别' };
const csv = [
  '手机,会员卡,昵称,城市,省份,标签,等级,性别',
  '13812340001,,New Name,Chengdu,Guangdong,"vip;night-owl",12,男',
  "13812340002,,Fresh,Xi'an,,new,3,女",
  '13812340002,,Fresh Again,,,later,,',
  '12,,Bad phone,,,,,',
  ',,No identity,,,,,',
  '13812340001,CARD-9,Two people,,,,,',
].join('\n');

async function customer(id: string) {
  const [row] = await t.deps.database.query<Record<string, unknown>>(
    'select display_name, city, region, gender, tags, custom, source from customers where id = $1',
    [id],
  );
  return row;
}

async function customerByPhone(phone: string) {
  const [row] = await t.deps.database.query<{ customer_id: string }>(`select customer_id from customer_identities where type = 'phone' and value = $1`, [phone]);
  return customer(row!.customer_id);
}

describe('customer import', () => {
  it('dry run: checks the rows but creates and changes nobody', async () => {
    const before = await scalar(t.deps, 'select count(*) from customers');
    const done = await importFile(t.deps, writeFile(dir, 'dry.csv', csv), 'customers', { mapping, options: { dryRun: true } });
    expect([done.status, done.rowsOk, done.rowsFailed]).toEqual(['completed', 4, 2]);
    expect(await scalar(t.deps, 'select count(*) from customers')).toBe(before);
    expect((await customer(existingId))!.display_name).toBe('Old Name');
  });

  it('fills empty fields of existing customers, adds tags, creates unknown ones, and reports bad rows', async () => {
    const done = await importFile(t.deps, writeFile(dir, 'customers.csv', csv), 'customers', { mapping });
    expect([done.status, done.rowsProcessed, done.rowsOk, done.rowsFailed]).toEqual(['completed', 6, 3, 3]);
    expect([done.summary.customersCreated, done.summary.customersUpdated]).toEqual([1, 1]);
    expect(await customer(existingId)).toEqual({
      display_name: 'Old Name',
      city: 'Chengdu',
      region: 'Sichuan',
      gender: 'male',
      tags: ['vip', 'night-owl'],
      custom: { level: 12 },
      source: 'api',
    });
    // Two rows name the new customer: the first name wins, the tags of both are kept.
    expect(await customerByPhone('+8613812340002')).toEqual({
      display_name: 'Fresh',
      city: "Xi'an",
      region: '',
      gender: 'female',
      tags: ['new', 'later'],
      custom: { level: 3 },
      source: 'import',
    });
    const report = fs.readFileSync(done.errorFilePath!, 'utf8').trim().split('\n');
    expect(report).toEqual([
      'line,field,reason',
      "5,phone,'12' is not a valid phone number",
      '6,identity,no identity in this row',
      '7,identity,the identities belong to different customers',
    ]);
    const history = await t.deps.database.query<{ action: string; actor_label: string; changes: Record<string, unknown> }>(
      `select action, actor_label, changes from customer_history where customer_id = $1 and action = 'updated'`,
      [existingId],
    );
    expect(history).toEqual([
      {
        action: 'updated',
        actor_label: `import:${done.id}`,
        changes: {
          city: { from: '', to: 'Chengdu' },
          gender: { from: null, to: 'male' },
          tags: { from: ['vip'], to: ['vip', 'night-owl'] },
          custom: { from: {}, to: { level: 12 } },
        },
      },
    ]);
    expect((await customer(cardOwnerId))!.display_name).toBe('Old Name');
  });

  it('changes nothing when the same file is imported again', async () => {
    const historyBefore = await scalar(t.deps, 'select count(*) from customer_history');
    const done = await importFile(t.deps, writeFile(dir, 'again.csv', csv), 'customers', { mapping });
    expect([done.rowsOk, done.summary.customersCreated, done.summary.customersUpdated]).toEqual([3, 0, 0]);
    expect(await scalar(t.deps, 'select count(*) from customer_history')).toBe(historyBefore);
    expect(await scalar(t.deps, `select count(*) from customer_identities where value = '+8613812340002'`)).toBe(1);
  });

  it('replaces non-empty fields only with overwrite', async () => {
    const file = writeFile(dir, 'rename.csv', '手机,昵称,城市\n13812340001,Renamed,Chongqing\n');
    await importFile(t.deps, file, 'customers', { mapping: { phone: '手机', displayName: '昵称', city: '城市' } });
    expect((await customer(existingId))).toMatchObject({ display_name: 'Old Name', city: 'Chengdu' });
    const done = await importFile(t.deps, file, 'customers', { mapping: { phone: '手机', displayName: '昵称', city: '城市' }, options: { overwrite: true } });
    expect(done.summary.customersUpdated).toBe(1);
    expect((await customer(existingId))).toMatchObject({ display_name: 'Renamed', city: 'Chongqing', tags: ['vip', 'night-owl'] });
  });

  it('names a created customer without a name column after a masked identity', async () => {
    await importFile(t.deps, writeFile(dir, 'nameless.csv', 'phone\n13900001111\n'), 'customers', { mapping: { phone: 'phone' } });
    expect((await customerByPhone('+8613900001111'))!.display_name).toMatch(/^\+86 139\*+1111$/);
  });
});
