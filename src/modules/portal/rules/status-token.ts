import { createHmac, timingSafeEqual } from 'node:crypto';

// A status link is `<ticket id without dashes>.<mac>`: the mac is HMAC-SHA256 over the ticket
// id with the portal secret, cut to 128 bits (22 base64url characters). Nothing is stored:
// anyone holding the link may follow the ticket, so it is as secret as the secret is.

const HEX32 = /^[0-9a-f]{32}$/;

function mac(secret: string, ticketId: string): Buffer {
  return createHmac('sha256', secret).update(`portal-ticket:${ticketId}`).digest().subarray(0, 16);
}

/**
 * The signed status token of a ticket.
 * @example signStatusToken('k', '0196a0b2-0000-7000-8000-000000000001') // '0196a0b200007000800000000000000001.Xb…'
 */
export function signStatusToken(secret: string, ticketId: string): string {
  const id = ticketId.toLowerCase();
  return `${id.replaceAll('-', '')}.${mac(secret, id).toString('base64url')}`;
}

/** The ticket id a token names when its signature holds, else null (malformed or tampered). */
export function verifyStatusToken(secret: string, token: string): string | null {
  const [hex, sig, ...rest] = token.split('.');
  if (rest.length > 0 || !hex || !sig || !HEX32.test(hex)) return null;
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const given = Buffer.from(sig, 'base64url');
  const expected = mac(secret, id);
  if (given.length !== expected.length || given.toString('base64url') !== sig) return null;
  return timingSafeEqual(given, expected) ? id : null;
}
