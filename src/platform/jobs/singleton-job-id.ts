import { createHash } from 'node:crypto';

/**
 * The job id that stands for a singleton key: the same queue and key always give the same UUID,
 * so a second insert conflicts on pg-boss's primary key (name, id) and is skipped. Unlike pg-boss's
 * own singleton slots this has no time-slot edge where two sends both get through.
 * @example singletonJobId('send-welcome', 'user:42') // '5b0c…-…' (stable, UUID-shaped)
 */
export function singletonJobId(queue: string, key: string): string {
  const b = createHash('sha256').update(`${queue}\u0000${key}`).digest().subarray(0, 16);
  b[6] = 0x80 | (b[6]! & 0x0f); // version 8: custom
  b[8] = 0x80 | (b[8]! & 0x3f); // RFC 4122 variant
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
