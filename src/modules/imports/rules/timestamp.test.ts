import { describe, expect, it } from 'vitest';
import { isTimeZone, parseDate, parseTimestamp } from './timestamp';

const iso = (r: ReturnType<typeof parseTimestamp>) => (r.ok ? r.at.toISOString() : r.reason);

describe('parseTimestamp', () => {
  it('reads YYYYMMDD as midnight in the given zone', () => {
    expect(iso(parseTimestamp('19970101', 'YYYYMMDD', 'UTC'))).toBe('1997-01-01T00:00:00.000Z');
    expect(iso(parseTimestamp('20100112', 'YYYYMMDD', 'Asia/Shanghai'))).toBe('2010-01-11T16:00:00.000Z');
  });

  it('reads YYYY-MM-DD and refuses a time in that format', () => {
    expect(iso(parseTimestamp('2010-12-01', 'YYYY-MM-DD', 'UTC'))).toBe('2010-12-01T00:00:00.000Z');
    expect(parseTimestamp('2010-12-01 08:26', 'YYYY-MM-DD', 'UTC')).toMatchObject({ ok: false });
  });

  it('keeps an explicit ISO offset and applies the zone only to wall-clock times', () => {
    expect(iso(parseTimestamp('2026-03-01T10:00:00+08:00', 'iso', 'UTC'))).toBe('2026-03-01T02:00:00.000Z');
    expect(iso(parseTimestamp('2026-03-01T10:00:00Z', 'iso', 'Asia/Shanghai'))).toBe('2026-03-01T10:00:00.000Z');
    expect(iso(parseTimestamp('2026-03-01 10:00', 'iso', 'Asia/Shanghai'))).toBe('2026-03-01T02:00:00.000Z');
    expect(iso(parseTimestamp('2026-03-01T10:00:00.1234-0130', 'iso', 'UTC'))).toBe('2026-03-01T11:30:00.123Z');
  });

  it('detects ISO and YYYYMMDD in auto', () => {
    expect(iso(parseTimestamp('19970325', 'auto', 'UTC'))).toBe('1997-03-25T00:00:00.000Z');
    expect(iso(parseTimestamp('2011-12-09', 'auto', 'UTC'))).toBe('2011-12-09T00:00:00.000Z');
  });

  it('reads day-first and month-first slashed dates with an optional time', () => {
    expect(iso(parseTimestamp('1/12/2010 8:26', 'DD/MM/YYYY', 'UTC'))).toBe('2010-12-01T08:26:00.000Z');
    expect(iso(parseTimestamp('12/1/2010 8:26', 'MM/DD/YYYY', 'UTC'))).toBe('2010-12-01T08:26:00.000Z');
  });

  it('follows daylight saving time in the zone', () => {
    expect(iso(parseTimestamp('2024-07-01 12:00', 'iso', 'America/New_York'))).toBe('2024-07-01T16:00:00.000Z');
    expect(iso(parseTimestamp('2024-01-01 12:00', 'iso', 'America/New_York'))).toBe('2024-01-01T17:00:00.000Z');
    // 02:30 does not exist on the spring-forward night: read with the offset from before.
    expect(iso(parseTimestamp('2024-03-10 02:30', 'iso', 'America/New_York'))).toBe('2024-03-10T07:30:00.000Z');
  });

  it('refuses impossible dates and times with a reason', () => {
    expect(parseTimestamp('20230229', 'YYYYMMDD', 'UTC')).toEqual({ ok: false, reason: '"20230229": no such day' });
    expect(parseTimestamp('2023-13-01', 'iso', 'UTC')).toMatchObject({ ok: false, reason: expect.stringContaining('month') });
    expect(parseTimestamp('2023-01-01 24:00', 'iso', 'UTC')).toMatchObject({ ok: false });
    expect(parseTimestamp('', 'auto', 'UTC')).toEqual({ ok: false, reason: 'is empty' });
    expect(parseTimestamp('yesterday', 'auto', 'UTC')).toMatchObject({ ok: false });
    expect(parseTimestamp('2023-01-01', 'YYYYMMDD', 'UTC')).toMatchObject({ ok: false });
  });
});

describe('parseDate', () => {
  it('normalises calendar dates to YYYY-MM-DD', () => {
    expect(parseDate('1990/7/4')).toEqual({ ok: true, date: '1990-07-04' });
    expect(parseDate('19900704')).toEqual({ ok: true, date: '1990-07-04' });
    expect(parseDate('1990-07-04')).toEqual({ ok: true, date: '1990-07-04' });
  });

  it('refuses impossible or partial dates', () => {
    expect(parseDate('1990-02-30')).toMatchObject({ ok: false });
    expect(parseDate('1990-07')).toMatchObject({ ok: false });
    expect(parseDate('7/4/1990')).toMatchObject({ ok: false });
  });
});

describe('isTimeZone', () => {
  it('knows IANA zones and UTC and refuses made-up names', () => {
    expect([isTimeZone('Asia/Shanghai'), isTimeZone('UTC'), isTimeZone('Mars/Olympus')]).toEqual([true, true, false]);
  });
});
