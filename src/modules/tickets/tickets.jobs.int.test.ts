import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signIn, type SignedIn } from '../../../test/helpers/auth';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { FakeClock } from '../../platform/clock';
import { TICKET_ARCHIVE_QUEUE } from './tickets.jobs';

// The durable path, with jobs on: customer events become jobs, and the archive queue's worker
// archives with the app's clock and the configured number of days.

const DAY = 86_400_000;
const eventually = { timeout: 15_000, interval: 100 };

let t: TestApp;
let admin: SignedIn;
let dataDir: string;
const clock = new FakeClock('2026-03-15T12:00:00Z');
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'gh-ticket-jobs-'));
  t = await createTestApp({ clock, env: { JOBS_ENABLED: 'true', TICKET_ARCHIVE_DAYS: '7', DATA_DIR: dataDir } });
  admin = await signIn(t, 'admin');
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

const api = async (method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown) => {
  const res = await t.app.inject({ method, url: `/api/v1${url}`, headers: admin.headers, ...(body === undefined ? {} : { payload: body as object }) });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json();
};
const customer = async (displayName: string) => (await api('POST', '/customers', { displayName })).id as string;
const ticket = (requesterId: string, subject: string) => api('POST', '/tickets', { subject, channel: 'web', requesterId });

describe('ticket jobs', () => {
  it('moves a merged customer’s tickets and scrubs an erased one’s through durable jobs', async () => {
    const winner = await customer('Winner');
    const loser = await customer('Loser');
    const moved = await ticket(loser, '充值没到账');
    await api('POST', `/customers/${winner}/merge`, { loserId: loser });
    await vi.waitFor(async () => expect((await api('GET', `/tickets/${moved.id}`)).requesterId).toBe(winner), eventually);

    await api('POST', `/customers/${winner}/erase`, { reason: 'request' });
    await vi.waitFor(async () => expect((await api('GET', `/tickets/${moved.id}`)).subject).toBe('[erased]'), eventually);
    const trail = (await api('GET', `/tickets/${moved.id}/changes`)).items.filter((c: any) => c.field === 'requesterId');
    expect(trail).toHaveLength(1);
  });

  it('archives on the archive queue with the configured days', async () => {
    const requester = await customer('Archive me');
    const old = await ticket(requester, 'Old one');
    for (const status of ['resolved', 'closed']) await api('PATCH', `/tickets/${old.id}`, { status });
    const fresh = await ticket(requester, 'Fresh one');
    const closedAt = (await api('GET', `/tickets/${old.id}`)).closedAt;
    clock.advance(8 * DAY);
    await t.deps.jobs!.send(TICKET_ARCHIVE_QUEUE, {});
    admin = await signIn(t, 'admin');
    await vi.waitFor(async () => expect((await api('GET', `/tickets/${old.id}`)).archivedAt).toBe(clock.now().toISOString()), eventually);
    expect((await api('GET', `/tickets/${old.id}`)).closedAt).toBe(closedAt);
    expect((await api('GET', `/tickets/${fresh.id}`)).archivedAt).toBeNull();
  });
});
