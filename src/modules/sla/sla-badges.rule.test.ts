import { describe, expect, it } from 'vitest';
import type { MetricClock, SlaState } from './rules/sla-clocks';
import { nearestBadge } from './sla-badges.rule';

const d = (iso: string) => new Date(iso);
const idle: MetricClock = { startAt: null, dueAt: null, warnAt: null, metAt: null, warnedAt: null, breachedAt: null, escalatedAt: null };
const clock = (due: string, more: Partial<MetricClock> = {}): MetricClock => ({ ...idle, startAt: d('2026-06-01T09:00:00Z'), dueAt: d(due), ...more });
const state = (more: Partial<SlaState>): SlaState => ({
  firstResponse: idle, nextResponse: idle, resolution: idle, pausedSince: null, pausedBusinessMs: 0, stoppedAt: null,
  escalationLevel: 0, reopenCount: 0, firstResponseMs: null, resolutionMs: null, resolutionBusinessMs: null, ...more,
});
const now = d('2026-06-01T10:00:00Z');

describe('nearestBadge', () => {
  it('picks the earliest running clock', () => {
    const s = state({ firstResponse: clock('2026-06-01T11:00:00Z'), resolution: clock('2026-06-02T09:00:00Z') });
    expect(nearestBadge(s, now)).toEqual({ metric: 'firstResponse', dueAt: d('2026-06-01T11:00:00Z'), state: 'running' });
  });

  it('puts a breached clock before an earlier-due running one', () => {
    const s = state({ firstResponse: clock('2026-06-01T12:00:00Z'), resolution: clock('2026-06-01T13:00:00Z', { breachedAt: d('2026-06-01T09:30:00Z') }) });
    expect(nearestBadge(s, now)).toMatchObject({ metric: 'resolution', state: 'breached' });
  });

  it('counts a clock past its due or warning time before the sweep marks it', () => {
    expect(nearestBadge(state({ firstResponse: clock('2026-06-01T09:59:00Z') }), now)?.state).toBe('breached');
    expect(nearestBadge(state({ firstResponse: clock('2026-06-01T11:00:00Z', { warnAt: d('2026-06-01T09:50:00Z') }) }), now)?.state).toBe('warning');
  });

  it('shows nothing for met, stopped or paused clocks, or without a target', () => {
    expect(nearestBadge(state({ firstResponse: clock('2026-06-01T09:00:00Z', { metAt: d('2026-06-01T09:10:00Z') }) }), now)).toBeNull();
    expect(nearestBadge(state({ firstResponse: clock('2026-06-01T09:00:00Z'), stoppedAt: now }), now)).toBeNull();
    expect(nearestBadge(state({ resolution: clock('2026-06-01T09:00:00Z'), pausedSince: now }), now)).toBeNull();
    expect(nearestBadge(state({}), now)).toBeNull();
  });
});
