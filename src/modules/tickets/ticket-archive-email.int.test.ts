import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailKit, until, type EmailKit } from '../email/email.test-kit';
import { archiveDueTickets } from './ticket-archive.service';

// A customer answering the mail thread of an archived ticket: the archived ticket stays as it
// was, and a new ticket, linked to it, takes the mail (Zendesk's follow-up).

const DAY = 86_400_000;
const FROM = 'wang@player.example';

describe('mail to an archived ticket', () => {
  let k: EmailKit;
  beforeAll(async () => {
    k = await emailKit();
  });
  afterAll(() => k.close());

  const emailTickets = async () => (await k.api('GET', '/tickets?channel=email&limit=50')).json().items as any[];

  it('opens a follow-up linked to it and leaves the archived ticket untouched', async () => {
    const first = '<archived-0001@player.example>';
    await k.send({ from: FROM, subject: '礼包码无效', text: '礼包码提示无效。', messageId: first });
    const [ticket] = await until(async () => {
      const items = await emailTickets();
      return items.length > 0 && items;
    }, 'the ticket');
    for (const status of ['resolved', 'closed']) expect((await k.api('PATCH', `/tickets/${ticket.id}`, { status })).statusCode).toBe(200);
    await archiveDueTickets(k.t.deps, new Date(k.clock.now().getTime() + 31 * DAY), 30);
    const archived = (await k.api('GET', `/tickets/${ticket.id}`)).json();
    expect(archived.archivedAt).not.toBeNull();

    await k.send({ from: FROM, subject: 'Re: 礼包码无效', text: '还是不行。', messageId: '<archived-0002@player.example>', inReplyTo: first, references: [first] });
    const followUp = await until(async () => (await emailTickets()).find((x) => x.tags.includes('follow_up')), 'the follow-up ticket');
    expect(followUp).toMatchObject({ requesterId: archived.requesterId, status: 'new', archivedAt: null });
    expect((await k.api('GET', `/tickets/${followUp.id}`)).json().links).toEqual([expect.objectContaining({ ticketId: ticket.id, kind: 'related' })]);

    const now = (await k.api('GET', `/tickets/${ticket.id}`)).json();
    expect(now).toMatchObject({ status: 'closed', archivedAt: archived.archivedAt, updatedAt: archived.updatedAt });
    const messages = (await k.api('GET', `/tickets/${ticket.id}/messages`)).json().items as any[];
    expect(messages.some((m) => m.body.includes('还是不行'))).toBe(false);
  });
});
