import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { FakeClock } from '../../platform/clock';
import { importFile, scalar, tempUploadDir } from './imports.test-kit';

// The real public datasets in ../shared/data (see its README), imported end to end.

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const dataDir = path.resolve(process.env.GUILDHALL_SHARED_DATA ?? path.join(repoRoot, '../shared/data'));
// shared/data/README.md: skip only where the folder is absent (a lone clone, as in the
// newcomer check), and say so. Dev machines and CI have it beside the checkout.
const hasData = fs.existsSync(dataDir);
if (!hasData) console.warn(`real-data import tests skipped: ${dataDir} not found (set GUILDHALL_SHARED_DATA to run them)`);

/** A data file, or a failure that says which file is missing from a present data folder. */
function dataFile(relative: string): string {
  const file = path.join(dataDir, relative);
  if (!fs.existsSync(file)) throw new Error(`Missing ${file} in the shared data folder (${dataDir})`);
  return file;
}

/** Cents of a decimal text, rounded half up on the third decimal, in BigInt arithmetic. */
function cents(text: string): bigint {
  const [whole, fraction = ''] = text.trim().split('.');
  const digits = `${fraction}000`;
  return BigInt(whole!) * 100n + BigInt(digits.slice(0, 2)) + (digits[2]! >= '5' ? 1n : 0n);
}

const money = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;

/** Rows, distinct customers and total of a file, computed straight from its text. */
function expectations(file: string, split: (line: string) => string[], header: boolean, customer: number, amount: number) {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const rows = (header ? lines.slice(1) : lines).map(split);
  return { rows: rows.length, customers: new Set(rows.map((r) => r[customer])).size, total: money(rows.reduce((sum, r) => sum + cents(r[amount]!), 0n)) };
}

let t: TestApp;
let uploadDir: string;
/** Seconds alone on a laptop, PGlite included; generous for a busy shared CI machine. */
const SLOW = { timeout: 120_000 };

beforeAll(async () => {
  uploadDir = tempUploadDir();
  t = await createTestApp({ clock: new FakeClock('2026-03-15T12:00:00Z'), overrides: { uploadDir } });
});
afterAll(async () => {
  try {
    await t?.close();
  } finally {
    fs.rmSync(uploadDir, { recursive: true, force: true });
  }
});

async function importedTotals(source: string, system: string) {
  return {
    events: await scalar(t.deps, `select count(*) from events where source = $1 and type = 'purchase'`, [source]),
    total: (await t.deps.database.query<{ s: string }>(`select sum(amount)::text as s from events where source = $1`, [source]))[0]!.s,
    customers: await scalar(t.deps, `select count(distinct customer_id) from customer_identities where type = 'external' and value like $1`, [`${system}:%`]),
    spend: (
      await t.deps.database.query<{ s: string }>(
        `select sum(s.total_spend)::text as s from customer_stats s join customer_identities i on i.customer_id = s.customer_id
         where i.type = 'external' and i.value like $1`,
        [`${system}:%`],
      )
    )[0]!.s,
  };
}

describe.runIf(hasData)('online-retail (UCI, one row per invoice)', () => {
  it('imports 18,532 purchases of 4,338 customers whose total matches the file to the cent, once', SLOW, async () => {
    const file = dataFile('online-retail/online_retail.csv');
    const expected = expectations(file, (l) => l.split(','), true, 2, 3);
    expect([expected.rows, expected.customers]).toEqual([18_532, 4_338]);
    const body = {
      mapping: { id: 'InvoiceNo', occurredAt: 'InvoiceDate', 'customer.external': 'CustomerID', amount: 'TotalPrice' },
      options: { system: 'online-retail', timezone: 'UTC', currency: 'GBP' },
    };

    const done = await importFile(t.deps, file, 'events', body);
    expect([done.status, done.message]).toEqual(['completed', '18532 rows: 18532 ok, 0 failed']);
    expect([done.rowsProcessed, done.rowsOk, done.rowsFailed, done.summary.accepted]).toEqual([18_532, 18_532, 0, 18_532]);
    const totals = await importedTotals(`import:${done.id}`, 'online-retail');
    expect(totals).toEqual({ events: 18_532, total: expected.total, customers: 4_338, spend: expected.total });
    expect(await scalar(t.deps, `select count(*) from customers where source = 'import'`)).toBe(4_338);
    const first = await t.deps.database.query<{ occurred_at: Date; currency: string; amount: string }>(
      `select occurred_at, currency, amount::text from events where external_id = '536366'`,
    );
    expect(first).toEqual([{ occurred_at: new Date('2010-12-01T00:00:00Z'), currency: 'GBP', amount: '22.20' }]);

    // The same file again stores nothing new: every invoice id is already there.
    const again = await importFile(t.deps, file, 'events', body);
    expect([again.status, again.rowsOk, again.summary.accepted, again.summary.duplicate]).toEqual(['completed', 18_532, 0, 18_532]);
    expect(await scalar(t.deps, `select count(*) from events where type = 'purchase' and external_id !~ ':'`)).toBe(18_532);
  });
});

describe.runIf(hasData)('CDNOW (whitespace-separated purchase log)', () => {
  const split = (l: string) => l.trim().split(/\s+/);
  const options = { system: 'cdnow', timezone: 'UTC', currency: 'USD', dateFormat: 'YYYYMMDD' } as const;

  it('imports the 69,659 purchases of 23,570 customers of the master file with its dollar total to the cent', SLOW, async () => {
    const file = dataFile('cdnow/CDNOW_master.txt');
    const expected = expectations(file, split, true, 0, 3);
    expect([expected.rows, expected.customers]).toEqual([69_659, 23_570]);
    const done = await importFile(t.deps, file, 'events', {
      mapping: { occurredAt: 'date', 'customer.external': 'customer_id', quantity: 'number_of_cds', amount: 'dollar_value', product: { value: 'CD' } },
      options,
    });
    expect([done.status, done.format.type, done.rowsOk, done.rowsFailed]).toEqual(['completed', 'whitespace', 69_659, 0]);
    const totals = await importedTotals(`import:${done.id}`, 'cdnow');
    expect(totals).toEqual({ events: 69_659, total: expected.total, customers: 23_570, spend: expected.total });
    const cds = await scalar(t.deps, `select sum((properties->'lines'->0->>'quantity')::int) from events where source = $1`, [`import:${done.id}`]);
    expect(cds).toBe(fs.readFileSync(file, 'utf8').split(/\r?\n/).slice(1).filter((l) => l.trim()).reduce((n, l) => n + Number(split(l)[2]), 0));
  });

  it('imports the header-less sample (five columns, col1…col5) with ids generated from the file hash and line', SLOW, async () => {
    const file = dataFile('cdnow/CDNOW_sample.txt');
    const expected = expectations(file, split, false, 0, 4);
    const done = await importFile(t.deps, file, 'events', {
      mapping: { occurredAt: 'col3', 'customer.external': 'col1', quantity: 'col4', amount: 'col5' },
      options,
    });
    expect([done.status, done.format.header, done.rowsOk, done.rowsFailed]).toEqual(['completed', false, expected.rows, 0]);
    expect(await importedTotals(`import:${done.id}`, 'cdnow')).toMatchObject({ events: expected.rows, total: expected.total });
    const first = await t.deps.database.query<{ external_id: string }>(`select external_id from events where source = $1 and occurred_at = '1997-01-01T00:00:00Z' order by external_id`, [`import:${done.id}`]);
    expect(first[0]!.external_id).toBe(`${done.fileSha256.slice(0, 16)}:1`);
  });
});
