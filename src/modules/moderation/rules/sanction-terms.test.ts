import { describe, expect, it } from 'vitest';
import { inForce, reporterMessage, sanctionEnd, type SanctionTerms } from './sanction-terms';

const start = new Date('2026-12-31T20:00:00Z');

describe('sanction terms', () => {
  it.each<[SanctionTerms, string | null]>([
    [{ kind: 'warning' }, null],
    [{ kind: 'mute', hours: 6 }, '2027-01-01T02:00:00.000Z'],
    [{ kind: 'ban', days: 7 }, '2027-01-07T20:00:00.000Z'],
    [{ kind: 'ban', permanent: true }, null],
  ])('%j ends at %s', (terms, end) => {
    const out = sanctionEnd(terms, start);
    expect(out).toEqual({ ok: true, endsAt: end === null ? null : new Date(end) });
  });

  it.each<[SanctionTerms, string]>([
    [{ kind: 'mute' }, 'a mute needs hours'],
    [{ kind: 'mute', days: 2 }, 'a mute takes no days'],
    [{ kind: 'ban' }, 'a ban needs days or permanent'],
    [{ kind: 'ban', days: 3, permanent: true }, 'a ban is either for days or permanent'],
    [{ kind: 'ban', hours: 3 }, 'a ban takes no hours'],
    [{ kind: 'warning', hours: 1 }, 'a warning takes no hours'],
    [{ kind: 'warning', permanent: true }, 'a warning takes no permanent flag'],
  ])('%j is refused: %s', (terms, reason) => {
    expect(sanctionEnd(terms, start)).toEqual({ ok: false, reason });
  });

  it.each([
    [{ kind: 'ban', endsAt: null, revokedAt: null }, true],
    [{ kind: 'ban', endsAt: new Date(start.getTime() + 1), revokedAt: null }, true],
    [{ kind: 'mute', endsAt: start, revokedAt: null }, false],
    [{ kind: 'ban', endsAt: null, revokedAt: start }, false],
    [{ kind: 'warning', endsAt: null, revokedAt: null }, false],
  ])('%j in force: %s', (s, expected) => {
    expect(inForce(s, start)).toBe(expected);
  });

  it('tells the reporter the outcome only', () => {
    expect(reporterMessage(true)).toContain('acted under the game rules');
    expect(reporterMessage(false)).toContain('found no breach');
  });
});
