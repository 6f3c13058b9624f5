import type { AppDeps, ServiceDeps } from '../../app';
import type { Outbox } from '../bus/bus';
import type { Tx } from '../db/database';
import { signPayload } from './signature';
import * as repo from './webhooks.repository';

export const MAX_ATTEMPTS = 8;
/** How long a claimed delivery is left to its runner before another may retry it. */
const LEASE_MS = 60_000;
const TIMEOUT_MS = 5_000;

/** The wait after failed attempt `n` (1-based): 1, 2, 4 … minutes, at most 6 hours. */
export function backoffMs(attempt: number): number {
  return Math.min(2 ** (attempt - 1) * 60_000, 6 * 3_600_000);
}

/**
 * Queues `event` for every active endpoint subscribed to it, in the caller's transaction (so a
 * rolled-back change sends nothing); `webhook.queued` after commit wakes the sender.
 */
export async function queueWebhook(tx: Tx, outbox: Outbox, deps: Pick<ServiceDeps, 'ids' | 'clock'>, event: string, payload: Record<string, unknown>): Promise<number> {
  const endpoints = await repo.subscribers(tx, event);
  const now = deps.clock.now();
  const rows = endpoints.map((e) => ({ id: deps.ids.uuid(), endpointId: e.id, event, payload, nextAttemptAt: now, createdAt: now }));
  await repo.insertDeliveries(tx, rows);
  if (rows.length > 0) outbox.add('webhook.queued', { event, deliveries: rows.length });
  return rows.length;
}

/** The JSON a receiver gets. */
export function deliveryBody(row: { id: string; event: string; payload: Record<string, unknown>; createdAt: Date }): string {
  return JSON.stringify({ id: row.id, event: row.event, createdAt: row.createdAt.toISOString(), data: row.payload });
}

/**
 * Sends the deliveries that are due, each signed with its endpoint's secret; a 2xx answer marks it
 * delivered, anything else retries it later with back-off, and after MAX_ATTEMPTS it fails. Safe
 * to run twice at once: claimed deliveries are leased. Answers how many were delivered and failed.
 */
export async function deliverDue(deps: Pick<AppDeps, 'database' | 'clock' | 'logger'>, limit = 50): Promise<{ delivered: number; retried: number; failed: number }> {
  const out = { delivered: 0, retried: 0, failed: 0 };
  const now = deps.clock.now();
  const claimed = await repo.claimDue(deps.database.db, now, new Date(now.getTime() + LEASE_MS), limit);
  for (const row of claimed) {
    const body = deliveryBody(row);
    let status: number | null = null;
    let error: string | null = null;
    try {
      const res = await fetch(row.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-guildhall-event': row.event, 'x-guildhall-delivery': row.id, 'x-guildhall-signature': signPayload(row.secret, body, deps.clock.now()) },
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      status = res.status;
      await res.body?.cancel();
      if (!res.ok) error = `HTTP ${res.status}`;
    } catch (err) {
      error = (err as Error).message.slice(0, 200);
    }
    const at = deps.clock.now();
    if (error === null) {
      await repo.markDelivery(deps.database.db, row.id, { deliveredAt: at, lastStatus: status, lastError: null });
      out.delivered++;
    } else if (row.attempts >= MAX_ATTEMPTS) {
      await repo.markDelivery(deps.database.db, row.id, { failedAt: at, lastStatus: status, lastError: error });
      deps.logger.warn({ deliveryId: row.id, event: row.event, error }, 'webhook delivery failed for good');
      out.failed++;
    } else {
      await repo.markDelivery(deps.database.db, row.id, { nextAttemptAt: new Date(at.getTime() + backoffMs(row.attempts)), lastStatus: status, lastError: error });
      out.retried++;
    }
  }
  return out;
}
