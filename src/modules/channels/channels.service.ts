import { and, eq } from 'drizzle-orm';
import type { AppDeps } from '../../app';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import { verifySignature } from '../../platform/webhooks/signature';
import { queueWebhook } from '../../platform/webhooks/webhooks.service';
import { portalContext } from '../portal/portal-context';
import { resolvePlayer } from '../portal/portal-player';
import { addCustomerMessage } from '../tickets/customer-message';
import { createTicket } from '../tickets/ticket-create.service';
import { findMessage, hasExternalRef } from '../tickets/ticket-messages.repository';
import { lockTicket, findTicket } from '../tickets/tickets.repository';
import type { InboundPost } from './channels.contracts';
import { channelIntegrations, channelThreads } from './channels.schema';

type Deps = Pick<AppDeps, 'database' | 'bus' | 'clock' | 'ids' | 'config' | 'logger'>;

/**
 * A signed post from a forum, official account or the game: the first post of a thread opens a
 * ticket on the integration's channel (the author found or created by game account, email or
 * phone); later posts join that ticket as the customer's messages, once per message id. A closed
 * ticket's thread opens a new ticket. A bad or old signature: 401, nothing stored.
 */
export async function receivePost(deps: Deps, integrationId: string, rawBody: string, signature: string | undefined, post: InboundPost) {
  const db = deps.database.db;
  const [integration] = await db.select().from(channelIntegrations).where(and(eq(channelIntegrations.id, integrationId), eq(channelIntegrations.active, true)));
  if (!integration) throw new AppError('channel_integration_not_found');
  if (!verifySignature(integration.secret, rawBody, signature, deps.clock.now()).ok) throw new AppError('invalid_webhook_signature');
  const author = post.author;
  const customerId = await resolvePlayer(deps, { gameAccount: author.gameAccount, email: author.email, phone: author.phone });
  const [thread] = await db.select().from(channelThreads).where(and(eq(channelThreads.integrationId, integrationId), eq(channelThreads.threadId, post.threadId)));
  const existing = thread ? await findTicket(db, thread.ticketId) : undefined;
  if (existing && existing.status !== 'closed') {
    return inTransaction(deps, async (tx, outbox) => {
      const before = (await lockTicket(tx, existing.id))!;
      const seen = await hasExternalRef(tx, before.id, post.messageId);
      if (!seen) {
        await addCustomerMessage(tx, { ids: deps.ids, now: deps.clock.now() }, portalContext, outbox, before, { customerId, authorLabel: author.name ?? author.gameAccount ?? 'player', body: post.text, externalRef: post.messageId, channel: integration.channel });
      }
      return { ticketId: before.id, ticketNumber: before.number, created: false, duplicate: seen };
    });
  }
  const ticket = await createTicket(deps, portalContext, {
    subject: (post.subject ?? post.text.split('\n')[0]!).slice(0, 200),
    description: post.text,
    channel: integration.channel as 'forum' | 'social' | 'in_game',
    requesterId: customerId,
    tags: [integration.channel],
  });
  await db
    .insert(channelThreads)
    .values({ integrationId, threadId: post.threadId, ticketId: ticket.id, createdAt: deps.clock.now() })
    .onConflictDoUpdate({ target: [channelThreads.integrationId, channelThreads.threadId], set: { ticketId: ticket.id } });
  return { ticketId: ticket.id, ticketNumber: ticket.number, created: true, duplicate: false };
}

/**
 * An agent's public reply on a ticket that came from a webhook channel goes back as the signed
 * webhook `ticket.reply` to the endpoints subscribed (docs/webhooks.md), with the thread id.
 */
export async function forwardReply(deps: Deps, ticketId: string, messageId: string): Promise<number> {
  const db = deps.database.db;
  const [thread] = await db.select().from(channelThreads).where(eq(channelThreads.ticketId, ticketId)).limit(1);
  if (!thread) return 0;
  const message = await findMessage(db, messageId);
  const ticket = await findTicket(db, ticketId);
  if (!message || !ticket) return 0;
  return inTransaction(deps, (tx, outbox) =>
    queueWebhook(tx, outbox, deps, 'ticket.reply', {
      integrationId: thread.integrationId,
      channel: ticket.channel,
      threadId: thread.threadId,
      ticketId,
      ticketNumber: ticket.number,
      messageId,
      author: message.authorLabel,
      text: message.body,
    }),
  );
}

function presentIntegration(x: typeof channelIntegrations.$inferSelect) {
  return { id: x.id, channel: x.channel, name: x.name, active: x.active, secretPrefix: x.secret.slice(0, 10), createdAt: x.createdAt.toISOString() };
}

export async function listIntegrations(deps: Pick<Deps, 'database'>) {
  return (await deps.database.db.select().from(channelIntegrations).orderBy(channelIntegrations.createdAt)).map(presentIntegration);
}

/** Connects a channel; its signing secret is answered only here. */
export async function createIntegration(deps: Deps, body: { channel: 'forum' | 'social' | 'in_game'; name: string }) {
  const secret = `whsec_${deps.ids.secret(24)}`;
  const [row] = await deps.database.db.insert(channelIntegrations).values({ id: deps.ids.uuid(), channel: body.channel, name: body.name.trim(), secret, createdAt: deps.clock.now() }).returning();
  return { ...presentIntegration(row!), secret };
}

/** Staff public replies on webhook-channel tickets are sent back. */
export function startChannelJobs(deps: Deps): void {
  deps.bus.subscribe('ticket.message_added', async (e) => {
    if (e.payload.kind !== 'public_reply' || e.payload.authorType !== 'user') return;
    await forwardReply(deps, e.payload.ticketId, e.payload.messageId).catch((err: unknown) => deps.logger.error({ err, ticketId: e.payload.ticketId }, 'could not forward the reply'));
  });
}
