// Which targets apply to a ticket: the base policy of its channel × priority, tightened by
// every override for the requester's loyalty tier that matches (an override never loosens).

export type Metric = 'firstResponse' | 'nextResponse' | 'resolution';
export const metrics: readonly Metric[] = ['firstResponse', 'nextResponse', 'resolution'];

/** Targets in seconds of business time; null: no target for that metric. */
export type SlaTargets = Record<Metric, number | null>;

export interface PolicyRule {
  id: string;
  /** null only on a tier override: any channel. */
  channel: string | null;
  /** null only on a tier override: any priority. */
  priority: string | null;
  /** null on a base policy; a loyalty tier code on an override. */
  tierCode: string | null;
  calendarId: string | null;
  targets: SlaTargets;
  /** Percentage of a target after which the warning goes out. */
  warnAtPct: number;
}

export interface PolicyChoice {
  policyId: string;
  overrideIds: string[];
  calendarId: string | null;
  targets: SlaTargets;
  warnAtPct: number;
}

const tighter = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));

/**
 * The targets for a ticket, or null when no base policy covers its channel and priority.
 * @example choosePolicy(rules, { channel: 'email', priority: 'high', tierCode: 'gold' })
 */
export function choosePolicy(rules: PolicyRule[], ticket: { channel: string; priority: string; tierCode: string | null }): PolicyChoice | null {
  const base = rules.find((r) => r.tierCode === null && r.channel === ticket.channel && r.priority === ticket.priority);
  if (!base) return null;
  const overrides = ticket.tierCode
    ? rules.filter((r) => r.tierCode === ticket.tierCode && (r.channel ?? ticket.channel) === ticket.channel && (r.priority ?? ticket.priority) === ticket.priority)
    : [];
  const targets = { ...base.targets };
  for (const o of overrides) for (const m of metrics) targets[m] = base.targets[m] === null ? null : tighter(targets[m], o.targets[m]);
  return {
    policyId: base.id,
    overrideIds: overrides.map((o) => o.id),
    calendarId: base.calendarId,
    targets,
    warnAtPct: Math.min(base.warnAtPct, ...overrides.map((o) => o.warnAtPct)),
  };
}
