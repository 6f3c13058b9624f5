import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { EmailDeps } from '../email.context';
import { acceptsRecipient } from '../rules/recipients';
import { handleInbound } from './inbound.service';
import { parseMail } from './parse-mail';

export interface SmtpListener {
  /** The port it listens on (useful with port 0). */
  port: number;
  close(): Promise<void>;
}

const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

/**
 * The built-in SMTP listener: takes mail for our addresses (anything else is refused at RCPT
 * TO: no open relay), parses it and hands it to `handleInbound`. The sender gets 250 only
 * once the mail is stored; a failure answers 451 so the sending server retries later. Plain
 * SMTP without AUTH: run it behind the MX (or a TLS-terminating relay), as docs/email-channel.md says.
 */
export async function startSmtpListener(deps: EmailDeps, at: { host: string; port: number }): Promise<SmtpListener> {
  const { inbound, outbound } = deps.config.email;
  const policy = { addresses: inbound.addresses, domains: inbound.domains, from: outbound.from };
  const server = new SMTPServer({
    name: outbound.from.split('@')[1] || 'guildhall.local',
    banner: 'Guildhall',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: inbound.maxMessageBytes,
    logger: false,
    onRcptTo(address, _session, callback) {
      if (acceptsRecipient(address.address, policy)) callback();
      else callback(smtpError(550, 'No such mailbox here'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (err) => callback(err));
      stream.on('end', () => {
        if (stream.sizeExceeded) return callback(smtpError(552, 'Message exceeds the size limit'));
        const envelopeFrom = session.envelope.mailFrom === false ? null : session.envelope.mailFrom.address;
        parseMail(Buffer.concat(chunks), envelopeFrom)
          .then((mail) => handleInbound(deps, mail))
          .then((outcome) => {
            deps.logger.info({ outcome: outcome.action, reason: 'reason' in outcome ? outcome.reason : undefined }, 'inbound email');
            callback();
          })
          .catch((err: unknown) => {
            deps.logger.error({ err }, 'inbound email failed');
            callback(smtpError(451, 'Temporary failure, please retry'));
          });
      });
    },
  });
  server.on('error', (err) => deps.logger.error({ err }, 'smtp listener error'));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(at.port, at.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
