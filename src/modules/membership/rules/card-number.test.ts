import { describe, expect, it } from 'vitest';
import { generateCardNumber, isGeneratedCardNumber, luhnDigit, normaliseCardNumber } from './card-number';

describe('card numbers', () => {
  it.each([
    ['123456789', 7],
    ['7992739871', 3],
    ['000000000', 0],
    ['555555555', 5],
  ])('the Luhn digit of %s is %i', (digits, check) => expect(luhnDigit(digits)).toBe(check));

  it('generates 10 digits, never starting with 0, that pass their own check', () => {
    const numbers = [0, 0.1, 0.5, 0.999].map((r) => generateCardNumber(() => r));
    expect(numbers[0]).toBe('1000000008');
    expect(numbers[2]).toBe('5555555555');
    for (const n of numbers) expect(isGeneratedCardNumber(n)).toBe(true);
    for (let i = 0; i < 200; i++) expect(isGeneratedCardNumber(generateCardNumber())).toBe(true);
  });

  it('catches one mistyped digit and a swap of neighbours', () => {
    expect(isGeneratedCardNumber('5555555555')).toBe(true);
    expect(isGeneratedCardNumber('5555555565')).toBe(false);
    expect(isGeneratedCardNumber('1234567897')).toBe(true);
    expect(isGeneratedCardNumber('1234567987')).toBe(false);
    expect(isGeneratedCardNumber('123456789')).toBe(false);
  });

  it.each([
    [' ab-12 34 ', 'AB-1234'],
    ['6200 1234 5678', '620012345678'],
    ['abc', null],
    ['x'.repeat(33), null],
    ['12#45', null],
  ])('normalises %j to %j', (input, out) => expect(normaliseCardNumber(input)).toBe(out));
});
