import { describe, expect, it } from 'vitest';
import { normaliseCode, typableCode } from './codes';

describe('codes', () => {
  it('groups a code in fours from an alphabet without look-alikes', () => {
    const code = typableCode(Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7, 25, 26, 51, 255]));
    expect(code).toBe('3467-9ABC-Y3YU');
    expect(code).not.toMatch(/[0125ILOSZ]/);
  });

  it.each([
    ['3467-9abc', '3467-9ABC'],
    [' 34679ABC ', '3467-9ABC'],
    ['3467 9ABC y3ym', '3467-9ABC-Y3YM'],
  ])('normalises %j', (typed, out) => expect(normaliseCode(typed)).toBe(out));
});
