import { sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';

// The SQL of scrubbing an erased customer's ticket text. Every statement changes only rows not
// scrubbed yet and answers what it changed, so running the erasure twice changes nothing more.
// `email_messages` and `ticket_attachments` belong to the email module; this is a documented
// write of them for the right to erasure.

type Executor = Db | Tx;

export const ERASED = '[erased]';

const uuids = (ids: string[]) => sql`${sql.param(ids)}::uuid[]`;
const rowsOf = async <T>(ex: Executor, query: SQL): Promise<T[]> => ((await ex.execute(query)) as unknown as { rows: T[] }).rows;
const count = async (ex: Executor, change: SQL) => Number((await rowsOf<{ n: number }>(ex, sql`with changed as (${change} returning 1) select count(*)::int as n from changed`))[0]?.n ?? 0);

/** Tickets these customers requested. */
const requested = (customerIds: string[]) => sql`select id from tickets where requester_id = any(${uuids(customerIds)})`;
/** The messages these customers wrote. */
const written = (customerIds: string[]) =>
  sql`select id from ticket_messages where kind = 'customer_message' and author_customer_id = any(${uuids(customerIds)})`;

/** The attachments the customers sent: with their messages, or with the mail that opened their ticket. */
export function attachmentsOf(ex: Executor, customerIds: string[]): Promise<{ id: string; storageKey: string }[]> {
  return rowsOf(
    ex,
    sql`select id, storage_key as "storageKey" from ticket_attachments
        where message_id in (${written(customerIds)}) or (message_id is null and ticket_id in (${requested(customerIds)}))`,
  );
}

/** Of these storage keys, the ones an attachment other than `exceptIds` still holds (equal bytes share a key). */
export async function keysStillHeld(ex: Executor, keys: string[], exceptIds: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await rowsOf<{ key: string }>(
    ex,
    sql`select distinct storage_key as key from ticket_attachments where storage_key = any(${sql.param(keys)}::text[]) and not (id = any(${uuids(exceptIds)}))`,
  );
  return new Set(rows.map((r) => r.key));
}

export function deleteAttachments(tx: Tx, ids: string[]): Promise<number> {
  return ids.length === 0 ? Promise.resolve(0) : count(tx, sql`delete from ticket_attachments where id = any(${uuids(ids)})`);
}

/** Subject `[erased]`, description empty on the customers' tickets; answers the changed tickets' placement. */
export function scrubTickets(tx: Tx, customerIds: string[]) {
  return rowsOf<{ id: string; status: string; departmentId: string | null; teamId: string | null; assigneeId: string | null }>(
    tx,
    sql`update tickets set subject = ${ERASED}, description = ''
        where requester_id = any(${uuids(customerIds)}) and (subject <> ${ERASED} or description <> '')
        returning id, status, department_id as "departmentId", team_id as "teamId", assignee_id as "assigneeId"`,
  );
}

/** The customers' own messages, on any ticket: body `[erased]`, no author label. Answers the tickets touched. */
export async function scrubMessages(tx: Tx, customerIds: string[]): Promise<string[]> {
  const rows = await rowsOf<{ ticketId: string }>(
    tx,
    sql`update ticket_messages set body = ${ERASED}, author_label = ''
        where kind = 'customer_message' and author_customer_id = any(${uuids(customerIds)}) and (body <> ${ERASED} or author_label <> '')
        returning ticket_id as "ticketId"`,
  );
  return rows.map((r) => r.ticketId);
}

/** The system note a merge left on the surviving ticket quotes the merged ticket's subject and description: those of the customers' tickets are cut. */
export async function scrubMergeNotes(tx: Tx, customerIds: string[]): Promise<string[]> {
  const rows = await rowsOf<{ ticketId: string }>(
    tx,
    sql`update ticket_messages m set body = '#' || l.number || ' merged into this ticket: ' || ${ERASED}
        from tickets l
        where l.requester_id = any(${uuids(customerIds)}) and l.merged_into_id = m.ticket_id and m.kind = 'system'
          and m.body like '#' || l.number || ' merged into this ticket:%'
          and m.body <> '#' || l.number || ' merged into this ticket: ' || ${ERASED}
        returning m.ticket_id as "ticketId"`,
  );
  return rows.map((r) => r.ticketId);
}

/** The trail keeps that the subject or description changed, not what they said. */
export function scrubTextChanges(tx: Tx, customerIds: string[]): Promise<number> {
  const erased = sql`to_jsonb(${ERASED}::text)`;
  const scrub = (col: SQL) => sql`case when ${col} is null or ${col} = 'null'::jsonb then ${col} else ${erased} end`;
  const open = (col: SQL) => sql`(${col} is not null and ${col} <> 'null'::jsonb and ${col} <> ${erased})`;
  return count(
    tx,
    sql`update ticket_changes set from_value = ${scrub(sql`from_value`)}, to_value = ${scrub(sql`to_value`)}
        where field in ('subject', 'description') and ticket_id in (${requested(customerIds)})
          and (${open(sql`from_value`)} or ${open(sql`to_value`)})`,
  );
}

/**
 * The mails of the customers' tickets (and of their messages elsewhere) keep their Message-IDs
 * for threading but lose addresses, subject and text. Mail not sent yet never will be: it is
 * marked failed (`attempts` past any limit).
 */
export function scrubMails(tx: Tx, customerIds: string[]): Promise<number> {
  const unsent = sql`direction = 'out' and sent_at is null`;
  return count(
    tx,
    sql`update email_messages set from_address = '', to_address = '', subject = ${ERASED}, body = '',
          attempts = case when ${unsent} then greatest(attempts, 1000) else attempts end,
          last_error = case when ${unsent} then 'recipient erased' else last_error end
        where (ticket_id in (${requested(customerIds)}) or ticket_message_id in (${written(customerIds)}))
          and (from_address <> '' or to_address <> '' or subject <> ${ERASED} or body <> '')`,
  );
}

export interface TicketText {
  id: string;
  subject: string;
  description: string;
  /** Public conversation (replies, customer messages) and merge notes, oldest first. */
  conversation: string[];
}

/** What the search vector of these tickets is built from. */
export async function ticketTexts(ex: Executor, ticketIds: string[]): Promise<TicketText[]> {
  if (ticketIds.length === 0) return [];
  const tickets = await rowsOf<{ id: string; subject: string; description: string }>(ex, sql`select id, subject, description from tickets where id = any(${uuids(ticketIds)})`);
  const messages = await rowsOf<{ ticketId: string; kind: string; body: string }>(
    ex,
    sql`select ticket_id as "ticketId", kind, body from ticket_messages
        where ticket_id = any(${uuids(ticketIds)}) and kind in ('public_reply', 'customer_message', 'system')
        order by created_at, id`,
  );
  const conversation = (ticketId: string) =>
    messages
      .filter((m) => m.ticketId === ticketId)
      .map((m) => (m.kind === 'system' ? mergeQuote(m.body) : m.body))
      .filter((b): b is string => b !== null && b !== ERASED);
  return tickets.map((t) => ({ ...t, conversation: conversation(t.id) }));
}

/** A merge note's quoted text (the words the merge added to the search); null for other system notes. */
function mergeQuote(body: string): string | null {
  const match = /^#\d+ merged into this ticket: ([\s\S]*)$/.exec(body);
  return match ? match[1]! : null;
}

/** Replaces the ticket's search vector: subject (A), description (B), conversation (C), each already segmented. */
export async function setSearch(tx: Tx, id: string, words: { subject: string; description: string; conversation: string }): Promise<void> {
  await tx.execute(sql`
    update tickets set search = setweight(to_tsvector('simple', ${words.subject}), 'A') || setweight(to_tsvector('simple', ${words.description}), 'B')
      || setweight(to_tsvector('simple', ${words.conversation}), 'C')
    where id = ${id}::uuid`);
}
