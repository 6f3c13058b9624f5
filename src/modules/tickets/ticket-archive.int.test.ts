import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { archiveDueTickets } from './ticket-archive.service';
import { ticketsKit, type TicketsKit } from './tickets.test-kit';

const DAY = 86_400_000;
const HOUR = 3_600_000;

let k: TicketsKit;
beforeAll(async () => {
  k = await ticketsKit('2026-03-01T08:00:00Z');
});
afterAll(async () => k.t.close());

const patch = (id: string, body: Record<string, unknown>) => k.api('PATCH', `/tickets/${id}`, body);
const read = async (id: string) => (await k.api('GET', `/tickets/${id}`)).json();

/** A ticket resolved and closed now; answers it as closed. */
async function closedTicket(subject: string) {
  const ticket = await k.ticket({ subject });
  expect((await patch(ticket.id, { status: 'resolved' })).statusCode).toBe(200);
  const closed = await patch(ticket.id, { status: 'closed' });
  expect(closed.statusCode).toBe(200);
  return closed.json();
}

/** The archiving job's clock: `ms` after the app's (whose sessions would expire over a month). */
const later = (ms: number) => new Date(k.clock.now().getTime() + ms);

describe('archiving closed tickets', () => {
  it('takes TICKET_ARCHIVE_DAYS from the environment, 30 by default, 0 for never', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).tickets.archiveDays).toBe(30);
    expect(loadConfig({ NODE_ENV: 'test', TICKET_ARCHIVE_DAYS: '0' }).tickets.archiveDays).toBe(0);
    expect(() => loadConfig({ NODE_ENV: 'test', TICKET_ARCHIVE_DAYS: '-1' })).toThrow(/TICKET_ARCHIVE_DAYS/);
  });

  it('archives tickets closed more than N days ago, once, and leaves the rest', async () => {
    // Archive what earlier tests left, so the counts below are this test's own.
    await archiveDueTickets(k.t.deps, later(365 * DAY), 30);
    const old = await closedTicket('Closed long ago');
    k.clock.advance(6 * HOUR);
    const recent = await closedTicket('Closed six hours later');
    const open = await k.ticket({ subject: 'Still open' });

    // Thirty days and three hours after the first closing: only that one is due.
    const at = later(30 * DAY - 3 * HOUR);
    expect(await archiveDueTickets(k.t.deps, at, 0)).toEqual({ archived: 0, more: false });
    expect(await archiveDueTickets(k.t.deps, at, 31)).toEqual({ archived: 0, more: false });
    expect(await archiveDueTickets(k.t.deps, at, 30)).toEqual({ archived: 1, more: false });
    const archived = await read(old.id);
    expect(archived).toMatchObject({ status: 'closed', archivedAt: at.toISOString(), updatedAt: old.updatedAt });
    expect((await read(recent.id)).archivedAt).toBeNull();
    expect((await read(open.id)).archivedAt).toBeNull();

    // Again: nothing new is due, and the archived ticket keeps its time.
    expect(await archiveDueTickets(k.t.deps, new Date(at.getTime() + 60_000), 30)).toEqual({ archived: 0, more: false });
    expect((await read(old.id)).archivedAt).toBe(at.toISOString());

    const next = later(30 * DAY + HOUR);
    expect(await archiveDueTickets(k.t.deps, next, 30)).toEqual({ archived: 1, more: false });
    expect((await read(recent.id)).archivedAt).toBe(next.toISOString());
    expect((await read(open.id)).archivedAt).toBeNull();
  });

  it('works in batches and says when more are due than one run took', async () => {
    await archiveDueTickets(k.t.deps, later(365 * DAY), 30);
    k.clock.advance(HOUR);
    const tickets = [await closedTicket('Batch 1'), await closedTicket('Batch 2'), await closedTicket('Batch 3')];
    const at = later(31 * DAY);
    expect(await archiveDueTickets(k.t.deps, at, 30, { batch: 2, maxBatches: 1 })).toEqual({ archived: 2, more: true });
    expect(await archiveDueTickets(k.t.deps, at, 30, { batch: 2, maxBatches: 1 })).toEqual({ archived: 1, more: false });
    for (const t of tickets) expect((await read(t.id)).archivedAt).not.toBeNull();
  });

  it('keeps archived tickets out of lists unless asked, and read-only', async () => {
    const ticket = await closedTicket('Archived and read-only');
    const survivor = await k.ticket({ subject: 'Open one' });
    await archiveDueTickets(k.t.deps, later(31 * DAY), 30);

    const listed = (await k.api('GET', `/tickets?limit=100&status=closed`)).json().items.map((t: any) => t.id);
    expect(listed).not.toContain(ticket.id);
    const archivedList = (await k.api('GET', `/tickets?limit=100&archived=true`)).json().items.map((t: any) => t.id);
    expect(archivedList).toContain(ticket.id);

    const change = await patch(ticket.id, { priority: 'high' });
    expect(change.statusCode).toBe(409);
    expect(change.json().code).toBe('ticket_archived');
    const reply = await k.api('POST', `/tickets/${ticket.id}/messages`, { kind: 'internal_note', body: 'One more thing' });
    expect(reply.statusCode).toBe(409);
    expect(reply.json().code).toBe('ticket_archived');
    const bulk = await k.api('POST', '/tickets/bulk', { ids: [ticket.id], changes: { priority: 'urgent' } });
    expect(bulk.json().results).toEqual([expect.objectContaining({ id: ticket.id, ok: false, code: 'ticket_archived' })]);
    const merge = await k.api('POST', `/tickets/${survivor.id}/merge`, { intoId: ticket.id });
    expect(merge.statusCode).toBe(409);
    expect(merge.json()).toMatchObject({ code: 'ticket_merge_invalid', reason: 'target_closed' });
    expect((await read(ticket.id)).priority).toBe('normal');
  });
});
