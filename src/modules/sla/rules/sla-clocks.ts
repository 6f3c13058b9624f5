import { addBusinessTime, businessTimeBetween, type BusinessCalendar } from './business-calendar';
import { metrics, type Metric, type SlaTargets } from './sla-policy';

// SLA clocks are derived from what the ticket records (its status trail, its conversation,
// its first-response and resolution times), never from the order events arrived in: deriving
// twice, late, or after a restart gives the same clocks. Only the warning/breach/escalation
// marks are history, kept while a clock's cycle (its start) stays the same.

/** The policy as it applied when the ticket's clocks were set; later policy edits do not move them. */
export interface SlaSnapshot {
  policyId: string;
  overrideIds: string[];
  channel: string;
  priority: string;
  tierCode: string | null;
  /** Seconds of business time per metric. */
  targets: SlaTargets;
  warnAtPct: number;
  calendarId: string;
  calendar: BusinessCalendar;
}

export interface StatusChange {
  at: Date;
  from: string | null;
  to: string;
}

/** Public conversation, oldest first: the customer writing, or a staff user's public reply. */
export interface ConversationItem {
  at: Date;
  by: 'customer' | 'staff';
}

export interface TicketFacts {
  createdAt: Date;
  status: string;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  reopenCount: number;
  /** Oldest first. */
  statusChanges: StatusChange[];
  conversation: ConversationItem[];
}

export interface MetricClock {
  startAt: Date | null;
  dueAt: Date | null;
  warnAt: Date | null;
  metAt: Date | null;
  warnedAt: Date | null;
  breachedAt: Date | null;
  escalatedAt: Date | null;
}

export interface SlaState extends Record<Metric, MetricClock> {
  /** Since when the resolution clock is paused (pending the customer). */
  pausedSince: Date | null;
  /** Business time the current resolution cycle spent paused (closed pauses only). */
  pausedBusinessMs: number;
  /** Resolved or closed: no clock runs. */
  stoppedAt: Date | null;
  /** 0 none, 1 team lead warned, 2 supervisor (breach), 3 manager. */
  escalationLevel: number;
  reopenCount: number;
  firstResponseMs: number | null;
  resolutionMs: number | null;
  resolutionBusinessMs: number | null;
}

export type SlaStep = 'warning' | 'breach' | 'escalation';

const emptyClock = (): MetricClock => ({ startAt: null, dueAt: null, warnAt: null, metAt: null, warnedAt: null, breachedAt: null, escalatedAt: null });
const same = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

function clock(s: SlaSnapshot, metric: Metric, startAt: Date | null, metAt: Date | null, pausedMs = 0): MetricClock {
  const target = s.targets[metric];
  if (!startAt) return emptyClock();
  if (target === null) return { ...emptyClock(), startAt, metAt };
  const ms = target * 1000;
  return {
    ...emptyClock(),
    startAt,
    metAt,
    dueAt: addBusinessTime(s.calendar, startAt, ms + pausedMs),
    warnAt: addBusinessTime(s.calendar, startAt, Math.round((ms * s.warnAtPct) / 100) + pausedMs),
  };
}

/** The current next-response cycle: the first customer message after a staff reply, and the reply that answered it. */
function nextResponseCycle(f: TicketFacts): { startAt: Date | null; metAt: Date | null } {
  let startAt: Date | null = null;
  let metAt: Date | null = null;
  let awaiting = false;
  if (!f.firstResponseAt) return { startAt, metAt };
  for (const item of f.conversation) {
    if (item.at.getTime() <= f.firstResponseAt.getTime()) continue;
    if (item.by === 'customer' && !awaiting) [startAt, metAt, awaiting] = [item.at, null, true];
    else if (item.by === 'staff' && awaiting) [metAt, awaiting] = [item.at, false];
  }
  return { startAt, metAt };
}

/** The resolution cycle: its start (creation or the last reopen), closed pauses within it and an open one. */
function resolutionCycle(cal: BusinessCalendar, f: TicketFacts): { startAt: Date; pausedMs: number; pausedSince: Date | null } {
  let startAt = f.createdAt;
  for (const c of f.statusChanges) if (c.from === 'resolved' && c.to !== 'resolved' && c.to !== 'closed') startAt = c.at;
  let current = 'new';
  let since = f.createdAt;
  let pausedMs = 0;
  for (const c of f.statusChanges) {
    if (current === 'pending_customer' && c.at.getTime() > startAt.getTime()) {
      pausedMs += businessTimeBetween(cal, since.getTime() > startAt.getTime() ? since : startAt, c.at);
    }
    [current, since] = [c.to, c.at];
  }
  return { startAt, pausedMs, pausedSince: current === 'pending_customer' ? since : null };
}

