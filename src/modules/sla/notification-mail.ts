import type { AppDeps } from '../../app';
import type { Config } from '../../config';
import { smtpMailer } from '../email/outbound/mailer';
import { pendingEmails, settleEmail } from './notifications.repository';

/** Sends one plain-text mail to a staff user; throws when the server refuses. */
export interface SlaMailer {
  send(mail: { to: string; subject: string; text: string }): Promise<void>;
  close(): void;
}

/**
 * The outbound SMTP transport of the email channel (`SMTP_*`, `EMAIL_FROM`), or undefined when
 * `SMTP_HOST` is not set: notification e-mails are then skipped (and logged), the in-app ones stay.
 */
export function slaMailer(config: Config, ids: AppDeps['ids']): SlaMailer | undefined {
  const smtp = smtpMailer(config.email.outbound);
  if (!smtp) return undefined;
  const from = config.email.outbound.from;
  const domain = from.split('@')[1] ?? 'guildhall.local';
  return {
    send: (mail) => smtp.send({ ...mail, from, messageId: `${ids.uuid()}@${domain}`, inReplyTo: null, references: [], headers: { 'Auto-Submitted': 'auto-generated' } }),
    close: () => smtp.close(),
  };
}

/**
 * Sends the e-mail copy of pending notifications. Without a mailer they are marked skipped;
 * a refused send stays pending and is tried again by the next sweep.
 */
export async function deliverNotificationEmails(
  deps: Pick<AppDeps, 'database' | 'logger'> & { mailer?: SlaMailer },
  limit = 100,
): Promise<{ sent: number; skipped: number; failed: number }> {
  const result = { sent: 0, skipped: 0, failed: 0 };
  const pending = await pendingEmails(deps.database.db, limit);
  if (pending.length === 0) return result;
  if (!deps.mailer) {
    for (const p of pending) if (await settleEmail(deps.database.db, p.id, 'skipped')) result.skipped++;
    deps.logger.info({ skipped: result.skipped }, 'SMTP not configured: notification e-mails skipped');
    return result;
  }
  for (const p of pending) {
    try {
      await deps.mailer.send({ to: p.email, subject: p.title, text: `${p.name}:\n\n${p.body}\n` });
      if (await settleEmail(deps.database.db, p.id, 'sent')) result.sent++;
    } catch (err) {
      result.failed++;
      deps.logger.warn({ err, notificationId: p.id }, 'notification e-mail not sent; will retry');
    }
  }
  return result;
}
