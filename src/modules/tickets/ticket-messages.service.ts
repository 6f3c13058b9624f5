import type { Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import { toPage } from '../../platform/http/pagination';
import { lockChangeable, recordChanges, visibleTicket } from './ticket-access';
import type { TicketContext, TicketDeps } from './ticket-context';
import { timeCursor } from './ticket-cursors';
import * as messages from './ticket-messages.repository';
import type { AddMessageBody, MessageListQuery, TicketChange, TicketMessage } from './ticket-messages.contracts';
import { assertStaff, staffIdsByEmail } from './ticket-refs';
import { statusColumns } from './ticket-update.service';
import { presentChange, presentMessage } from './ticket-view';
import * as repo from './tickets.repository';
import { searchDocument } from './search-tokens';
import { fieldChanges } from './rules/field-changes';
import { MAX_MENTIONS, mentionedEmails } from './rules/mentions';
import { firstResponseAt, isSearchable, statusAfterMessage, type AuthorType } from './rules/message-effects';
import type { TicketStatus } from './rules/ticket-status';

/** Staff mentioned in a note: the ids given (each must be an active user) and every `@<email>` of a staff user in the body. */
async function mentionsOf(tx: Tx, body: AddMessageBody): Promise<string[]> {
  if (body.kind !== 'internal_note') {
    if (body.mentions?.length) throw new AppError('invalid_mention', 'Only internal notes mention staff');
    return [];
  }
  await assertStaff(tx, body.mentions ?? []);
  const byEmail = await staffIdsByEmail(tx, mentionedEmails(body.body));
  return [...new Set([...(body.mentions ?? []), ...byEmail])].slice(0, MAX_MENTIONS);
}

/**
 * Adds a public reply or an internal note to a visible, open ticket. A note records the staff
 * it mentions. The first public reply by a staff user stamps `first_response_at`; the status
 * moves as named, or as a reply implies (a new ticket opens). Public text joins the search.
 */
export async function addMessage(deps: TicketDeps, ctx: TicketContext, ticketId: string, body: AddMessageBody): Promise<TicketMessage> {
  const words = isSearchable(body.kind) ? searchDocument(body.body) : '';
  return inTransaction(deps, async (tx, outbox) => {
    const before = await lockChangeable(tx, ctx, ticketId);
    const mentions = await mentionsOf(tx, body);
    const now = deps.clock.now();
    const authorType: AuthorType = ctx.actor.type === 'user' ? 'user' : ctx.actor.type === 'api_key' ? 'api_key' : 'system';
    const [message] = await messages.insertMessages(tx, [
      {
        id: deps.ids.uuid(),
        ticketId,
        kind: body.kind,
        authorType,
        authorUserId: ctx.userId,
        authorLabel: ctx.actor.label,
        body: body.body,
        mentions,
        channel: body.kind === 'internal_note' ? 'internal' : before.channel,
        createdAt: now,
      },
    ]);
    const target = body.status ?? statusAfterMessage(before.status as TicketStatus, body.kind);
    const status = target ? statusColumns(before, target, now) : {};
    const changes = fieldChanges(before, status);
    const row = await repo.appendSearchWords(tx, ticketId, words, {
      ...status,
      firstResponseAt: firstResponseAt(before.firstResponseAt, { kind: body.kind, authorType }, now),
      updatedAt: now,
    });
    await recordChanges(tx, deps.ids, ctx, ticketId, changes, now);
    outbox.add('ticket.message_added', { ticketId, messageId: message!.id, kind: body.kind, authorType, mentions });
    if (changes.length > 0) {
      outbox.add('ticket.updated', { ticketId, changes: changes.map((c) => c.field), status: row.status, departmentId: row.departmentId, teamId: row.teamId, assigneeId: row.assigneeId });
    }
    return presentMessage(message!);
  });
}

/** A visible ticket's conversation (notes included: only staff read this), oldest first. */
export async function listMessages(deps: Pick<TicketDeps, 'database'>, ctx: TicketContext, ticketId: string, query: MessageListQuery) {
  const db = deps.database.db;
  await visibleTicket(db, ctx, ticketId);
  const limit = query.limit ?? 50;
  const rows = await messages.listMessages(db, ticketId, limit, timeCursor(query.cursor));
  const page = toPage(rows, limit, (r) => ({ k: r.createdAt.toISOString(), id: r.id }));
  return { items: page.items.map(presentMessage), nextCursor: page.nextCursor };
}

/** A visible ticket's change trail, oldest first. */
export async function listChanges(deps: Pick<TicketDeps, 'database'>, ctx: TicketContext, ticketId: string, query: MessageListQuery): Promise<{ items: TicketChange[]; nextCursor: string | null }> {
  const db = deps.database.db;
  await visibleTicket(db, ctx, ticketId);
  const limit = query.limit ?? 50;
  const rows = await repo.listChanges(db, ticketId, limit, timeCursor(query.cursor));
  const page = toPage(rows, limit, (r) => ({ k: r.at.toISOString(), id: r.id }));
  return { items: page.items.map(presentChange), nextCursor: page.nextCursor };
}
