import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { signIn } from '../../../test/helpers/auth';
import { FakeClock } from '../../platform/clock';
import { scalar, tempUploadDir } from './imports.test-kit';
import { MAX_UPLOAD_BYTES } from './upload';

let t: TestApp;
let dir: string;
let admin: Record<string, string>;
let agent: Record<string, string>;
let storeManager: Record<string, string>;

beforeAll(async () => {
  dir = tempUploadDir();
  // Jobs on: a started import goes through pg-boss to the worker, as in production.
  t = await createTestApp({ clock: new FakeClock('2026-03-15T12:00:00Z'), env: { JOBS_ENABLED: 'true' }, overrides: { uploadDir: dir } });
  admin = (await signIn(t, 'admin')).headers;
  agent = (await signIn(t, 'agent')).headers;
  storeManager = (await signIn(t, 'store_manager')).headers;
});
afterAll(async () => {
  try {
    await t?.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

const sales = [
  'InvoiceNo,InvoiceDate,CustomerID,TotalPrice',
  'R-1,2010-12-01,17850,139.12',
  'R-2,2010-12-01,17850,22.200000000000003',
  'R-3,2010-13-01,13047,10',
  'R-4,2010-12-02,13047,5.5',
].join('\n');
const mapping = { id: 'InvoiceNo', occurredAt: 'InvoiceDate', 'customer.external': 'CustomerID', amount: 'TotalPrice' };
const options = { system: 'retail-test', timezone: 'UTC', currency: 'GBP' };

function upload(payload: string | Readable, opts: { headers?: Record<string, string>; type?: string; query?: string } = {}) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/imports?${opts.query ?? 'kind=events&fileName=sales.csv'}`,
    headers: { ...(opts.headers ?? admin), 'content-type': opts.type ?? 'text/csv' },
    payload,
  });
}
const call = (method: 'GET' | 'POST', url: string, payload?: unknown, headers = admin) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });

async function finished(id: string) {
  let body: { status: string } = { status: '' };
  await vi.waitFor(
    async () => {
      body = (await call('GET', `/imports/${id}`)).json();
      expect(['completed', 'failed', 'cancelled']).toContain(body.status);
    },
    { timeout: 20_000, interval: 50 },
  );
  return body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const incoming = () => (fs.existsSync(path.join(dir, 'incoming')) ? fs.readdirSync(path.join(dir, 'incoming')) : []);

describe('POST /imports (upload)', () => {
  it('stores the raw CSV body and answers its columns, first rows and hash', async () => {
    const res = await upload(sales);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      kind: 'events',
      status: 'uploaded',
      fileName: 'sales.csv',
      fileSize: Buffer.byteLength(sales),
      fileSha256: createHash('sha256').update(sales).digest('hex'),
      format: { type: 'csv', delimiter: ',', header: true, encoding: 'utf-8' },
      preview: { columns: ['InvoiceNo', 'InvoiceDate', 'CustomerID', 'TotalPrice'], rows: [['R-1', '2010-12-01', '17850', '139.12'], expect.any(Array), expect.any(Array), expect.any(Array)] },
    });
    expect(fs.readFileSync(path.join(dir, `${body.id}.csv`), 'utf8')).toBe(sales);
    expect(incoming()).toEqual([]);
  });

  it('refuses other content types with 415, JSON included, and keeps nothing', async () => {
    for (const type of ['text/plain', 'application/octet-stream', 'application/json']) {
      const res = await upload(type === 'application/json' ? JSON.stringify({ csv: sales }) : sales, { type });
      expect([res.statusCode, res.json().code], type).toEqual([415, 'unsupported_media_type']);
    }
    expect(incoming()).toEqual([]);
  });

  it('refuses a file over 200 MiB with 413, whether announced or streamed, and removes the partial file', async () => {
    const announced = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports?kind=events',
      headers: { ...admin, 'content-type': 'text/csv', 'content-length': String(MAX_UPLOAD_BYTES + 1) },
      payload: Readable.from([Buffer.from(sales)]),
    });
    expect([announced.statusCode, announced.json().code]).toEqual([413, 'payload_too_large']);
    const mib = Buffer.alloc(1024 * 1024, 'a,b\n');
    let sent = 0;
    const stream = new Readable({
      read() {
        sent += mib.length;
        this.push(sent <= MAX_UPLOAD_BYTES + mib.length ? mib : null);
      },
    });
    const streamed = await upload(stream);
    expect([streamed.statusCode, streamed.json().code]).toEqual([413, 'payload_too_large']);
    expect(incoming()).toEqual([]);
  });

  it('refuses an empty file, a broken one and an unknown kind', async () => {
    expect((await upload('')).json()).toMatchObject({ status: 400, code: 'unreadable_import_file' });
    expect((await upload('a,b\n')).json()).toMatchObject({ status: 400, code: 'unreadable_import_file', detail: 'The file has no header row or no rows' });
    expect((await upload('a,b\n"open,1\n')).json()).toMatchObject({ status: 400, code: 'unreadable_import_file', detail: expect.stringContaining('quote') });
    expect((await upload(sales, { query: 'kind=orders' })).json()).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(incoming()).toEqual([]);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.csv'))).toHaveLength(1);
  });

  it('needs customers:import: an agent gets 403 and stores nothing, a store manager may upload', async () => {
    const denied = await upload(sales, { headers: agent });
    expect([denied.statusCode, denied.json().code]).toEqual([403, 'forbidden']);
    expect((await call('GET', '/imports', undefined, agent)).statusCode).toBe(403);
    expect(incoming()).toEqual([]);
    expect((await upload(sales, { headers: storeManager })).statusCode).toBe(201);
  });
});

describe('running an import through the API', () => {
  it('refuses a mapping that does not fit the file, listing every problem', async () => {
    const { id } = (await upload(sales)).json();
    const res = await call('POST', `/imports/${id}/start`, { mapping: { id: 'Invoice', occurredAt: 'InvoiceDate' }, options });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'invalid_mapping',
      problems: ["id: the file has no column 'Invoice'", expect.stringContaining('customer identity'), 'purchase events need amount'],
      columns: ['InvoiceNo', 'InvoiceDate', 'CustomerID', 'TotalPrice'],
    });
  });

  it('dry-runs, then imports: the bad row is in the error report, every other row is stored', async () => {
    const { id } = (await upload(sales)).json();
    const dry = await call('POST', `/imports/${id}/start`, { mapping, options: { ...options, dryRun: true } });
    expect([dry.statusCode, dry.json().status, dry.json().dryRun]).toEqual([202, 'queued', true]);
    expect(await finished(id)).toMatchObject({ status: 'completed', dryRun: true, rowsProcessed: 4, rowsOk: 3, rowsFailed: 1 });
    expect(await scalar(t.deps, 'select count(*) from events where source = $1', [`import:${id}`])).toBe(0);
    const dryReport = await call('GET', `/imports/${id}/errors.csv`);
    expect(dryReport.body).toBe('line,field,reason\n4,occurredAt,"""2010-13-01"": no such month"\n');

    expect((await call('POST', `/imports/${id}/start`, { mapping, options })).statusCode).toBe(202);
    const done = await finished(id);
    expect(done).toMatchObject({ status: 'completed', dryRun: false, rowsOk: 3, rowsFailed: 1, summary: { accepted: 3, duplicate: 0 } });
    expect(await scalar(t.deps, 'select count(*) from events where source = $1', [`import:${id}`])).toBe(3);
    const report = await call('GET', `/imports/${id}/errors.csv`);
    expect(report.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(report.headers['content-disposition']).toBe('attachment; filename="sales.errors.csv"');
    expect(report.body.split('\n')[1]).toBe('4,occurredAt,"""2010-13-01"": no such month"');

    const list = (await call('GET', '/imports?limit=200')).json();
    expect(list.items.find((i: { id: string }) => i.id === id)).toMatchObject({ status: 'completed', rowsOk: 3 });
    expect((await call('POST', `/imports/${id}/cancel`)).json().code).toBe('import_not_cancellable');
    const audit = await scalar(t.deps, `select count(*) from audit_log where target_id = $1 and action in ('import.created', 'import.started')`, [id]);
    expect(audit).toBe(3);
  });

  it('cancels an import that has not run, which then cannot start twice at once', async () => {
    const { id } = (await upload(sales)).json();
    const res = await call('POST', `/imports/${id}/cancel`);
    expect([res.statusCode, res.json().status]).toEqual([200, 'cancelled']);
    expect((await call('GET', `/imports/${id}/errors.csv`)).body).toBe('line,field,reason\n');
  });

  it('answers 404 for an unknown import on every route', async () => {
    const id = t.deps.ids.uuid();
    for (const [method, url, payload] of [
      ['GET', `/imports/${id}`],
      ['GET', `/imports/${id}/errors.csv`],
      ['POST', `/imports/${id}/cancel`],
      ['POST', `/imports/${id}/start`, { mapping }],
    ] as const) {
      expect((await call(method, url, payload)).json().code, url).toBe('import_not_found');
    }
  });

  it('documents the upload as a text/csv body in OpenAPI', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths['/api/v1/imports'].post.requestBody.content)).toEqual(['text/csv', 'application/csv']);
    expect(doc.paths['/api/v1/imports/{id}/start'].post.tags).toEqual(['imports']);
  });
});
