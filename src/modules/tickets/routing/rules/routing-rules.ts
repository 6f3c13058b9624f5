// Routing rules (分派规则), evaluated like Zendesk triggers: in order, every active rule whose
// conditions all hold applies its actions; a later rule overrides a field an earlier one set;
// tags add up. Conditions see the priority as earlier rules left it. Pure: the service loads
// the facts and resolves departments and teams.

export type Priority = 'low' | 'normal' | 'high' | 'urgent';

/** Every given condition must hold (AND); a list matches when any of its values does (OR). An empty object matches every ticket. */
export interface RuleConditions {
  channels?: string[];
  /** Matches the ticket's category or any category above it. */
  categoryIds?: string[];
  priorities?: Priority[];
  /** Loyalty tier codes of the requester. */
  tierCodes?: string[];
  /** true: only VIP requesters; false: only others. */
  vip?: boolean;
  /** BCP 47 tags compared by primary language (`zh` matches `zh-CN`). */
  languages?: string[];
  storeIds?: string[];
  /** Any of these, case-insensitive, in the subject or description (Chinese substrings work). */
  keywords?: string[];
}

export interface RuleActions {
  departmentId?: string;
  teamId?: string;
  priority?: Priority;
  addTags?: string[];
}

export interface RoutingRule {
  id: string;
  name: string;
  active: boolean;
  conditions: RuleConditions;
  actions: RuleActions;
}

/** What the rules look at, gathered when a ticket is created. */
export interface TicketFacts {
  channel: string;
  /** The ticket's category first, then its ancestors up to the root; empty without a category. */
  categoryPath: string[];
  priority: Priority;
  tierCode: string | null;
  vip: boolean;
  language: string | null;
  storeId: string | null;
  subject: string;
  description: string;
}

export interface RoutingOutcome {
  /** undefined: no rule set it. */
  departmentId?: string;
  teamId?: string;
  priority?: Priority;
  addTags: string[];
  /** Ids and names of the rules that applied, in order. */
  matched: { id: string; name: string }[];
}

/** The primary language of a BCP 47 tag, lower-cased: `zh-CN` → `zh`. */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Whether `tag` is one of `wanted`, compared by primary language. */
export function languageMatches(wanted: readonly string[], tag: string | null): boolean {
  if (!tag) return false;
  const lang = primaryLanguage(tag);
  return wanted.some((w) => primaryLanguage(w) === lang);
}

const anyOf = <T>(list: readonly T[] | undefined, value: T | null): boolean => list === undefined || (value !== null && list.includes(value));

/**
 * Whether every condition holds for the facts.
 * @example matches({ keywords: ['退款'] }, { ...facts, subject: '申请退款' }) // true
 */
export function matches(c: RuleConditions, f: TicketFacts): boolean {
  if (!anyOf(c.channels, f.channel)) return false;
  if (c.categoryIds && !f.categoryPath.some((id) => c.categoryIds!.includes(id))) return false;
  if (!anyOf(c.priorities, f.priority)) return false;
  if (!anyOf(c.tierCodes, f.tierCode)) return false;
  if (c.vip !== undefined && c.vip !== f.vip) return false;
  if (c.languages && !languageMatches(c.languages, f.language)) return false;
  if (!anyOf(c.storeIds, f.storeId)) return false;
  if (c.keywords) {
    const text = `${f.subject}\n${f.description}`.toLowerCase();
    if (!c.keywords.some((k) => k.trim() !== '' && text.includes(k.trim().toLowerCase()))) return false;
  }
  return true;
}

/**
 * Runs the rules in order over the facts. A rule that sets a department without a team clears
 * the team an earlier rule set (the team may belong to another department); a rule's team
 * brings its own department (resolved by the caller).
 * @example evaluateRules([{ …, conditions: { vip: true }, actions: { priority: 'high' } }], vipFacts).priority // 'high'
 */
export function evaluateRules(rules: readonly RoutingRule[], facts: TicketFacts): RoutingOutcome {
  const out: RoutingOutcome = { addTags: [], matched: [] };
  let current = facts;
  for (const rule of rules) {
    if (!rule.active || !matches(rule.conditions, current)) continue;
    const a = rule.actions;
    if (a.departmentId !== undefined) {
      out.departmentId = a.departmentId;
      if (a.teamId === undefined) delete out.teamId;
    }
    if (a.teamId !== undefined) {
      out.teamId = a.teamId;
      if (a.departmentId === undefined) delete out.departmentId;
    }
    if (a.priority !== undefined) {
      out.priority = a.priority;
      current = { ...current, priority: a.priority };
    }
    for (const tag of a.addTags ?? []) if (!out.addTags.includes(tag)) out.addTags.push(tag);
    out.matched.push({ id: rule.id, name: rule.name });
  }
  return out;
}
