// No 0/O, 1/I/L, 2/Z, 5/S: a code read aloud or typed from a slip is typed right.
const ALPHABET = '34679ABCDEFGHJKMNPQRTUVWXY';

/**
 * A human-typable code from random bytes, in groups of four: `K7QX-4MNP`.
 * @example typableCode(randomBytes(8)) // 'K7QX-4MNP'
 */
export function typableCode(random: Uint8Array): string {
  let out = '';
  for (let i = 0; i < random.length; i++) {
    if (i > 0 && i % 4 === 0) out += '-';
    out += ALPHABET[random[i]! % ALPHABET.length];
  }
  return out;
}

/** A typed code as stored: capitals, no spaces; dashes optional when typed. */
export function normaliseCode(typed: string): string {
  const raw = typed.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return raw.replace(/(.{4})(?=.)/g, '$1-');
}
