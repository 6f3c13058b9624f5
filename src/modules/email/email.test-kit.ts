import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { signIn, type SignedIn } from '../../../test/helpers/auth';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { FakeClock } from '../../platform/clock';
import { attachmentStorage } from './attachments.service';
import type { EmailDeps } from './email.context';
import { startSmtpListener, type SmtpListener } from './inbound/smtp-listener';
import { smtpMailer } from './outbound/mailer';

// Email integration tests with real sockets: a capturing SMTP server stands for the customers'
// mail provider (our outbound mail lands there), our own listener takes their mail, and
// nodemailer plays the customer's mail client.

export const SUPPORT = 'support@game.example';

/** The customers' side: an SMTP server that keeps every mail it receives. */
export async function startMailbox(): Promise<{ port: number; mails: ParsedMail[]; close(): Promise<void> }> {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.server.address() as AddressInfo).port, mails, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface EmailKit {
  t: TestApp;
  clock: FakeClock;
  admin: SignedIn;
  deps: EmailDeps;
  listener: SmtpListener;
  mailbox: Awaited<ReturnType<typeof startMailbox>>;
  /** The customer's mail client: sends to our listener (the clock moves on a second first). */
  send(mail: SendMailOptions): Promise<void>;
  api(method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown, as?: SignedIn): Promise<{ statusCode: number; json(): any; body: string; headers: Record<string, unknown>; rawPayload: Buffer }>;
  close(): Promise<void>;
}

/** An app whose outbound SMTP points at a capturing mailbox, with our listener on a free port. */
export async function emailKit(env: Record<string, string> = {}): Promise<EmailKit> {
  const mailbox = await startMailbox();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gh-email-'));
  const clock = new FakeClock('2026-06-01T10:00:00Z');
  const t = await createTestApp({
    clock,
    env: { DATA_DIR: dataDir, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mailbox.port), EMAIL_FROM: SUPPORT, EMAIL_INBOUND_DOMAINS: 'game.example', ...env },
  });
  const config = t.deps.config;
  const deps: EmailDeps = { ...t.deps, mailer: smtpMailer(config.email.outbound), storage: attachmentStorage(config) };
  const listener = await startSmtpListener(deps, { host: '127.0.0.1', port: 0 });
  const client = nodemailer.createTransport({ host: '127.0.0.1', port: listener.port, secure: false, ignoreTLS: true });
  const admin = await signIn(t, 'admin');
  return {
    t,
    clock,
    admin,
    deps,
    listener,
    mailbox,
    async send(mail) {
      clock.advance(1000); // each mail a second later, so the conversation has an order
      await client.sendMail({ to: SUPPORT, ...mail });
    },
    api: (method, url, body, as = admin) =>
      t.app.inject({ method, url: `/api/v1${url}`, headers: as.headers, ...(body === undefined ? {} : { payload: body as object }) }) as never,
    async close() {
      client.close();
      deps.mailer?.close();
      await listener.close();
      await t.close();
      await mailbox.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until `probe` answers something truthy (async work after an SMTP answer or a bus event). */
export async function until<T>(probe: () => Promise<T | undefined | null | false> | T | undefined | null | false, what = 'condition', ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A header of a received mail as text (Message-IDs keep their brackets). */
export const header = (mail: ParsedMail, name: string): string => {
  const v = mail.headers.get(name);
  return typeof v === 'string' ? v : Array.isArray(v) ? v.join(' ') : v === undefined ? '' : JSON.stringify(v);
};
