// What a moderation decision or a staff sanction means in time. A mute lasts N hours, a ban N
// days or for good, a warning has no duration.

export const reportTypes = ['harassment', 'abusive_chat', 'cheating', 'other'] as const;
export type ReportType = (typeof reportTypes)[number];
export const sanctionKinds = ['warning', 'mute', 'ban'] as const;
export type SanctionKind = (typeof sanctionKinds)[number];

export interface SanctionTerms {
  kind: SanctionKind;
  hours?: number;
  days?: number;
  permanent?: boolean;
}

export type TermsResult = { ok: true; endsAt: Date | null } | { ok: false; reason: string };

const HOUR = 3_600_000;

/**
 * When a sanction starting at `start` ends (null: no end — a warning, or a permanent ban).
 * @example sanctionEnd({ kind: 'mute', hours: 24 }, new Date('2026-01-01T00:00:00Z')) // { ok: true, endsAt: 2026-01-02T00:00:00Z }
 */
export function sanctionEnd(t: SanctionTerms, start: Date): TermsResult {
  const extra = (name: string) => ({ ok: false as const, reason: `a ${t.kind} takes no ${name}` });
  switch (t.kind) {
    case 'warning':
      if (t.hours !== undefined) return extra('hours');
      if (t.days !== undefined) return extra('days');
      if (t.permanent) return extra('permanent flag');
      return { ok: true, endsAt: null };
    case 'mute':
      if (t.days !== undefined) return extra('days');
      if (t.permanent) return extra('permanent flag');
      if (!t.hours) return { ok: false, reason: 'a mute needs hours' };
      return { ok: true, endsAt: new Date(start.getTime() + t.hours * HOUR) };
    case 'ban':
      if (t.hours !== undefined) return extra('hours');
      if (t.permanent && t.days !== undefined) return { ok: false, reason: 'a ban is either for days or permanent' };
      if (t.permanent) return { ok: true, endsAt: null };
      if (!t.days) return { ok: false, reason: 'a ban needs days or permanent' };
      return { ok: true, endsAt: new Date(start.getTime() + t.days * 24 * HOUR) };
  }
}

/** Is a sanction in force at `now`? (Warnings are never "in force": they only count.) */
export function inForce(s: { kind: string; endsAt: Date | null; revokedAt: Date | null }, now: Date): boolean {
  if (s.revokedAt !== null || s.kind === 'warning') return false;
  return s.endsAt === null || s.endsAt.getTime() > now.getTime();
}

/** The reporter hears the outcome, never the sanction (000 FAQ 2). */
export function reporterMessage(actioned: boolean): string {
  return actioned
    ? '感谢您的举报。经核实，我们已依据游戏规则对被举报账号进行了处理。\nThank you for your report. We looked into it and acted under the game rules.'
    : '感谢您的举报。经核实，暂未发现被举报账号存在违规行为。\nThank you for your report. We looked into it and found no breach of the rules.';
}
