import type { AuditContext } from '../../platform/audit/audit.service';
import { inTransaction } from '../../platform/db/unit-of-work';
import type { FileStorage } from '../../platform/storage/storage';
import { searchDocument } from './search-tokens';
import { auditTickets, type TicketDeps } from './ticket-context';
import * as repo from './ticket-erasure.repository';
import { customerAndMerged } from './ticket-refs';

/** The audit actor of the scrub that follows a customer's erasure. */
export const customerErasureContext: AuditContext = { actor: { type: 'system', id: null, label: 'customer erasure' } };

/** What one scrub changed; all zero when it had run before. */
export interface TicketErasure {
  tickets: number;
  messages: number;
  mergeNotes: number;
  changes: number;
  attachments: number;
  files: number;
  mails: number;
  searchRebuilt: number;
}

/**
 * After a customer's erasure (`customer.erased`), the text of its tickets goes too: subject
 * `[erased]`, description empty, its own messages `[erased]`, its attachments deleted (rows and
 * files), addresses and subjects of the tickets' mails cleared, subject and description values
 * in the trail replaced, and the search vectors rebuilt from what is left. Numbers, status,
 * timestamps, category, placement and staff replies stay for the figures. Profiles merged into
 * the customer count as the customer. Audited `tickets.customer_erased` with counts only.
 * Idempotent: a second run finds nothing left, changes nothing and audits nothing.
 */
export async function scrubErasedCustomerTickets(deps: TicketDeps & { storage: FileStorage }, customerId: string): Promise<TicketErasure> {
  const db = deps.database.db;
  const customerIds = await db.transaction((tx) => customerAndMerged(tx, customerId));
  // Files before rows: a crash in between leaves rows the next run deletes, never files no row points to.
  const attachments = await repo.attachmentsOf(db, customerIds);
  const attachmentIds = attachments.map((a) => a.id);
  const held = await repo.keysStillHeld(db, [...new Set(attachments.map((a) => a.storageKey))], attachmentIds);
  const doomed = [...new Set(attachments.map((a) => a.storageKey))].filter((key) => !held.has(key));
  for (const key of doomed) await deps.storage.delete(key);

  return inTransaction(deps, async (tx, outbox) => {
    const now = deps.clock.now();
    const removed = await repo.deleteAttachments(tx, attachmentIds);
    const scrubbed = await repo.scrubTickets(tx, customerIds);
    const messageTickets = await repo.scrubMessages(tx, customerIds);
    const noteTickets = await repo.scrubMergeNotes(tx, customerIds);
    const changes = await repo.scrubTextChanges(tx, customerIds);
    const mails = await repo.scrubMails(tx, customerIds);
    const touched = [...new Set([...scrubbed.map((t) => t.id), ...messageTickets, ...noteTickets])];
    for (const text of await repo.ticketTexts(tx, touched)) {
      await repo.setSearch(tx, text.id, {
        subject: searchDocument(text.subject),
        description: searchDocument(text.description),
        conversation: searchDocument(text.conversation.join('\n')),
      });
    }
    const result: TicketErasure = {
      tickets: scrubbed.length,
      messages: messageTickets.length,
      mergeNotes: noteTickets.length,
      changes,
      attachments: removed,
      files: doomed.length,
      mails,
      searchRebuilt: touched.length,
    };
    if (Object.values(result).some((n) => n > 0)) {
      await auditTickets(tx, now, customerErasureContext, 'tickets.customer_erased', { type: 'customer', id: customerId }, { ...result });
    }
    for (const t of scrubbed) {
      outbox.add('ticket.updated', { ticketId: t.id, changes: ['subject', 'description'], status: t.status, departmentId: t.departmentId, teamId: t.teamId, assigneeId: t.assigneeId });
    }
    return result;
  });
}
