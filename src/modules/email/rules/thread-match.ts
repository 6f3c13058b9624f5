/** The thread headers of an inbound mail, Message-IDs normalised (`messageIdList`). */
export interface ThreadHeaders {
  inReplyTo: string[];
  references: string[];
}

const MAX_CANDIDATES = 50;

/**
 * The Message-IDs to look up for a reply, nearest first: In-Reply-To, then References from the
 * last (the parent) back to the first (the thread's start). Capped, so a header stuffed with
 * ids costs one bounded query.
 * @example threadCandidates({ inReplyTo: ['c'], references: ['a', 'b', 'c'] }) // ['c', 'b', 'a']
 */
export function threadCandidates(h: ThreadHeaders): string[] {
  const out: string[] = [];
  for (const id of [...h.inReplyTo, ...[...h.references].reverse()]) {
    if (!out.includes(id)) out.push(id);
    if (out.length === MAX_CANDIDATES) break;
  }
  return out;
}

export type ThreadMatch = { ticketId: string; by: 'header' | 'subject' } | null;

/**
 * The ticket a mail belongs to: the nearest candidate Message-ID we know (one of our mails or
 * an earlier one of the thread); else the `[#number]` in the subject, but only when the ticket
 * is the sender's own (a number is easy to guess, a Message-ID is not).
 */
export function matchThread(input: {
  candidates: string[];
  known: ReadonlyMap<string, string>;
  subjectTicket: { id: string; requesterId: string } | null;
  senderCustomerId: string;
}): ThreadMatch {
  for (const id of input.candidates) {
    const ticketId = input.known.get(id);
    if (ticketId) return { ticketId, by: 'header' };
  }
  const t = input.subjectTicket;
  if (t && t.requesterId === input.senderCustomerId) return { ticketId: t.id, by: 'subject' };
  return null;
}
