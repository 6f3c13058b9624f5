import { describe, expect, it } from 'vitest';
import { resolveOptions } from './stored-options';

const defaults = { timezone: 'Asia/Shanghai', currency: 'CNY', createUnknownCustomers: true };

describe('resolveOptions', () => {
  it('fills every default from the organisation and the ingest setting', () => {
    expect(resolveOptions({}, defaults)).toEqual({
      dryRun: false,
      createUnknownCustomers: true,
      overwrite: false,
      timezone: 'Asia/Shanghai',
      dateFormat: 'auto',
      currency: 'CNY',
    });
  });

  it('keeps what the caller chose, false included', () => {
    const chosen = { dryRun: true, createUnknownCustomers: false, overwrite: true, timezone: 'UTC', dateFormat: 'YYYYMMDD' as const, system: 'cdnow', currency: 'USD' };
    expect(resolveOptions(chosen, defaults)).toEqual(chosen);
    expect(resolveOptions({}, { ...defaults, createUnknownCustomers: false }).createUnknownCustomers).toBe(false);
  });
});
