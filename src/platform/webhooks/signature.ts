import { createHmac, timingSafeEqual } from 'node:crypto';

// Outbound and inbound webhooks are signed like Stripe's: the header
// `X-Guildhall-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. The
// receiver recomputes it with the shared secret and refuses old timestamps (replays).

export const SIGNATURE_HEADER = 'x-guildhall-signature';
/** Signatures older (or newer) than this are refused. */
export const TOLERANCE_SECONDS = 300;

function hmac(secret: string, t: number, body: string): string {
  return createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
}

/**
 * The signature header value for a body sent at `at`.
 * @example signPayload('whsec_x', '{"a":1}', new Date(0)) // 't=0,v1=…'
 */
export function signPayload(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${hmac(secret, t, body)}`;
}

export type VerifyResult = { ok: true } | { ok: false; reason: 'malformed' | 'expired' | 'mismatch' };

/** Checks a signature header against the raw body, the secret and the time now. */
export function verifySignature(secret: string, body: string, header: string | undefined, now: Date): VerifyResult {
  const parts = Object.fromEntries((header ?? '').split(',').map((p) => p.trim().split('=', 2) as [string, string]));
  const t = Number(parts.t);
  const given = parts.v1;
  if (!Number.isInteger(t) || !given || !/^[0-9a-f]{64}$/.test(given)) return { ok: false, reason: 'malformed' };
  if (Math.abs(now.getTime() / 1000 - t) > TOLERANCE_SECONDS) return { ok: false, reason: 'expired' };
  const expected = Buffer.from(hmac(secret, t, body), 'hex');
  return timingSafeEqual(expected, Buffer.from(given, 'hex')) ? { ok: true } : { ok: false, reason: 'mismatch' };
}
