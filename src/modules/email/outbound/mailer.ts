import nodemailer from 'nodemailer';
import type { EmailConfig } from '../../../config';

/** One mail as we send it; ids without angle brackets. */
export interface OutboundMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  headers: Record<string, string>;
}

/** Sends mail; throws when the server refuses (the outbox retries). */
export interface Mailer {
  send(mail: OutboundMail): Promise<void>;
  close(): void;
}

const bracket = (id: string) => `<${id}>`;

/** A nodemailer SMTP transport, or undefined when `SMTP_HOST` is not set (outbound mail off). */
export function smtpMailer(cfg: EmailConfig['outbound']): Mailer | undefined {
  if (!cfg.host) return undefined;
  const transport = nodemailer.createTransport({
    host: cfg.host,
    port: cfg.port,
    secure: cfg.secure,
    ...(cfg.user ? { auth: { user: cfg.user, pass: cfg.pass ?? '' } } : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
    logger: false,
  });
  return {
    async send(mail) {
      await transport.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: bracket(mail.messageId),
        ...(mail.inReplyTo ? { inReplyTo: bracket(mail.inReplyTo) } : {}),
        ...(mail.references.length > 0 ? { references: mail.references.map(bracket).join(' ') } : {}),
        headers: mail.headers,
      });
    },
    close: () => transport.close(),
  };
}
