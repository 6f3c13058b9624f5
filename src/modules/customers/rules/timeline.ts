// Pure pieces of the customer timeline: one-line summaries of profile changes and notes, and
// the merge of the three sources (events, notes, history) into one newest-first page.

export interface TimelineEntry {
  id: string;
  /** ISO 8601 UTC (`toISOString()`), so text order is time order. */
  at: string;
}

const identityLabel: Record<string, string> = {
  phone: 'Phone',
  email: 'Email',
  game_account: 'Game account',
  member_card: 'Member card',
  wechat: 'WeChat',
  qq: 'QQ',
  external: 'External id',
};

/**
 * One English line for a profile change from customer_history.
 * @example profileSummary('updated', { fields: ['displayName', 'tags'] }) // 'Profile updated: displayName, tags'
 */
export function profileSummary(action: string, changes: Record<string, unknown>): string {
  switch (action) {
    case 'created':
      return `Profile created (${String(changes.source ?? 'unknown source')})`;
    case 'updated':
      return `Profile updated: ${((changes.fields as string[] | undefined) ?? []).join(', ')}`;
    case 'identity_added':
      return `${identityLabel[String(changes.type)] ?? String(changes.type)} added`;
    case 'identity_removed':
      return `${identityLabel[String(changes.type)] ?? String(changes.type)} removed`;
    case 'consent_changed': {
      const kinds = Object.entries((changes.consent as Record<string, { granted?: boolean } | null> | undefined) ?? {});
      return `Consent changed: ${kinds.map(([k, v]) => `${k} ${v?.granted ? 'granted' : 'withdrawn'}`).join(', ')}`;
    }
    case 'merged':
      return 'Merged with another profile';
    case 'erased':
      return 'Personal data erased';
    default:
      return `Profile ${action}`;
  }
}

/**
 * A note as one line: the author and the start of the text.
 * @example noteSummary('王芳', '客户反馈充值未到账，已提交工单') // 'Note by 王芳: 客户反馈充值未到账，已提交工单'
 */
export function noteSummary(author: string, body: string): string {
  const line = body.replace(/\s+/g, ' ').trim();
  const short = Array.from(line).length > 80 ? `${Array.from(line).slice(0, 79).join('')}…` : line;
  return author ? `Note by ${author}: ${short}` : `Note: ${short}`;
}

const newestFirst = (a: TimelineEntry, b: TimelineEntry) => (a.at === b.at ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.at < b.at ? 1 : -1);

/**
 * Merges sources that are each newest first and each fetched `limit + 1` past the same cursor:
 * the first `limit` of the merge are the page, and more exist if anything is left over.
 * @example mergeNewestFirst([events, notes, history], 50) // { items: [...50], hasMore: true }
 */
export function mergeNewestFirst<T extends TimelineEntry>(sources: T[][], limit: number): { items: T[]; hasMore: boolean } {
  const all = sources.flat().sort(newestFirst);
  return { items: all.slice(0, limit), hasMore: all.length > limit };
}
