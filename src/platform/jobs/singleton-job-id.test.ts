import { describe, expect, it } from 'vitest';
import { singletonJobId } from './singleton-job-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('singletonJobId', () => {
  it('gives the same UUID for the same queue and key', () => {
    expect(singletonJobId('mail', 'user:1')).toBe(singletonJobId('mail', 'user:1'));
    expect(singletonJobId('mail', 'user:1')).toMatch(UUID);
  });

  it('gives different ids for another key or another queue', () => {
    const ids = new Set([
      singletonJobId('mail', 'user:1'),
      singletonJobId('mail', 'user:2'),
      singletonJobId('sms', 'user:1'),
      // the separator keeps ('ab', 'c') apart from ('a', 'bc')
      singletonJobId('ab', 'c'),
      singletonJobId('a', 'bc'),
    ]);
    expect(ids.size).toBe(5);
  });
});
