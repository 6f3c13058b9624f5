import type { Config } from '../../config';
import type { Database } from '../../platform/db/database';
import { maskEmail } from '../customers/rules/mask';
import { visibleTicket } from '../tickets/ticket-access';
import type { TicketContext } from '../tickets/ticket-context';
import { ourAddresses } from './email.context';
import { mailsOfTicket } from './email.repository';
import { MAX_SEND_ATTEMPTS } from './outbound/outbound.service';
import { deliveryStatus, type DeliveryStatus } from './rules/delivery-status';

export interface TicketMail {
  id: string;
  direction: 'in' | 'out';
  kind: string;
  messageId: string;
  ticketMessageId: string | null;
  from: string;
  to: string;
  subject: string;
  at: string;
  status: DeliveryStatus;
  sentAt: string | null;
  attempts: number;
  lastError: string | null;
}

/**
 * A visible ticket's mails both ways with their delivery status, so an agent sees whether a
 * reply went out. Customer addresses are masked as everywhere (our own are shown).
 */
export async function listTicketMails(deps: { database: Database; config: Config }, ctx: TicketContext, ticketId: string): Promise<{ items: TicketMail[] }> {
  const db = deps.database.db;
  await visibleTicket(db, ctx, ticketId);
  const ours = new Set(ourAddresses(deps.config));
  const shown = (list: string) => list.split(',').map((a) => a.trim()).filter(Boolean).map((a) => (ours.has(a.toLowerCase()) ? a : maskEmail(a))).join(', ');
  const rows = await mailsOfTicket(db, ticketId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      direction: r.direction as TicketMail['direction'],
      kind: r.kind,
      messageId: r.messageId,
      ticketMessageId: r.ticketMessageId,
      from: shown(r.fromAddress),
      to: shown(r.toAddress),
      subject: r.subject,
      at: r.at.toISOString(),
      status: deliveryStatus(r, MAX_SEND_ATTEMPTS),
      sentAt: r.sentAt?.toISOString() ?? null,
      attempts: r.attempts,
      lastError: r.lastError,
    })),
  };
}
