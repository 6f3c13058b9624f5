import { describe, expect, it } from 'vitest';
import { isoOrNull } from '../../../platform/iso-time';
import type { BusinessCalendar } from './business-calendar';
import { deriveSla, dueSteps, nextCheckAt, takeStep, type SlaSnapshot, type SlaState, type TicketFacts } from './sla-clocks';

// Mon 2026-06-01, Shanghai business hours 09:00–18:00 (01:00–10:00 UTC).
const calendar: BusinessCalendar = { timeZone: 'Asia/Shanghai', weeklyHours: [1, 2, 3, 4, 5].map((day) => ({ day, open: '09:00', close: '18:00' })), holidays: [], is24x7: false };
const snap: SlaSnapshot = {
  policyId: 'p', overrideIds: [], channel: 'email', priority: 'normal', tierCode: null, warnAtPct: 80, calendarId: 'c', calendar,
  targets: { firstResponse: 2 * 3600, nextResponse: 3600, resolution: 4 * 3600 },
};
const d = (at: string) => new Date(at);
const facts = (over: Partial<TicketFacts> = {}): TicketFacts => ({
  createdAt: d('2026-06-01T02:00:00Z'), status: 'open', firstResponseAt: null, resolvedAt: null, closedAt: null, reopenCount: 0, statusChanges: [], conversation: [], ...over,
});
const status = (at: string, from: string, to: string) => ({ at: d(at), from, to });

describe('deriveSla', () => {
  it.each([
    // name, facts, [FR due, FR warn], [NR start, NR due, NR met], [RES due, paused since, paused ms]
    ['a new ticket: first response and resolution clocks run', facts(), ['2026-06-01T04:00:00.000Z', '2026-06-01T03:36:00.000Z'], [null, null, null], ['2026-06-01T06:00:00.000Z', null, 0]],
    [
      'pending the customer pauses resolution (due kept until resumed)',
      facts({ status: 'pending_customer', statusChanges: [status('2026-06-01T03:00:00Z', 'open', 'pending_customer')] }),
      ['2026-06-01T04:00:00.000Z', '2026-06-01T03:36:00.000Z'], [null, null, null], ['2026-06-01T06:00:00.000Z', '2026-06-01T03:00:00.000Z', 0],
    ],
    [
      'resumed the next morning: due extended by the paused business time (8 h)',
      facts({ statusChanges: [status('2026-06-01T03:00:00Z', 'open', 'pending_customer'), status('2026-06-02T02:00:00Z', 'pending_customer', 'open')] }),
      ['2026-06-01T04:00:00.000Z', '2026-06-01T03:36:00.000Z'], [null, null, null], ['2026-06-02T05:00:00.000Z', null, 8 * 3600_000],
    ],
    [
      'a customer message after the first response starts the next-response clock',
      facts({ firstResponseAt: d('2026-06-01T03:00:00Z'), conversation: [{ at: d('2026-06-01T03:00:00Z'), by: 'staff' }, { at: d('2026-06-01T04:00:00Z'), by: 'customer' }, { at: d('2026-06-01T04:10:00Z'), by: 'customer' }] }),
      ['2026-06-01T04:00:00.000Z', '2026-06-01T03:36:00.000Z'], ['2026-06-01T04:00:00.000Z', '2026-06-01T05:00:00.000Z', null], ['2026-06-01T06:00:00.000Z', null, 0],
    ],
    [
      'the staff reply meets it',
      facts({ firstResponseAt: d('2026-06-01T03:00:00Z'), conversation: [{ at: d('2026-06-01T03:00:00Z'), by: 'staff' }, { at: d('2026-06-01T04:00:00Z'), by: 'customer' }, { at: d('2026-06-01T04:30:00Z'), by: 'staff' }] }),
      ['2026-06-01T04:00:00.000Z', '2026-06-01T03:36:00.000Z'], ['2026-06-01T04:00:00.000Z', '2026-06-01T05:00:00.000Z', '2026-06-01T04:30:00.000Z'], ['2026-06-01T06:00:00.000Z', null, 0],
    ],
    [
      'a reopen restarts resolution from the reopen (Mon 15:00 + 4 h → Tue 10:00)',
      facts({ reopenCount: 1, statusChanges: [status('2026-06-01T05:00:00Z', 'open', 'resolved'), status('2026-06-01T07:00:00Z', 'resolved', 'open')] }),
      ['2026-06-01T04:00:00.000Z', '2026-06-01T03:36:00.000Z'], [null, null, null], ['2026-06-02T02:00:00.000Z', null, 0],
    ],
  ] as const)('%s', (_name, f, [frDue, frWarn], [nrStart, nrDue, nrMet], [resDue, pausedSince, pausedMs]) => {
    const s = deriveSla(snap, f, null);
    expect([isoOrNull(s.firstResponse.dueAt), isoOrNull(s.firstResponse.warnAt)]).toEqual([frDue, frWarn]);
    expect([isoOrNull(s.nextResponse.startAt), isoOrNull(s.nextResponse.dueAt), isoOrNull(s.nextResponse.metAt)]).toEqual([nrStart, nrDue, nrMet]);
    expect([isoOrNull(s.resolution.dueAt), isoOrNull(s.pausedSince), s.pausedBusinessMs]).toEqual([resDue, pausedSince, pausedMs]);
  });

  it('records quality figures on resolution, pauses left out of business time', () => {
    const s = deriveSla(snap, facts({
      status: 'resolved', firstResponseAt: d('2026-06-01T02:30:00Z'), resolvedAt: d('2026-06-01T06:00:00Z'),
      statusChanges: [status('2026-06-01T03:00:00Z', 'open', 'pending_customer'), status('2026-06-01T04:00:00Z', 'pending_customer', 'open'), status('2026-06-01T06:00:00Z', 'open', 'resolved')],
    }), null);
    expect(s).toMatchObject({ firstResponseMs: 30 * 60_000, resolutionMs: 4 * 3600_000, resolutionBusinessMs: 3 * 3600_000, stoppedAt: d('2026-06-01T06:00:00Z'), pausedSince: null });
    expect(isoOrNull(s.resolution.metAt)).toBe('2026-06-01T06:00:00.000Z');
    expect(nextCheckAt(snap, s)).toBeNull();
  });

  it('keeps marks while a cycle lasts and drops them when a reopen starts a new one', () => {
    const warned = takeStep(deriveSla(snap, facts(), null), 'resolution', 'breach', d('2026-06-01T06:00:00Z'));
    expect(isoOrNull(deriveSla(snap, facts(), warned).resolution.breachedAt)).toBe('2026-06-01T06:00:00.000Z');
    const reopened = facts({ reopenCount: 1, statusChanges: [status('2026-06-01T07:00:00Z', 'open', 'resolved'), status('2026-06-01T08:00:00Z', 'resolved', 'open')] });
    const after = deriveSla(snap, reopened, warned);
    expect([after.resolution.breachedAt, after.resolution.warnedAt, after.escalationLevel, after.reopenCount]).toEqual([null, null, 2, 1]);
  });
});

