import { describe, expect, it } from 'vitest';
import { containsNul } from './nul-guard';

describe('containsNul', () => {
  it.each([
    ['a plain string', 'abc', false],
    ['a string with U+0000', 'a\u0000b', true],
    ['Chinese text', '王芳', false],
    ['a nested value', { events: [{ id: '1', data: { note: 'x\u0000' } }] }, true],
    ['a key', { ['k\u0000']: 1 }, true],
    ['numbers, booleans and null', { a: 1, b: true, c: null, d: [0, 1.5] }, false],
    ['a query object', { q: '\u0000' }, true],
    ['the text "\\u0000" written out', { q: '\\u0000' }, false],
    ['undefined', undefined, false],
  ])('%s', (_name, value, expected) => {
    expect(containsNul(value)).toBe(expected);
  });
});
