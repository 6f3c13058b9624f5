import type { Outbox } from '../../platform/bus/bus';
import type { Tx } from '../../platform/db/database';
import type { IdGenerator } from '../../platform/ids';
import { recordChanges } from './ticket-access';
import type { TicketContext } from './ticket-context';
import { insertMessages } from './ticket-messages.repository';
import { statusColumns } from './ticket-update.service';
import { searchDocument } from './search-tokens';
import { appendSearchWords, type TicketRow } from './tickets.repository';
import { fieldChanges } from './rules/field-changes';
import { statusAfterMessage } from './rules/message-effects';
import type { TicketStatus } from './rules/ticket-status';

export interface CustomerMessageInput {
  customerId: string;
  authorLabel: string;
  body: string;
  /** The sender's id of the message (a mail's Message-ID, a forum post id): unique per ticket, so it lands once. None for a message written on our own pages. */
  externalRef?: string;
  /** The channel it came by (default `email`). */
  channel?: string;
}

/**
 * Adds the customer's message to a locked, open ticket in `tx`, as the tickets module does for
 * staff messages: the customer writing back reopens a pending, on-hold or resolved ticket (one
 * trail row per changed field), the text joins the search, `ticket.message_added` follows the
 * commit. Answers the message id.
 */
export async function addCustomerMessage(
  tx: Tx,
  deps: { ids: IdGenerator; now: Date },
  ctx: TicketContext,
  outbox: Outbox,
  before: TicketRow,
  input: CustomerMessageInput,
): Promise<string> {
  const [message] = await insertMessages(tx, [
    {
      id: deps.ids.uuid(),
      ticketId: before.id,
      kind: 'customer_message',
      authorType: 'customer',
      authorCustomerId: input.customerId,
      authorLabel: input.authorLabel.slice(0, 200),
      body: input.body,
      channel: input.channel ?? 'email',
      externalRef: input.externalRef ?? null,
      createdAt: deps.now,
    },
  ]);
  const target = statusAfterMessage(before.status as TicketStatus, 'customer_message');
  const status = target ? statusColumns(before, target, deps.now) : {};
  const changes = fieldChanges(before, status);
  const row = await appendSearchWords(tx, before.id, searchDocument(input.body), { ...status, updatedAt: deps.now });
  await recordChanges(tx, deps.ids, ctx, before.id, changes, deps.now);
  outbox.add('ticket.message_added', { ticketId: before.id, messageId: message!.id, kind: 'customer_message', authorType: 'customer', mentions: [] });
  if (changes.length > 0) {
    outbox.add('ticket.updated', { ticketId: before.id, changes: changes.map((c) => c.field), status: row.status, departmentId: row.departmentId, teamId: row.teamId, assigneeId: row.assigneeId });
  }
  return message!.id;
}
