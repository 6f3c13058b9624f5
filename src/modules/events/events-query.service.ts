import { AppError } from '../../platform/http/app-error';
import type { Db, Tx } from '../../platform/db/database';
import { selectCustomerEvents, type TimelineRow } from './events-query.repository';
import { summarise } from './rules/event-summary';

/** One event on a customer's timeline. */
export interface TimelineEvent {
  /** The event's own id (UUIDv7); with `at` it is the position for `before`. */
  id: string;
  at: string;
  type: string;
  /** Short English text; the web UI localises from type and data. */
  summary: string;
  /** The event data as stored, plus `amount`/`currency` for money events, `storeId` and the sender's `externalId`. */
  data: Record<string, unknown>;
}

export interface TimelineQuery {
  types?: string[];
  /** Inclusive lower bound, ISO 8601. */
  from?: string;
  /** Exclusive upper bound, ISO 8601. */
  to?: string;
  /** Only events strictly older than this position (the last item of the previous page). */
  before?: { at: string; id: string };
  limit: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function instant(value: string | undefined, name: string): Date | undefined {
  if (value === undefined) return undefined;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new AppError('invalid_event_filter', `${name} is not an ISO 8601 time`);
  return at;
}

function toTimelineEvent(row: TimelineRow): TimelineEvent {
  const data: Record<string, unknown> = { ...row.properties };
  if (row.amount !== null) Object.assign(data, { amount: row.amount, currency: row.currency });
  if (row.storeId) data.storeId = row.storeId;
  data.externalId = row.externalId;
  return { id: row.id, at: row.occurredAt.toISOString(), type: row.type, summary: summarise(row.type, data), data };
}

/**
 * A customer's events, newest first (ties broken by id), at most `limit`. Page with `before`
 * set to the `{ at, id }` of the last event received. Bad times answer 400 `invalid_event_filter`.
 * @example const page = await listCustomerEvents(db, customerId, { types: ['recharge'], limit: 20 })
 */
export async function listCustomerEvents(db: Db | Tx, customerId: string, query: TimelineQuery): Promise<TimelineEvent[]> {
  const before = query.before ? { at: instant(query.before.at, 'before.at')!, id: query.before.id } : undefined;
  if (before && !UUID.test(before.id)) throw new AppError('invalid_event_filter', 'before.id is not a UUID');
  if (!UUID.test(customerId) || query.limit <= 0 || query.types?.length === 0) return [];
  const rows = await selectCustomerEvents(db, customerId, {
    types: query.types,
    from: instant(query.from, 'from'),
    to: instant(query.to, 'to'),
    before,
    limit: Math.min(Math.floor(query.limit), 1000),
  });
  return rows.map(toTimelineEvent);
}
