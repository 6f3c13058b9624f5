import { rng } from './event-generator';

/** Deterministic batch sizes (5,000–10,000) adding up to `total`. */
export function batchSizes(total: number, seed = 7): number[] {
  const r = rng(seed);
  const sizes: number[] = [];
  let left = total;
  while (left > 0) {
    let size = Math.min(left, 5000 + Math.floor(r() * 5001));
    // Never leave a remainder under 5,000 (except for a total under 5,000).
    if (left - size < 5000) size = left <= 10_000 ? left : left - 5000;
    sizes.push(size);
    left -= size;
  }
  return sizes;
}
