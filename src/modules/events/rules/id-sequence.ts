/**
 * Ids for one batch from a few drawn UUIDv7s: each drawn id keeps its time and most of its
 * random bits and its last 16 bits count up. A 10,000-event batch then needs one random draw
 * instead of 10,000; a new base is drawn every 65,536 ids. Ids stay valid, time-ordered
 * UUIDv7s; two batches collide only if their drawn ids share 58 random bits.
 * @example const next = idSequence(() => ids.uuid()); next() // '019b…-…0000'; next() // '019b…-…0001'
 */
export function idSequence(draw: () => string): () => string {
  let base = '';
  let n = 0x10000;
  return () => {
    if (n > 0xffff) {
      base = draw().slice(0, 32);
      n = 0;
    }
    return base + (n++).toString(16).padStart(4, '0');
  };
}
