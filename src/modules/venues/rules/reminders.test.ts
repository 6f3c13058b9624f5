import { describe, expect, it } from 'vitest';
import { dueReminders } from './reminders';

describe('dueReminders', () => {
  it.each([
    [[10, 5], [], 11, []],
    [[10, 5], [], 10, [10]],
    [[10, 5], [10], 9, []],
    [[10, 5], [10], 5, [5]],
    [[10, 5], [], 4, [10, 5]],
    [[10, 5], [10, 5], 0, []],
    [[], [], 0, []],
  ])('thresholds %o, sent %o, %i left → %o', (thresholds, sent, left, expected) => {
    expect(dueReminders(thresholds, sent, left)).toEqual(expected);
  });
});
