import type { AppDeps } from '../../app';
import { attachmentStorage } from './attachments.service';
import type { EmailDeps } from './email.context';
import { pollImap } from './inbound/imap-poller';
import { startSmtpListener, type SmtpListener } from './inbound/smtp-listener';
import { smtpMailer, type Mailer } from './outbound/mailer';
import { deliverDue, queueReply, sweepOutbox } from './outbound/outbound.service';

export const EMAIL_SEND_QUEUE = 'email.send';
export const EMAIL_IMAP_QUEUE = 'email.imap-poll';

export interface EmailChannel {
  deps: EmailDeps;
  /** The inbound listener, when `EMAIL_INBOUND_ENABLED`. */
  listener: SmtpListener | undefined;
  /** The sweep run at start (what was left over from before a restart). */
  startup: Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * The email channel's background work: a staff public reply on an email ticket is queued to
 * the outbox and sent at once; a sweep every minute (durable job, once per tick across nodes)
 * and one at start queue replies whose event was lost and send what is still due, so mail
 * written before a crash or a restart goes out, once. Starts the inbound SMTP listener when enabled, and IMAP polling when configured
 * (a durable job every minute across nodes, or a timer when jobs are off).
 */
export async function startEmailJobs(app: AppDeps, options: { mailer?: Mailer } = {}): Promise<EmailChannel> {
  const mailer = options.mailer ?? smtpMailer(app.config.email.outbound);
  const deps: EmailDeps = { ...app, mailer, storage: attachmentStorage(app.config) };
  const sweep = () => sweepOutbox(deps).catch((err: unknown) => app.logger.error({ err }, 'email outbox sweep failed'));
  const unsubscribe = app.bus.subscribe('ticket.message_added', async (event) => {
    const { ticketId, messageId, kind, authorType } = event.payload;
    if (!mailer || kind !== 'public_reply' || authorType === 'customer') return;
    const id = await queueReply(deps, ticketId, messageId);
    if (id) await deliverDue(deps, [id]);
  });
  if (mailer && app.jobs) {
    await app.jobs.work(EMAIL_SEND_QUEUE, async () => {
      await sweepOutbox(deps);
    });
    await app.jobs.schedule(EMAIL_SEND_QUEUE, '* * * * *');
  }
  const startup = mailer ? sweep() : Promise.resolve();
  const timer = await startImapPolling(app, deps);
  const { inbound } = app.config.email;
  const listener = inbound.enabled ? await startSmtpListener(deps, { host: inbound.host, port: inbound.port }) : undefined;
  if (listener) app.logger.info({ port: listener.port }, 'email listener started');
  return {
    deps,
    listener,
    startup,
    async stop() {
      unsubscribe();
      if (timer) clearInterval(timer);
      await listener?.close();
      mailer?.close();
    },
  };
}

/** Polls the IMAP mailbox when `EMAIL_IMAP_HOST` is set; one poll at a time on this node. */
async function startImapPolling(app: AppDeps, deps: EmailDeps): Promise<NodeJS.Timeout | undefined> {
  const cfg = app.config.email.imap;
  if (!cfg.host) return undefined;
  let running = false;
  const poll = async () => {
    if (running) return;
    running = true;
    try {
      const report = await pollImap(deps, cfg);
      if (report.fetched > 0) app.logger.info({ fetched: report.fetched, failed: report.failed }, 'imap poll');
    } catch (err) {
      app.logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'imap poll failed');
    } finally {
      running = false;
    }
  };
  if (app.jobs) {
    await app.jobs.work(EMAIL_IMAP_QUEUE, poll);
    await app.jobs.schedule(EMAIL_IMAP_QUEUE, '* * * * *');
    return undefined;
  }
  const timer = setInterval(() => void poll(), cfg.intervalSeconds * 1000);
  timer.unref();
  return timer;
}
