import type { Identity } from '../../api/types';

// Contacts are hidden by default on screen, for every role. Staff without customers:pii get
// them masked by the server; staff with it get them in full and see them masked here, in the
// server's format (src/modules/customers/rules/mask.ts), until they press Reveal, which asks
// the server again through the audited POST /customers/:id/reveal.

function maskDigits(digits: string): string {
  if (digits.length >= 11) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length >= 7) return `${digits.slice(0, 2)}${'*'.repeat(digits.length - 4)}${digits.slice(-2)}`;
  return `${'*'.repeat(Math.max(digits.length - 1, 1))}${digits.slice(-1)}`;
}

/** `+8613812341234` → `+86 138****1234`; other countries keep their first digits. */
export function maskPhone(e164: string): string {
  if (e164.includes('*')) return e164;
  const cn = /^\+86(\d+)$/.exec(e164);
  if (cn) return `+86 ${maskDigits(cn[1]!)}`;
  const digits = e164.replace(/\D/g, '');
  return `${e164.startsWith('+') ? '+' : ''}${maskDigits(digits)}`;
}

/** `lina@example.com` → `l***@example.com`. */
export function maskEmail(email: string): string {
  if (email.includes('***')) return email;
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}

/** `张伟` → `张*`, `John Smith` → `J*** S***`. */
export function maskRealName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.includes('*')) return trimmed;
  const words = trimmed.split(/\s+/);
  if (words.length > 1 || /^[\p{Script=Latin}'-]+$/u.test(trimmed)) return words.map((w) => `${Array.from(w)[0]}***`).join(' ');
  const chars = Array.from(trimmed);
  return `${chars[0]}${'*'.repeat(Math.max(chars.length - 1, 1))}`;
}

/** Phones and emails are personal contacts; account ids and card numbers are shown as they are. */
export const isPersonal = (type: Identity['type']) => type === 'phone' || type === 'email';

export function maskIdentity(type: Identity['type'], value: string): string {
  if (type === 'phone') return maskPhone(value);
  if (type === 'email') return maskEmail(value);
  return value;
}
