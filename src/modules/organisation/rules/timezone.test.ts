import { describe, expect, it } from 'vitest';
import { isTimeZone } from './timezone';

describe('isTimeZone', () => {
  it('accepts IANA zone names including UTC and Etc zones', () => {
    expect(['Asia/Shanghai', 'Europe/Berlin', 'America/Argentina/Salta', 'UTC', 'Etc/GMT+8'].map(isTimeZone)).toEqual([true, true, true, true, true]);
  });

  it('refuses unknown names, raw offsets and empty text', () => {
    expect(['Mars/Olympus', '+08:00', '', 'Asia/Shanghai ', 'GMT+8:00'].map(isTimeZone)).toEqual([false, false, false, false, false]);
  });
});
