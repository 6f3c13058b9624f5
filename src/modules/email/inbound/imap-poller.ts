import { ImapFlow } from 'imapflow';
import type { EmailConfig } from '../../../config';
import type { EmailDeps } from '../email.context';
import { handleInbound, type InboundOutcome } from './inbound.service';
import { parseMail } from './parse-mail';

const MAX_PER_POLL = 100;

/**
 * Fetches the unseen mails of the configured mailbox and hands each to `handleInbound`; a
 * mail is flagged `\Seen` only once it was taken (stored, dropped or a duplicate), so one that
 * failed is tried again at the next poll. Message-IDs make a mail fetched twice count once.
 */
export async function pollImap(deps: EmailDeps, cfg: EmailConfig['imap']): Promise<{ fetched: number; outcomes: InboundOutcome['action'][]; failed: number }> {
  const client = new ImapFlow({
    host: cfg.host!,
    port: cfg.port,
    secure: cfg.secure,
    doSTARTTLS: cfg.secure ? undefined : false,
    auth: { user: cfg.user, pass: cfg.pass },
    logger: false,
    connectionTimeout: 15_000,
  });
  const outcomes: InboundOutcome['action'][] = [];
  let failed = 0;
  let fetched = 0;
  await client.connect();
  try {
    const lock = await client.getMailboxLock(cfg.mailbox);
    try {
      const found = await client.search({ seen: false }, { uid: true });
      const uids = (found || []).slice(0, MAX_PER_POLL);
      for (const uid of uids) {
        const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
        if (!message || !message.source) continue;
        fetched++;
        try {
          const outcome = await handleInbound(deps, await parseMail(message.source));
          outcomes.push(outcome.action);
          await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
        } catch (err) {
          failed++;
          deps.logger.error({ err, uid }, 'imap mail could not be taken; retried at the next poll');
        }
      }
    } finally {
      lock.release();
    }
  } finally {
    await client.logout().catch(() => client.close());
  }
  return { fetched, outcomes, failed };
}
