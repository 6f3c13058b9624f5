import type { Config } from '../../config';
import type { Database } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { localDiskStorage } from '../../platform/storage/local-disk-storage';
import type { FileStorage } from '../../platform/storage/storage';
import { visibleTicket } from '../tickets/ticket-access';
import type { TicketContext } from '../tickets/ticket-context';
import * as repo from './attachments.repository';
import { attachmentVerdict } from './rules/attachment-policy';

/** The attachments store of this instance (a directory all nodes share in server mode). */
export function attachmentStorage(config: Pick<Config, 'email'>): FileStorage {
  return localDiskStorage(config.email.attachments.dir);
}

/** An attachment stored, waiting for its database row. */
export type StoredAttachment = Omit<repo.NewAttachmentRow, 'id' | 'ticketId' | 'messageId' | 'createdAt'>;

/**
 * Keeps the files a mail brought that pass the policy (size, no executables); answers the kept
 * ones and the names of those refused with why. Bytes go to storage before any row is written:
 * a crash leaves at most an unreferenced file, never a row without bytes.
 */
export async function storeAttachments(
  storage: FileStorage,
  files: { filename: string | undefined; contentType: string; content: Buffer }[],
  maxBytes: number,
): Promise<{ kept: StoredAttachment[]; refused: { filename: string; reason: string }[] }> {
  const kept: StoredAttachment[] = [];
  const refused: { filename: string; reason: string }[] = [];
  for (const file of files.slice(0, 50)) {
    const verdict = attachmentVerdict({ filename: file.filename, contentType: file.contentType, size: file.content.length }, maxBytes);
    if (!verdict.ok) {
      refused.push({ filename: file.filename ?? '', reason: verdict.reason });
      continue;
    }
    const stored = await storage.put(file.content);
    kept.push({ filename: verdict.filename, contentType: verdict.contentType, size: stored.size, storageKey: stored.key, sha256: stored.sha256 });
  }
  return { kept, refused };
}

export interface TicketAttachmentView {
  id: string;
  ticketId: string;
  messageId: string | null;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  createdAt: string;
}

const present = (r: repo.AttachmentRow): TicketAttachmentView => ({
  id: r.id,
  ticketId: r.ticketId,
  messageId: r.messageId,
  filename: r.filename,
  contentType: r.contentType,
  size: r.size,
  sha256: r.sha256,
  createdAt: r.createdAt.toISOString(),
});

/** A visible ticket's attachments, oldest first (404 `ticket_not_found` outside the caller's scope). */
export async function listTicketAttachments(deps: { database: Database }, ctx: TicketContext, ticketId: string): Promise<{ items: TicketAttachmentView[] }> {
  const db = deps.database.db;
  await visibleTicket(db, ctx, ticketId);
  return { items: (await repo.listAttachments(db, ticketId)).map(present) };
}

/** One attachment's bytes (404 `attachment_not_found` when it or its file is missing). */
export async function readTicketAttachment(
  deps: { database: Database; storage: FileStorage },
  ctx: TicketContext,
  ticketId: string,
  attachmentId: string,
): Promise<{ filename: string; contentType: string; bytes: Buffer }> {
  const db = deps.database.db;
  await visibleTicket(db, ctx, ticketId);
  const row = await repo.findAttachment(db, ticketId, attachmentId);
  const bytes = row ? await deps.storage.get(row.storageKey) : null;
  if (!row || !bytes) throw new AppError('attachment_not_found');
  return { filename: row.filename, contentType: row.contentType, bytes };
}
