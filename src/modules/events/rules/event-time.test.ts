import { describe, expect, it } from 'vitest';
import { checkEventTime, parseEventTime } from './event-time';

describe('parseEventTime', () => {
  it('reads ISO 8601 times with Z or a numeric offset', () => {
    expect(parseEventTime('2026-03-01T20:15:00+08:00')).toBe(Date.parse('2026-03-01T12:15:00Z'));
    expect(parseEventTime('2026-03-01T12:15:00Z')).toBe(Date.parse('2026-03-01T12:15:00Z'));
    expect(parseEventTime('2026-03-01T07:15:00.250-0500')).toBe(Date.parse('2026-03-01T12:15:00.250Z'));
    expect(parseEventTime('2026-03-01T12:15Z')).toBe(Date.parse('2026-03-01T12:15:00Z'));
    expect(parseEventTime('2026-03-01T12:15:00.123456789+00:00')).toBe(Date.parse('2026-03-01T12:15:00.123Z'));
  });

  it('refuses times without an offset, impossible dates and other text', () => {
    const bad = ['2026-03-01T20:15:00', '2026-03-01', '2026-02-30T00:00:00Z', '2025-02-29T00:00:00Z', '2026-13-01T00:00:00Z', '2026-03-01T24:00:00Z', '2026-03-01T20:61:00Z', '2026-03-01T20:15:00+19:00', 'yesterday', 1772367300000, null];
    expect(bad.map(parseEventTime)).toEqual(Array(bad.length).fill(null));
  });

  it('knows leap days', () => {
    expect(parseEventTime('2024-02-29T00:00:00Z')).toBe(Date.parse('2024-02-29T00:00:00Z'));
  });
});

describe('checkEventTime', () => {
  const now = Date.parse('2026-03-01T00:00:00Z');
  it('accepts late events of any age and up to 24 hours ahead', () => {
    expect([Date.parse('1999-01-01T00:00:00Z'), now - 1, now, now + 24 * 3600 * 1000].map((t) => checkEventTime(t, now))).toEqual(['ok', 'ok', 'ok', 'ok']);
  });

  it('refuses more than 24 hours ahead and anything before 1970', () => {
    expect(checkEventTime(now + 24 * 3600 * 1000 + 1, now)).toBe('future');
    expect(checkEventTime(Date.parse('1969-12-31T23:59:59Z'), now)).toBe('too_early');
  });
});

describe('parseEventTime offsets', () => {
  it('reads every offset form like Date.parse, and refuses impossible ones', () => {
    for (const text of ['2026-03-01T20:15:00+08:00', '2026-03-01T20:15:00+0800', '2026-03-01T20:15:00+08', '2026-03-01T20:15:00.123-03:30', '2026-03-01T20:15:00z', '2024-02-29T00:00:00+05:45']) {
      expect(parseEventTime(text), text).toBe(Date.parse(text.replace(/z$/, 'Z').replace(/([+-]\d{2})$/, '$1:00').replace(/([+-]\d{2})(\d{2})$/, '$1:$2')));
    }
    expect(parseEventTime('2026-02-29T00:00:00Z')).toBeNull();
    expect(parseEventTime('2026-03-01T20:15:00+19:00')).toBeNull();
    expect(parseEventTime('2026-03-01T20:15:00+08:60')).toBeNull();
  });
});
