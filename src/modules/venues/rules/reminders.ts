/**
 * The reminder thresholds crossed now and not yet sent (a session that starts with 4 minutes
 * left crosses 10 and 5 at once; one reminder is sent and both are recorded).
 * @example dueReminders([10, 5], [10], 4) // [5]
 */
export function dueReminders(thresholds: readonly number[], sent: readonly number[], minutesLeft: number): number[] {
  return thresholds.filter((t) => minutesLeft <= t && !sent.includes(t)).sort((a, b) => b - a);
}
