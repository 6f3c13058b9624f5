import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type SignedIn } from '../../../test/helpers/auth';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { webhookReceiver } from '../../../test/helpers/webhook-receiver';
import { FakeClock } from '../clock';
import { inTransaction } from '../db/unit-of-work';
import { verifySignature } from './signature';
import { backoffMs, deliverDue, queueWebhook } from './webhooks.service';

let t: TestApp;
let admin: SignedIn;
const clock = new FakeClock('2026-12-04T10:00:00Z');
let answer = 200;
let receiver: Awaited<ReturnType<typeof webhookReceiver>>;
let received: Awaited<ReturnType<typeof webhookReceiver>>['received'];
let url: string;

beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = await signIn(t, 'admin');
  receiver = await webhookReceiver(() => answer);
  ({ received, url } = receiver);
});
afterAll(async () => {
  await t.close();
  await receiver.close();
});

const api = (method: 'GET' | 'POST' | 'PATCH', path: string, body?: object, as: SignedIn = admin) =>
  t.app.inject({ method, url: `/api/v1${path}`, headers: as.headers, ...(body ? { payload: body } : {}) });
const queue = (event: string, payload: Record<string, unknown>) => inTransaction(t.deps, (tx, outbox) => queueWebhook(tx, outbox, t.deps, event, payload));

describe('webhooks', () => {
  let endpoint: { id: string; secret: string };

  it('an admin adds an endpoint and sees its secret once', async () => {
    const res = await api('POST', '/webhook-endpoints', { name: 'Game server', url, events: ['sanction.applied'] });
    expect(res.statusCode, res.body).toBe(201);
    endpoint = res.json();
    expect(endpoint.secret).toMatch(/^whsec_/);
    const list = (await api('GET', '/webhook-endpoints')).json().items;
    expect(list[0]).not.toHaveProperty('secret');
    expect(list[0].secretPrefix).toBe(endpoint.secret.slice(0, 10));
    expect((await api('POST', '/webhook-endpoints', { name: 'x', url: 'ftp://example.com/x', events: ['*'] })).json().code).toBe('invalid_webhook_url');
    const agent = await signIn(t, 'agent');
    expect((await api('GET', '/webhook-endpoints', undefined, agent)).statusCode).toBe(403);
  });

  it('delivers a signed event the receiver can verify, once, to subscribers only', async () => {
    expect(await queue('appeal.approved', { account: 'nobody-listens' })).toBe(0);
    expect(await queue('sanction.applied', { account: 'acc-1', kind: 'ban' })).toBe(1);
    const [a, b] = await Promise.all([deliverDue(t.deps), deliverDue(t.deps)]);
    expect(a.delivered + b.delivered).toBe(1);
    expect(received).toHaveLength(1);
    const got = received[0]!;
    expect(got.headers['x-guildhall-event']).toBe('sanction.applied');
    expect(verifySignature(endpoint.secret, got.body, got.headers['x-guildhall-signature'] as string, clock.now())).toEqual({ ok: true });
    expect(verifySignature('whsec_wrong', got.body, got.headers['x-guildhall-signature'] as string, clock.now()).ok).toBe(false);
    expect(JSON.parse(got.body)).toMatchObject({ event: 'sanction.applied', id: got.headers['x-guildhall-delivery'], data: { account: 'acc-1', kind: 'ban' } });
    expect(await deliverDue(t.deps)).toEqual({ delivered: 0, retried: 0, failed: 0 });
  });

  it('retries a refused delivery with back-off until the receiver takes it', async () => {
    received.length = 0;
    answer = 503;
    await queue('sanction.applied', { account: 'acc-2' });
    expect(await deliverDue(t.deps)).toEqual({ delivered: 0, retried: 1, failed: 0 });
    expect(await deliverDue(t.deps)).toEqual({ delivered: 0, retried: 0, failed: 0 }); // not due yet
    answer = 200;
    clock.advance(backoffMs(1));
    expect(await deliverDue(t.deps)).toEqual({ delivered: 1, retried: 0, failed: 0 });
    expect(received.map((r) => r.headers['x-guildhall-delivery'])).toEqual([received[0]!.headers['x-guildhall-delivery'], received[0]!.headers['x-guildhall-delivery']]);
    const deliveries = (await api('GET', `/webhook-endpoints/${endpoint.id}/deliveries`)).json().items;
    const retried = deliveries.find((d: { id: string }) => d.id === received[0]!.headers['x-guildhall-delivery']);
    expect(retried).toMatchObject({ attempts: 2, lastStatus: 200, lastError: null });
    expect(retried.deliveredAt).not.toBeNull();
  });

  it('a paused endpoint gets nothing', async () => {
    expect((await api('PATCH', `/webhook-endpoints/${endpoint.id}`, { active: false })).json().active).toBe(false);
    expect(await queue('sanction.applied', { account: 'acc-3' })).toBe(0);
    await api('PATCH', `/webhook-endpoints/${endpoint.id}`, { active: true });
  });
});
