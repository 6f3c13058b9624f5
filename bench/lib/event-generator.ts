/** Deterministic pseudo-random numbers (mulberry32) so every run sends the same events. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A realistic mix for an online game: logins, recharges, play sessions, level-ups, spread
 * over a year, for `customers` players identified by game account.
 */
export function generateEvents(count: number, customers: number, seed = 42): object[] {
  const r = rng(seed);
  // The year up to the start of today (UTC): events may be late, never in the future.
  const year = 365 * 24 * 3600 * 1000;
  const start = Math.floor(Date.now() / 86_400_000) * 86_400_000 - year;
  const out: object[] = [];
  for (let i = 0; i < count; i++) {
    const player = Math.floor(r() * customers);
    const occurredAt = new Date(start + Math.floor(r() * year)).toISOString();
    const customer = { gameAccount: { id: `p${player}`, server: `s${player % 20}` } };
    const roll = r();
    const base = { id: `bench-${seed}-${i}`, occurredAt, customer };
    if (roll < 0.45) out.push({ ...base, type: 'login', data: { device: 'android', region: 'CN-SH' } });
    else if (roll < 0.7) out.push({ ...base, type: 'play_session', data: { game: 'starfall', mode: 'ranked', durationSeconds: Math.floor(r() * 3600) } });
    else if (roll < 0.9) {
      const amount = [6, 30, 68, 128, 328, 648][Math.floor(r() * 6)]!;
      out.push({ ...base, type: 'recharge', data: { orderId: `o${seed}-${i}`, amount: amount.toFixed(2), currency: 'CNY', channel: 'wechat', status: 'paid' } });
    } else out.push({ ...base, type: 'level_up', data: { level: 1 + Math.floor(r() * 60), game: 'starfall' } });
  }
  return out;
}
