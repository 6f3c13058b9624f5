import type { Config } from '../../config';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import type { FileStorage } from '../../platform/storage/storage';
import { insertAttachments } from '../email/attachments.repository';
import { addCustomerMessage } from '../tickets/customer-message';
import { lockTicket } from '../tickets/tickets.repository';
import { requesterContext, type PortalDeps } from './portal-context';
import { postNote } from './portal-tickets';
import type { ScreenshotAnswer, ScreenshotBody } from './portal.contracts';
import { ticketByToken } from './public-ticket.service';
import { recordClaimProof } from './recharge-proof';
import { decodeBase64, SCREENSHOT_MAX_BYTES, screenshotVerdict } from './rules/screenshot';

/** The screenshot limit: 5 MB, never more than the ticket attachments allow (`EMAIL_ATTACHMENT_MAX_BYTES`). */
export const screenshotLimit = (config: Pick<Config, 'email'>) => Math.min(SCREENSHOT_MAX_BYTES, config.email.attachments.maxBytes);

/** What the player's message says: their note, or that a screenshot came (Chinese, then English), and the file name. */
function messageText(note: string | undefined, filename: string): string {
  const line = `[截图 Screenshot: ${filename}]`;
  return note?.trim() ? `${note.trim()}\n\n${line}` : `已添加截图 Screenshot added\n${line}`;
}

/**
 * The requester attaches a screenshot on the status page (docs/service-portal.md): an image
 * (png, jpeg, webp, gif by its bytes) within the limit goes to storage, then, in one
 * transaction, a `customer_message` with the note carries it as a ticket attachment (so a
 * ticket pending the customer opens again), and a recharge claim waiting for proof moves to
 * `proof_received` and goes to the recharge team, with an internal note for the agents.
 */
export async function addScreenshot(deps: PortalDeps, storage: FileStorage, token: string, body: ScreenshotBody): Promise<ScreenshotAnswer> {
  const ticket = await ticketByToken(deps, token);
  if (ticket.status === 'closed') throw new AppError('ticket_closed');
  const bytes = decodeBase64(body.content);
  if (!bytes) throw new AppError('validation_failed', 'content is not base64');
  const verdict = screenshotVerdict({ filename: body.filename, declaredType: body.contentType, bytes }, screenshotLimit(deps.config));
  if (!verdict.ok) throw new AppError(verdict.code);
  // Bytes before rows: a crash leaves at most an unreferenced file, never a row without bytes.
  const stored = await storage.put(bytes);
  const answer = await inTransaction(deps, async (tx, outbox) => {
    const before = await lockTicket(tx, ticket.id);
    if (!before) throw new AppError('portal_ticket_not_found');
    if (before.status === 'closed') throw new AppError('ticket_closed');
    const now = deps.clock.now();
    const input = { customerId: before.requesterId, authorLabel: 'requester', body: messageText(body.note, verdict.filename), channel: before.channel };
    const messageId = await addCustomerMessage(tx, { ids: deps.ids, now }, requesterContext, outbox, before, input);
    const id = deps.ids.uuid();
    await insertAttachments(tx, [{ id, ticketId: before.id, messageId, filename: verdict.filename, contentType: verdict.contentType, size: stored.size, storageKey: stored.key, sha256: stored.sha256, createdAt: now }]);
    const proof = await recordClaimProof(deps, tx, outbox, before);
    return { id, messageId, filename: verdict.filename, contentType: verdict.contentType, size: stored.size, createdAt: now.toISOString(), claim: proof ? ('proof_received' as const) : null };
  });
  if (answer.claim) {
    await postNote(deps, ticket.id, `Proof received: the requester attached ${answer.filename} (${answer.size} bytes). Check the receipt against the payment records; the claim is now proof_received.`);
  }
  return answer;
}
