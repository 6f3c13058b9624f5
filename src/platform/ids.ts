import { createHash, randomBytes } from 'node:crypto';

/** Generates identifiers; injected so tests can make them predictable. */
export interface IdGenerator {
  /** A time-ordered UUID (v7): sorts by creation time, good for b-tree locality and cursors. */
  uuid(): string;
  /** An unguessable URL-safe secret of `bytes` random bytes. */
  secret(bytes?: number): string;
}

/**
 * Builds a UUIDv7 string from a millisecond timestamp and random bytes.
 * @example uuidv7(Date.parse('2026-01-01')) // '019b7cc4-3c00-7…'
 */
export function uuidv7(ms: number, random: Buffer = randomBytes(10)): string {
  const b = Buffer.alloc(16);
  b.writeUIntBE(ms, 0, 6);
  random.copy(b, 6, 0, 10);
  b[6] = 0x70 | (b[6]! & 0x0f);
  b[8] = 0x80 | (b[8]! & 0x3f);
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function createIdGenerator(now: () => number = Date.now): IdGenerator {
  return {
    uuid: () => uuidv7(now()),
    secret: (bytes = 32) => randomBytes(bytes).toString('base64url'),
  };
}

/** SHA-256 hex digest; used to store tokens and API keys without keeping the secret. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
