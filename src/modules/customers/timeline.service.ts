import { decodeTimeCursor } from '../../platform/auth/time-cursor';
import { encodeCursor } from '../../platform/http/pagination';
import { listCustomerEvents } from '../events/events-query.service';
import type { TimelineItem, TimelineQuery } from './customer-records.contracts';
import { findCustomerById } from './customers.repository';
import { presentEventData, type Viewer } from './customer-view';
import { mergeNewestFirst, noteSummary, profileSummary } from './rules/timeline';
import { historyInWindow, notesInWindow, type TimelineWindow } from './timeline.repository';
import { readable, type CustomerDeps } from './service-context';

/**
 * A customer's events, notes and profile changes, newest first, with one cursor (time, id)
 * across the three: each source reads `limit + 1` past the cursor, the merge keeps `limit`.
 */
export async function customerTimeline(deps: Pick<CustomerDeps, 'database'>, viewer: Viewer, customerId: string, query: TimelineQuery) {
  const db = deps.database.db;
  readable(await findCustomerById(db, customerId));
  const limit = query.limit ?? 50;
  const types = query.types ? new Set(query.types.split(',')) : undefined;
  const eventTypes = types ? [...types].filter((t) => t !== 'note' && t !== 'profile') : undefined;
  const before = decodeTimeCursor(query.cursor);
  const window: TimelineWindow = {
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
    before,
    limit: limit + 1,
  };

  const [events, notes, history] = await Promise.all([
    eventTypes?.length === 0
      ? []
      : listCustomerEvents(db, customerId, {
          types: eventTypes,
          from: query.from,
          to: query.to,
          before: before && { at: before.at.toISOString(), id: before.id },
          limit: limit + 1,
        }),
    !types || types.has('note') ? notesInWindow(db, customerId, window) : [],
    !types || types.has('profile') ? historyInWindow(db, customerId, window) : [],
  ]);

  const items: TimelineItem[][] = [
    events.map((e) => ({ id: e.id, at: e.at, kind: 'event', type: e.type, summary: e.summary, data: presentEventData(e.data, viewer) })),
    notes.map((n) => ({
      id: n.id,
      at: n.createdAt.toISOString(),
      kind: 'note',
      type: 'note',
      summary: noteSummary(n.authorLabel, n.body),
      data: { body: n.body, authorId: n.authorId, authorLabel: n.authorLabel },
    })),
    history.map((h) => ({
      id: h.id,
      at: h.at.toISOString(),
      kind: 'profile',
      type: h.action,
      summary: profileSummary(h.action, h.changes),
      data: { ...h.changes, actorLabel: h.actorLabel },
    })),
  ];
  const page = mergeNewestFirst(items, limit);
  const last = page.items[page.items.length - 1];
  return { items: page.items, nextCursor: page.hasMore && last ? encodeCursor({ k: last.at, id: last.id }) : null };
}
