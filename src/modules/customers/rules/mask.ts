import { parsePhoneNumberFromString } from 'libphonenumber-js';

// What staff without `customers:pii` see instead of contacts and real names: enough to
// recognise a customer on the phone ("the number ending 1234"), not enough to contact them.

function maskDigits(digits: string): string {
  if (digits.length >= 11) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length >= 7) return `${digits.slice(0, 2)}${'*'.repeat(digits.length - 4)}${digits.slice(-2)}`;
  return `${'*'.repeat(Math.max(digits.length - 1, 1))}${digits.slice(-1)}`;
}

/**
 * An E.164 number with the middle digits hidden.
 * @example maskPhone('+8613812341234') // '+86 138****1234'
 */
export function maskPhone(e164: string): string {
  const phone = parsePhoneNumberFromString(e164);
  if (!phone) return maskDigits(e164.replace(/\D/g, ''));
  return `+${phone.countryCallingCode} ${maskDigits(String(phone.nationalNumber))}`;
}

/**
 * An email with all but the first letter of the mailbox hidden.
 * @example maskEmail('lina@example.com') // 'l***@example.com'
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}

/**
 * A real name reduced to initials: the surname character of a Chinese name, the first
 * letter of each word of a Latin one.
 * @example maskRealName('张伟') // '张*'
 * @example maskRealName('John Smith') // 'J*** S***'
 */
export function maskRealName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') return '';
  const words = trimmed.split(/\s+/);
  if (words.length > 1 || /^[\p{Script=Latin}'-]+$/u.test(trimmed)) {
    return words.map((w) => `${Array.from(w)[0]}***`).join(' ');
  }
  const chars = Array.from(trimmed);
  return `${chars[0]}${'*'.repeat(Math.max(chars.length - 1, 1))}`;
}

/** The masked form of an identity value: phones and emails are hidden, other ids are not personal contacts. */
export function maskIdentityValue(type: string, value: string): string {
  if (type === 'phone') return maskPhone(value);
  if (type === 'email') return maskEmail(value);
  return value;
}

/**
 * An IP address with its host part hidden.
 * @example maskIp('203.0.113.42') // '203.0.*.*'
 */
export function maskIp(ip: string): string {
  if (ip.includes(':')) return `${ip.split(':').slice(0, 2).join(':')}:*`;
  const parts = ip.split('.');
  return parts.length === 4 ? `${parts[0]}.${parts[1]}.*.*` : '*';
}

/** Event data with the personal values the senders may include (phone, email, ip) masked. */
export function maskEventData(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  if (typeof out.phone === 'string') out.phone = maskPhone(out.phone);
  if (typeof out.email === 'string') out.email = maskEmail(out.email);
  if (typeof out.ip === 'string') out.ip = maskIp(out.ip);
  return out;
}
