import type { NoPickReason } from './assigner';

// The system note a routed ticket gets, so an agent sees why it went where it did. English
// first, then Chinese, as the conversation shows it to every staff user whatever their locale.

export interface RoutingNoteInput {
  /** Names of the rules that applied, in order. */
  rules: string[];
  department: string | null;
  team: string | null;
  priority: string | null;
  tags: string[];
  /** Present when the assigner ran. */
  assignment?: { agent: string | null; assigner: string; reason: NoPickReason | null; manual?: boolean };
}

const reasonText: Record<NoPickReason, [string, string]> = {
  no_agents: ['the team has no agents', '团队没有客服'],
  none_online: ['no agent of the team is online', '团队没有在线客服'],
  no_skill_match: ['no online agent has the language or category skills', '在线客服均不具备所需语言或分类技能'],
  at_capacity: ['every matching agent is at capacity', '符合条件的客服均已满额'],
};

/**
 * The note's text, or null when there is nothing to say (no rule applied and no assignment ran).
 * @example routingNote({ rules: ['VIP'], department: null, team: null, priority: 'high', tags: [] }) // 'Routing: rule "VIP" → priority high.\n分派：规则「VIP」 → 优先级 high。'
 */
export function routingNote(n: RoutingNoteInput): string | null {
  if (n.rules.length === 0 && !n.assignment) return null;
  const en: string[] = [];
  const zh: string[] = [];
  if (n.rules.length > 0) {
    const set: string[] = [];
    const setZh: string[] = [];
    if (n.department) (set.push(`department ${n.department}`), setZh.push(`部门 ${n.department}`));
    if (n.team) (set.push(`team ${n.team}`), setZh.push(`团队 ${n.team}`));
    if (n.priority) (set.push(`priority ${n.priority}`), setZh.push(`优先级 ${n.priority}`));
    if (n.tags.length > 0) (set.push(`tags ${n.tags.join(', ')}`), setZh.push(`标签 ${n.tags.join('、')}`));
    const names = n.rules.map((r) => `"${r}"`).join(', ');
    en.push(`Routing: rule${n.rules.length > 1 ? 's' : ''} ${names}${set.length ? ` → ${set.join(', ')}` : ''}.`);
    zh.push(`分派：规则${n.rules.map((r) => `「${r}」`).join('')}${setZh.length ? ` → ${setZh.join('，')}` : ''}。`);
  }
  const a = n.assignment;
  if (a) {
    const how = a.manual ? 'auto-assignment re-run' : 'auto-assignment';
    if (a.agent) {
      en.push(`Assigned to ${a.agent} (${how}, ${a.assigner}).`);
      zh.push(`已自动分配给 ${a.agent}（${a.assigner}）。`);
    } else {
      const [reasonEn, reasonZh] = reasonText[a.reason ?? 'no_agents'];
      en.push(`Not assigned (${how}): ${reasonEn}.`);
      zh.push(`未分配：${reasonZh}。`);
    }
  }
  return `${en.join(' ')}\n${zh.join('')}`;
}
