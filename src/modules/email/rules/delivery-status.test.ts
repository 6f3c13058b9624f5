import { describe, expect, it } from 'vitest';
import { deliveryStatus } from './delivery-status';

describe('deliveryStatus', () => {
  const at = new Date('2026-06-01T10:00:00Z');
  it.each([
    [{ direction: 'in', sentAt: null, attempts: 0, lastError: null }, 'received'],
    [{ direction: 'out', sentAt: at, attempts: 1, lastError: null }, 'sent'],
    [{ direction: 'out', sentAt: at, attempts: 3, lastError: null }, 'sent'],
    [{ direction: 'out', sentAt: null, attempts: 0, lastError: null }, 'pending'],
    [{ direction: 'out', sentAt: null, attempts: 1, lastError: null }, 'pending'],
    [{ direction: 'out', sentAt: null, attempts: 2, lastError: '421 busy' }, 'retrying'],
    [{ direction: 'out', sentAt: null, attempts: 10, lastError: '550 no such user' }, 'failed'],
  ])('%j → %s', (m, expected) => expect(deliveryStatus(m, 10)).toBe(expected));
});
