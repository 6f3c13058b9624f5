/** At most this many seats per bulk create. */
export const MAX_SEATS_PER_BATCH = 200;

/**
 * The labels of a run of seats: prefix + zero-padded number.
 * @example seatLabels({ prefix: 'A', from: 1, to: 3, digits: 2 }) // { ok: true, labels: ['A01', 'A02', 'A03'] }
 */
export function seatLabels(input: { prefix: string; from: number; to: number; digits?: number }): { ok: true; labels: string[] } | { ok: false; reason: string } {
  if (input.to < input.from) return { ok: false, reason: '`to` must not be below `from`' };
  if (input.to - input.from + 1 > MAX_SEATS_PER_BATCH) return { ok: false, reason: `at most ${MAX_SEATS_PER_BATCH} seats at once` };
  const digits = input.digits ?? 2;
  const labels: string[] = [];
  for (let n = input.from; n <= input.to; n++) labels.push(`${input.prefix.toUpperCase()}${String(n).padStart(digits, '0')}`);
  return { ok: true, labels };
}
