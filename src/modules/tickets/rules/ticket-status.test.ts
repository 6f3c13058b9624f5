import { describe, expect, it } from 'vitest';
import { allowedStatuses, moveStatus, ticketStatuses, type StatusFacts, type TicketStatus } from './ticket-status';

const at = new Date('2026-06-01T12:00:00Z');
const earlier = new Date('2026-05-30T08:00:00Z');
const facts = (status: TicketStatus, over: Partial<StatusFacts> = {}): StatusFacts => ({ status, resolvedAt: null, closedAt: null, reopenCount: 0, ...over });

// Every (from, to) pair: ✓ allowed, · same status (no change), ✗ refused.
const table: Record<TicketStatus, string> = {
  //                new open pend hold res closed
  new:              '·   ✓    ✓    ✓    ✓   ✗',
  open:             '✗   ·    ✓    ✓    ✓   ✗',
  pending_customer: '✗   ✓    ·    ✓    ✓   ✗',
  on_hold:          '✗   ✓    ✓    ·    ✓   ✗',
  resolved:         '✗   ✓    ✓    ✓    ·   ✓',
  closed:           '✗   ✗    ✗    ✗    ✗   ✗',
};

describe('the status state machine', () => {
  const cases = ticketStatuses.flatMap((from) => {
    const marks = table[from].split(/\s+/);
    return ticketStatuses.map((to, i) => [from, to, marks[i]!] as const);
  });

  it.each(cases)('%s → %s: %s', (from, to, mark) => {
    const move = moveStatus(facts(from), to, at);
    if (from === 'closed') expect(move).toEqual({ ok: false, reason: 'ticket_closed' });
    else if (mark === '✓') expect(move).toMatchObject({ ok: true, changed: true, facts: { status: to } });
    else if (mark === '·') expect(move).toEqual({ ok: true, changed: false, facts: facts(from) });
    else expect(move).toEqual({ ok: false, reason: 'ticket_invalid_transition' });
  });

  it('lists the same moves it allows', () => {
    for (const from of ticketStatuses) {
      const allowed = ticketStatuses.filter((to) => to !== from && moveStatus(facts(from), to, at).ok);
      expect([...allowedStatuses(from)].sort(), from).toEqual(allowed.sort());
    }
  });
});

describe('what a move stamps', () => {
  it.each([
    ['resolving stamps resolved_at', facts('open'), 'resolved', { status: 'resolved', resolvedAt: at, closedAt: null, reopenCount: 0 }],
    ['reopening counts and clears resolved_at', facts('resolved', { resolvedAt: earlier, reopenCount: 1 }), 'open', { status: 'open', resolvedAt: null, closedAt: null, reopenCount: 2 }],
    ['resolved → pending is a reopen too', facts('resolved', { resolvedAt: earlier }), 'pending_customer', { status: 'pending_customer', resolvedAt: null, closedAt: null, reopenCount: 1 }],
    ['closing keeps resolved_at and stamps closed_at', facts('resolved', { resolvedAt: earlier }), 'closed', { status: 'closed', resolvedAt: earlier, closedAt: at, reopenCount: 0 }],
    ['open → pending stamps nothing', facts('open'), 'pending_customer', { status: 'pending_customer', resolvedAt: null, closedAt: null, reopenCount: 0 }],
  ] as const)('%s', (_name, before, to, after) => {
    expect(moveStatus(before, to, at)).toEqual({ ok: true, changed: true, facts: after });
  });
});
