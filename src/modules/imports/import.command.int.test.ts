import fs from 'node:fs';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { FakeClock } from '../../platform/clock';
import { ImportUsageError, runImportCommand } from './import.command';
import { scalar, tempUploadDir, writeFile } from './imports.test-kit';

let t: TestApp;
let dir: string;

beforeAll(async () => {
  dir = tempUploadDir();
  t = await createTestApp({ clock: new FakeClock('2026-03-15T12:00:00Z'), overrides: { uploadDir: dir } });
});
afterAll(async () => {
  try {
    await t?.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

function sink() {
  let text = '';
  return { stream: new Writable({ write: (chunk, _enc, done) => ((text += String(chunk)), done()) }), text: () => text };
}

const base = { kind: 'events', map: ['occurredAt=d', 'customer.external=c', 'amount=a'], set: ['currency=USD'], system: 'cli-test', timezone: 'UTC' };

describe('guildhall import', () => {
  it('imports a file in place and prints the summary and where the error report is', async () => {
    const file = writeFile(dir, 'cli.txt', 'c d a\n 001 19970101 1.50\n 002 19971301 2\n 001 19970102 3.25\n');
    const out = sink();
    expect(await runImportCommand(t.deps, file, { ...base, dateFormat: 'YYYYMMDD' }, out.stream)).toBe(true);
    const [first, stored, speed, report] = out.text().trim().split('\n');
    expect(first).toMatch(/^Import \S+ completed: 3 rows: 2 ok, 1 failed$/);
    expect(stored).toBe('  events stored 2, already there 0');
    expect(speed).toMatch(/^ {2}\d+ rows\/s in \d+\.\d s$/);
    expect(report).toMatch(/error report: .*\.errors\.csv$/);
    expect(fs.readFileSync(report!.split(': ')[1]!, 'utf8')).toContain('3,occurredAt,"""19971301"": no such month"');
    expect(await scalar(t.deps, `select count(*) from customer_identities where value like 'cli-test:%'`)).toBe(1);
    expect(fs.existsSync(file)).toBe(true);
  });

  it('explains a command line that cannot run, and leaves no import pending', async () => {
    const file = writeFile(dir, 'cli2.csv', 'c,d\n1,2\n');
    await expect(runImportCommand(t.deps, file, { ...base, kind: 'orders' })).rejects.toThrow(ImportUsageError);
    await expect(runImportCommand(t.deps, file, { ...base, map: ['occurredAt'] })).rejects.toThrow('--map occurredAt: write target=column');
    await expect(runImportCommand(t.deps, file, base)).rejects.toThrow("invalid_mapping:\n  - amount: the file has no column 'a'");
    expect(await scalar(t.deps, `select count(*) from imports where status = 'uploaded'`)).toBe(0);
  });
});
