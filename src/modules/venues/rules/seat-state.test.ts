import { describe, expect, it } from 'vitest';
import { seatState } from './seat-state';

const now = new Date('2026-01-05T10:00:00Z');
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe('seatState', () => {
  it.each([
    ['an idle seat is free', { maintenance: false, inUse: false, nextStartsAt: null }, 'free'],
    ['a seat with a session is in use', { maintenance: false, inUse: true, nextStartsAt: at(5) }, 'in_use'],
    ['maintenance wins over everything', { maintenance: true, inUse: true, nextStartsAt: at(5) }, 'maintenance'],
    ['a booking in 30 minutes reserves the seat', { maintenance: false, inUse: false, nextStartsAt: at(30) }, 'reserved'],
    ['a booking in 31 minutes does not yet', { maintenance: false, inUse: false, nextStartsAt: at(31) }, 'free'],
    ['a booking that started is reserved', { maintenance: false, inUse: false, nextStartsAt: at(-10) }, 'reserved'],
  ])('%s', (_name, seat, expected) => {
    expect(seatState(seat, now)).toBe(expected);
  });
});
