const GIVEN = /^[A-Z0-9-]{4,32}$/;

/**
 * The Luhn check digit of a string of digits.
 * @example luhnDigit('123456789') // 7
 */
export function luhnDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * A new card number: 9 random digits (not starting with 0) and a Luhn check digit, so a
 * mistyped digit is caught at the desk. `random` answers [0, 1).
 * @example generateCardNumber(() => 0.5) // '5555555555'
 */
export function generateCardNumber(random: () => number = Math.random): string {
  let body = String(1 + Math.floor(random() * 9));
  while (body.length < 9) body += String(Math.floor(random() * 10));
  return body + String(luhnDigit(body));
}

/** True for a 10-digit number whose last digit is its Luhn check digit. */
export function isGeneratedCardNumber(value: string): boolean {
  return /^\d{10}$/.test(value) && luhnDigit(value.slice(0, 9)) === Number(value[9]);
}

/**
 * A card number typed or printed on a card, trimmed and upper-cased, or null when it is not
 * 4 to 32 letters, digits or dashes (spaces are dropped: '6200 1234' reads as '62001234').
 * @example normaliseCardNumber(' ab-12 34 ') // 'AB-1234'
 */
export function normaliseCardNumber(value: string): string | null {
  const n = value.replace(/\s+/g, '').toUpperCase();
  return GIVEN.test(n) ? n : null;
}
