import { describe, expect, it } from 'vitest';
import { bareArray, quotedArray } from './pg-array-literal';

describe('quotedArray', () => {
  it('quotes every element and escapes quotes and backslashes', () => {
    expect(quotedArray(['a', 'b,c', ' {x} '])).toBe('{"a","b,c"," {x} "}');
    expect(quotedArray(['b"c', 'd\\e', null])).toBe('{"b\\"c","d\\\\e",NULL}');
    expect(quotedArray(['NULL', ''])).toBe('{"NULL",""}');
    expect(quotedArray([])).toBe('{}');
  });
});

describe('bareArray', () => {
  it('joins values as they are and writes null as NULL', () => {
    expect(bareArray([1, 2, 3])).toBe('{1,2,3}');
    expect(bareArray(['0195f0a0-0000-7000-8000-00000000beef', null])).toBe('{0195f0a0-0000-7000-8000-00000000beef,NULL}');
    expect(bareArray([])).toBe('{}');
  });
});