describe('dueSteps', () => {
  const fresh = deriveSla(snap, facts(), null);
  it.each([
    ['before the warning point', fresh, '2026-06-01T03:35:00Z', []],
    ['at 80 % of the first-response target', fresh, '2026-06-01T03:36:00Z', [['firstResponse', 'warning']]],
    ['past due, unwarned: breach (no warning first)', fresh, '2026-06-01T04:00:00Z', [['firstResponse', 'breach']]],
    ['warned, not yet due', takeStep(fresh, 'firstResponse', 'warning', d('2026-06-01T03:36:00Z')), '2026-06-01T03:50:00Z', []],
    ['breached; manager one more target later (04:00 + 2 h)', takeStep(fresh, 'firstResponse', 'breach', d('2026-06-01T04:00:00Z')), '2026-06-01T05:59:00Z', [['resolution', 'warning']]],
    ['breached and one target later: escalation', takeStep(fresh, 'firstResponse', 'breach', d('2026-06-01T04:00:00Z')), '2026-06-01T06:00:00Z', [['firstResponse', 'escalation'], ['resolution', 'breach']]],
    ['a paused resolution clock takes no step', deriveSla(snap, facts({ firstResponseAt: d('2026-06-01T02:10:00Z'), status: 'pending_customer', statusChanges: [status('2026-06-01T03:00:00Z', 'open', 'pending_customer')] }), null), '2026-06-05T00:00:00Z', []],
  ] as const)('%s', (_name, state, now, steps) => {
    expect(dueSteps(snap, state as SlaState, d(now)).map((s) => [s.metric, s.step])).toEqual(steps);
  });

  it('takes each step once and points the sweep at the next one', () => {
    let s = fresh;
    expect(isoOrNull(nextCheckAt(snap, s))).toBe('2026-06-01T03:36:00.000Z');
    s = takeStep(s, 'firstResponse', 'warning', d('2026-06-01T03:36:00Z'));
    expect(dueSteps(snap, s, d('2026-06-01T03:37:00Z'))).toEqual([]);
    expect(isoOrNull(nextCheckAt(snap, s))).toBe('2026-06-01T04:00:00.000Z');
    s = takeStep(s, 'firstResponse', 'breach', d('2026-06-01T04:00:00Z'));
    expect(s.escalationLevel).toBe(2);
    expect(isoOrNull(nextCheckAt(snap, s))).toBe('2026-06-01T05:12:00.000Z'); // resolution warning (80 % of 4 h)
  });
});
