import { describe, expect, it } from 'vitest';
import { matchThread, threadCandidates } from './thread-match';

describe('threadCandidates', () => {
  it.each([
    [{ inReplyTo: ['c'], references: ['a', 'b', 'c'] }, ['c', 'b', 'a']],
    [{ inReplyTo: [], references: ['a', 'b'] }, ['b', 'a']],
    [{ inReplyTo: ['x'], references: [] }, ['x']],
    [{ inReplyTo: [], references: [] }, []],
  ])('%j → %j', (h, expected) => expect(threadCandidates(h)).toEqual(expected));

  it('caps the list at 50 ids', () => {
    const references = Array.from({ length: 80 }, (_, i) => `id${i}`);
    expect(threadCandidates({ inReplyTo: [], references })).toHaveLength(50);
  });
});

describe('matchThread', () => {
  const known = new Map([
    ['ack-1@us', 'T1'],
    ['reply-2@us', 'T2'],
  ]);
  const own = { id: 'T9', requesterId: 'C1' };
  it.each([
    ['the nearest known id wins', ['reply-2@us', 'ack-1@us'], null, { ticketId: 'T2', by: 'header' }],
    ['unknown ids are skipped', ['other@them', 'ack-1@us'], null, { ticketId: 'T1', by: 'header' }],
    ['headers beat the subject', ['ack-1@us'], own, { ticketId: 'T1', by: 'header' }],
    ['the subject number of the sender’s own ticket', ['other@them'], own, { ticketId: 'T9', by: 'subject' }],
    ['another customer’s ticket number is not enough', [], { id: 'T9', requesterId: 'C2' }, null],
    ['nothing matches', ['other@them'], null, null],
  ])('%s', (_name, candidates, subjectTicket, expected) => {
    expect(matchThread({ candidates: candidates as string[], known, subjectTicket, senderCustomerId: 'C1' })).toEqual(expected);
  });
});
