/** One monthly partition of the events table: its name and its UTC range [from, to). */
export interface MonthPartition {
  name: string;
  from: string;
  to: string;
}

const firstOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 1));

/**
 * The monthly partitions from the month of `from` through `monthsAhead` months later (UTC).
 * @example partitionMonths(new Date('2026-12-15T00:00:00Z'), 1) // events_2026_12 [2026-12-01, 2027-01-01), events_2027_01 [2027-01-01, 2027-02-01)
 */
export function partitionMonths(from: Date, monthsAhead: number): MonthPartition[] {
  const year = from.getUTCFullYear();
  const month = from.getUTCMonth();
  const months: MonthPartition[] = [];
  for (let i = 0; i <= monthsAhead; i++) {
    const start = firstOfMonth(year, month + i);
    const end = firstOfMonth(year, month + i + 1);
    const name = `events_${start.getUTCFullYear()}_${String(start.getUTCMonth() + 1).padStart(2, '0')}`;
    months.push({ name, from: start.toISOString(), to: end.toISOString() });
  }
  return months;
}
