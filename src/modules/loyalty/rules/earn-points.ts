/** The kinds of earning rule (docs/loyalty.md, "Earning rules"). */
export const ruleKinds = ['per_amount', 'per_hour', 'first_visit', 'birthday', 'custom_event'] as const;
export type RuleKind = (typeof ruleKinds)[number];

export interface EarningRule {
  id: string;
  kind: RuleKind;
  /** per_amount: which of recharge/purchase count (empty = both). */
  eventTypes: string[];
  /** Points per unit (per_amount), per hour (per_hour), or the fixed award. */
  points: number;
  unitCents: number;
  customName: string | null;
  maxPerEvent: number | null;
  maxPerDay: number | null;
}

export interface Campaign {
  startsAt: Date;
  endsAt: Date;
  factor: number;
  eventTypes: string[];
}

/** What earning needs to know of one event. */
export interface EarningEvent {
  id: string;
  customerId: string;
  type: string;
  occurredAt: Date;
  amountCents: number | null;
  /** recharge: paid | failed | refunded */
  status: string | null;
  durationSeconds: number | null;
  customName: string | null;
}

export interface EarningContext {
  /** The member's tier points multiplier (1 without a tier). */
  tierMultiplier: number;
  campaigns: Campaign[];
  /** The event falls on the member's birthday. */
  isBirthday: boolean;
  /** Points the rule already gave this member on the event's day (for maxPerDay). */
  earnedToday: (ruleId: string) => number;
}

export interface Award {
  ruleId: string;
  points: number;
  /** Unique per award: a re-run of earning finds it taken and awards nothing. */
  sourceKey: string;
}

const isPaidMoney = (e: EarningEvent) => e.amountCents !== null && ((e.type === 'recharge' && e.status === 'paid') || e.type === 'purchase');

/** The rule's base points for the event, before multipliers and caps (0 when it does not apply). */
function basePoints(rule: EarningRule, e: EarningEvent, isBirthday: boolean): number {
  switch (rule.kind) {
    case 'per_amount':
      if (!isPaidMoney(e) || (rule.eventTypes.length > 0 && !rule.eventTypes.includes(e.type))) return 0;
      return Math.floor(e.amountCents! / rule.unitCents) * rule.points;
    case 'per_hour':
      return e.type === 'play_session' && e.durationSeconds ? Math.floor((e.durationSeconds * rule.points) / 3600) : 0;
    case 'first_visit':
      return e.type === 'visit' ? rule.points : 0;
    case 'birthday':
      return isBirthday && (e.type === 'visit' || isPaidMoney(e)) ? rule.points : 0;
    case 'custom_event':
      return e.type === 'custom' && e.customName === rule.customName ? rule.points : 0;
  }
}

/** The source key of an award: once per event, once ever (first visit) or once a year (birthday). */
function sourceKey(rule: EarningRule, e: EarningEvent): string {
  if (rule.kind === 'first_visit') return `first_visit:${e.customerId}:rule:${rule.id}`;
  if (rule.kind === 'birthday') return `birthday:${e.customerId}:${e.occurredAt.getUTCFullYear()}:rule:${rule.id}`;
  return `event:${e.id}:rule:${rule.id}`;
}

/** The largest factor of the campaigns running at the event's time for its type (campaigns do not stack). */
export function campaignFactor(campaigns: Campaign[], e: Pick<EarningEvent, 'type' | 'occurredAt'>): number {
  const t = e.occurredAt.getTime();
  let factor = 1;
  for (const c of campaigns) {
    const applies = c.startsAt.getTime() <= t && t < c.endsAt.getTime() && (c.eventTypes.length === 0 || c.eventTypes.includes(e.type));
    if (applies && c.factor > factor) factor = c.factor;
  }
  return factor;
}

/**
 * The points each rule gives for an event: base × tier multiplier × campaign factor, rounded
 * down, then capped per event and per day. Rules that give nothing are left out.
 * @example earnPoints(event, [{ kind: 'per_amount', points: 1, unitCents: 100, … }], ctx) // [{ ruleId, points: 68, sourceKey: 'event:…:rule:…' }]
 */
export function earnPoints(e: EarningEvent, rules: EarningRule[], ctx: EarningContext): Award[] {
  const factor = ctx.tierMultiplier * campaignFactor(ctx.campaigns, e);
  const awards: Award[] = [];
  for (const rule of rules) {
    const base = basePoints(rule, e, ctx.isBirthday);
    if (base <= 0) continue;
    let points = Math.floor(base * factor + 1e-9);
    if (rule.maxPerEvent !== null) points = Math.min(points, rule.maxPerEvent);
    if (rule.maxPerDay !== null) points = Math.min(points, Math.max(0, rule.maxPerDay - ctx.earnedToday(rule.id)));
    if (points > 0) awards.push({ ruleId: rule.id, points, sourceKey: sourceKey(rule, e) });
  }
  return awards;
}

/**
 * Points to take back for a refund of an order: in proportion to the refunded amount, never
 * more than is left unreversed.
 * @example reversalPoints({ earned: 100, basisCents: 10000, refundCents: 5000, reversed: 0 }) // 50
 */
export function reversalPoints(o: { earned: number; basisCents: number; refundCents: number; reversed: number }): number {
  const open = Math.max(0, o.earned - o.reversed);
  if (o.basisCents <= 0) return open;
  return Math.min(open, Math.ceil((o.earned * Math.min(o.refundCents, o.basisCents)) / o.basisCents));
}

/**
 * True when the event's UTC date has the birthday's month and day (29 February counts on 28 February in other years).
 * @example isBirthdayOn('1990-05-20', new Date('2026-05-20T10:00:00Z')) // true
 */
export function isBirthdayOn(birthday: string | null, at: Date): boolean {
  if (!birthday) return false;
  const [, m, d] = birthday.split('-').map(Number);
  const month = at.getUTCMonth() + 1;
  const day = at.getUTCDate();
  if (m === month && d === day) return true;
  const year = at.getUTCFullYear();
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return m === 2 && d === 29 && !leap && month === 2 && day === 28;
}