/**
 * The ticket's SLA state from its facts, keeping the marks of `prev` for clocks whose cycle
 * did not change (a reopen or a new customer message starts a new cycle with fresh marks).
 */
export function deriveSla(s: SlaSnapshot, f: TicketFacts, prev: SlaState | null): SlaState {
  const stopped = f.status === 'resolved' || f.status === 'closed';
  const resolution = resolutionCycle(s.calendar, f);
  const resolvedAt = stopped && f.resolvedAt && f.resolvedAt.getTime() >= resolution.startAt.getTime() ? f.resolvedAt : null;
  const next = nextResponseCycle(f);
  const state: SlaState = {
    firstResponse: clock(s, 'firstResponse', f.createdAt, f.firstResponseAt),
    nextResponse: clock(s, 'nextResponse', next.startAt, next.metAt),
    resolution: clock(s, 'resolution', resolution.startAt, resolvedAt, resolution.pausedMs),
    pausedSince: stopped ? null : resolution.pausedSince,
    pausedBusinessMs: resolution.pausedMs,
    stoppedAt: stopped ? (f.status === 'resolved' ? f.resolvedAt : f.closedAt ?? f.resolvedAt) : null,
    escalationLevel: prev?.escalationLevel ?? 0,
    reopenCount: f.reopenCount,
    firstResponseMs: f.firstResponseAt ? f.firstResponseAt.getTime() - f.createdAt.getTime() : null,
    resolutionMs: resolvedAt ? resolvedAt.getTime() - f.createdAt.getTime() : prev?.resolutionMs ?? null,
    resolutionBusinessMs: resolvedAt ? businessTimeBetween(s.calendar, resolution.startAt, resolvedAt) - resolution.pausedMs : prev?.resolutionBusinessMs ?? null,
  };
  if (prev) {
    for (const m of metrics) {
      if (!same(prev[m].startAt, state[m].startAt)) continue;
      const { warnedAt, breachedAt, escalatedAt } = prev[m];
      state[m] = { ...state[m], warnedAt, breachedAt, escalatedAt };
    }
  }
  return state;
}

/** When a breached clock goes to the manager: one more target period after its due time. */
function escalateAt(s: SlaSnapshot, m: Metric, c: MetricClock): Date | null {
  const target = s.targets[m];
  return c.dueAt && target !== null ? addBusinessTime(s.calendar, c.dueAt, target * 1000) : null;
}

/** The step each running clock has reached at `now` and not yet taken (at most one per clock). */
export function dueSteps(s: SlaSnapshot, state: SlaState, now: Date): { metric: Metric; step: SlaStep }[] {
  const steps: { metric: Metric; step: SlaStep }[] = [];
  if (state.stoppedAt) return steps;
  for (const m of metrics) {
    const c = state[m];
    if (!c.dueAt || c.metAt || (m === 'resolution' && state.pausedSince)) continue;
    const t = now.getTime();
    if (!c.breachedAt && t >= c.dueAt.getTime()) steps.push({ metric: m, step: 'breach' });
    else if (!c.breachedAt && !c.warnedAt && c.warnAt && t >= c.warnAt.getTime()) steps.push({ metric: m, step: 'warning' });
    else if (c.breachedAt && !c.escalatedAt && t >= (escalateAt(s, m, c)?.getTime() ?? Infinity)) steps.push({ metric: m, step: 'escalation' });
  }
  return steps;
}

const levels: Record<SlaStep, number> = { warning: 1, breach: 2, escalation: 3 };

/** The state after taking `step` on `metric` at `now` (a breach also counts as warned). */
export function takeStep(state: SlaState, metric: Metric, step: SlaStep, now: Date): SlaState {
  const c = { ...state[metric] };
  if (step === 'warning') c.warnedAt = now;
  if (step === 'breach') [c.breachedAt, c.warnedAt] = [now, c.warnedAt ?? now];
  if (step === 'escalation') c.escalatedAt = now;
  return { ...state, [metric]: c, escalationLevel: Math.max(state.escalationLevel, levels[step]) };
}

/** When the sweep next has something to do for this ticket; null when nothing is running. */
export function nextCheckAt(s: SlaSnapshot, state: SlaState): Date | null {
  if (state.stoppedAt) return null;
  let earliest: number | null = null;
  for (const m of metrics) {
    const c = state[m];
    if (!c.dueAt || c.metAt || (m === 'resolution' && state.pausedSince)) continue;
    const at = !c.breachedAt ? (c.warnedAt || !c.warnAt ? c.dueAt : c.warnAt) : c.escalatedAt ? null : escalateAt(s, m, c);
    if (at && (earliest === null || at.getTime() < earliest)) earliest = at.getTime();
  }
  return earliest === null ? null : new Date(earliest);
}
