import { describe, expect, it } from 'vitest';
import { seatLabels } from './seat-labels';

describe('seatLabels', () => {
  it.each([
    [{ prefix: 'A', from: 1, to: 3 }, { ok: true, labels: ['A01', 'A02', 'A03'] }],
    [{ prefix: 'vip', from: 9, to: 10, digits: 3 }, { ok: true, labels: ['VIP009', 'VIP010'] }],
    [{ prefix: '', from: 100, to: 100, digits: 2 }, { ok: true, labels: ['100'] }],
    [{ prefix: 'A', from: 5, to: 4 }, { ok: false, reason: '`to` must not be below `from`' }],
    [{ prefix: 'A', from: 1, to: 201 }, { ok: false, reason: 'at most 200 seats at once' }],
  ])('%o → %o', (input, expected) => {
    expect(seatLabels(input)).toEqual(expected);
  });
});
