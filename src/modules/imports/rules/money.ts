/** An amount parsed to whole cents, or why it could not be. */
export type CentsResult = { ok: true; cents: number } | { ok: false; reason: string };

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
/** numeric(14, 2): at most 12 digits before the point. */
const MAX_CENTS = 999_999_999_999_99;

/**
 * Parses a decimal amount to integer cents with string arithmetic, rounding half away from
 * zero on the third decimal: binary float noise in exported files never reaches the books.
 * Thousands separators (`1,234.50`) are accepted; exponents and currency signs are not.
 * @example parseCents('22.200000000000003') // { ok: true, cents: 2220 }
 * @example parseCents('-0.125') // { ok: true, cents: -13 }
 */
export function parseCents(raw: string): CentsResult {
  const text = raw.trim();
  const match = DECIMAL.exec(GROUPED.test(text) ? text.replaceAll(',', '') : text);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return { ok: false, reason: `"${raw}" is not a decimal amount` };
  const [, sign, whole, fraction = ''] = match;
  const units = whole!.replace(/^0+(?=\d)/, '');
  if (units.length > 12) return { ok: false, reason: `${raw} is too large (at most 12 digits before the point)` };
  const digits = (fraction + '000').slice(0, 3);
  let cents = Number(units || '0') * 100 + Number(digits.slice(0, 2));
  if (digits[2]! >= '5') cents += 1;
  if (cents > MAX_CENTS) return { ok: false, reason: `${raw} is too large` };
  return { ok: true, cents: sign === '-' && cents !== 0 ? -cents : cents };
}

/**
 * Cents as a decimal string with two places, as PostgreSQL `numeric(14, 2)` prints it.
 * @example formatCents(-1305) // '-13.05'
 */
export function formatCents(cents: number): string {
  const abs = Math.abs(cents);
  const text = `${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return cents < 0 ? `-${text}` : text;
}
