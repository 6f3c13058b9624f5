/** The largest amount one event may carry: 1,000,000,000.00 in any currency. */
export const MAX_AMOUNT_CENTS = 100_000_000_000;

const DECIMAL = /^(\d{1,12})(?:\.(\d{1,20}))?$/;

/**
 * Reads a non-negative amount given as a decimal string or a JSON number into integer cents,
 * rounding half up on the third decimal. Numbers are read through their shortest decimal form,
 * so binary float noise never leaks into the result.
 * @example parseCents('68') // 6800; parseCents(0.1 + 0.2) // 30; parseCents('1.005') // 101; parseCents('-1') // null
 */
export function parseCents(value: unknown): number | null {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return null;
    // Exponent notation only appears for tiny (< 1e-6) or huge (>= 1e21) numbers.
    text = String(value);
    if (text.includes('e')) return value < 1 ? 0 : null;
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    return null;
  }
  const match = DECIMAL.exec(text);
  if (!match) return null;
  const fraction = (match[2] ?? '').padEnd(3, '0');
  const cents = Number(match[1]) * 100 + Number(fraction.slice(0, 2)) + (Number(fraction[2]) >= 5 ? 1 : 0);
  return cents <= MAX_AMOUNT_CENTS ? cents : null;
}

/**
 * Integer cents as a decimal string with two places.
 * @example formatCents(6800) // '68.00'; formatCents(-5) // '-0.05'
 */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const currencies = new Set(Intl.supportedValuesOf('currency'));

/**
 * True for an ISO 4217 code the runtime knows, in capitals.
 * @example isCurrency('CNY') // true; isCurrency('cny') // false
 */
export function isCurrency(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z]{3}$/.test(value) && currencies.has(value);
}
