import { describe, expect, it } from 'vitest';
import { localClock } from './local-time';

describe('localClock', () => {
  it.each([
    ['Asia/Shanghai', '2026-01-02T15:59:00Z', { day: 5, minute: 23 * 60 + 59 }],
    ['Asia/Shanghai', '2026-01-02T16:00:00Z', { day: 6, minute: 0 }],
    ['Asia/Shanghai', '2026-01-03T16:30:00Z', { day: 0, minute: 30 }],
    ['UTC', '2026-01-04T23:59:00Z', { day: 0, minute: 1439 }],
    ['UTC', '2026-01-05T00:00:00Z', { day: 1, minute: 0 }],
    ['Europe/Berlin', '2026-03-29T00:59:00Z', { day: 0, minute: 119 }],
    ['Europe/Berlin', '2026-03-29T01:00:00Z', { day: 0, minute: 180 }],
  ])('%s at %s is %o', (tz, at, expected) => {
    expect(localClock(tz)(Date.parse(at))).toEqual(expected);
  });
});
