import { describe, expect, it } from 'vitest';
import { partitionMonths } from './partition-months';

describe('partitionMonths', () => {
  it('lists the current month and the months ahead, crossing the year', () => {
    expect(partitionMonths(new Date('2026-11-30T23:59:59Z'), 2)).toEqual([
      { name: 'events_2026_11', from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' },
      { name: 'events_2026_12', from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' },
      { name: 'events_2027_01', from: '2027-01-01T00:00:00.000Z', to: '2027-02-01T00:00:00.000Z' },
    ]);
  });

  it('uses UTC months and gives 13 partitions for 12 months ahead', () => {
    const months = partitionMonths(new Date('2026-03-01T02:00:00+08:00'), 12);
    expect(months).toHaveLength(13);
    expect(months[0]!.name).toBe('events_2026_02');
    expect(months[12]!.name).toBe('events_2027_02');
  });
});
