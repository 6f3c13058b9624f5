import type { SlaState } from './rules/sla-clocks';
import { metrics, type Metric } from './rules/sla-policy';

export type BadgeState = 'breached' | 'warning' | 'running';
export interface SlaBadge {
  metric: Metric;
  dueAt: Date;
  state: BadgeState;
}

const rank: Record<BadgeState, number> = { breached: 0, warning: 1, running: 2 };

/**
 * The clock an agent should look at first: the worst state (breached, then warning, then
 * running), the earliest due among equals; null when no clock runs (met, stopped, paused, none).
 * Past its due or warning time a clock counts as breached or warned before the sweep marks it.
 * @example nearestBadge(state, new Date('2026-06-01T10:00:00Z')) // { metric: 'firstResponse', dueAt, state: 'warning' }
 */
export function nearestBadge(state: SlaState, now: Date): SlaBadge | null {
  if (state.stoppedAt) return null;
  let best: SlaBadge | null = null;
  for (const metric of metrics) {
    const c = state[metric];
    if (!c.dueAt || c.metAt) continue;
    if (metric === 'resolution' && state.pausedSince) continue;
    const badgeState: BadgeState =
      c.breachedAt || now >= c.dueAt ? 'breached' : c.warnedAt || (c.warnAt && now >= c.warnAt) ? 'warning' : 'running';
    const candidate = { metric, dueAt: c.dueAt, state: badgeState };
    if (!best || rank[badgeState] < rank[best.state] || (rank[badgeState] === rank[best.state] && c.dueAt < best.dueAt)) best = candidate;
  }
  return best;
}
