import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { rowsOf } from '../customers/identities.repository';
import { searchTokens } from '../tickets/search-tokens';
import { canSee, type TicketScope } from '../tickets/rules/ticket-scope';

/** The distinguishing words of a text: segmented, single characters (的, 了 …) left out, at most 16. */
export function keyWords(text: string): string[] {
  return [...new Set(searchTokens(text).filter((w) => [...w].length > 1))].slice(0, 16);
}

/** A tsquery matching any of the words (each quoted, quotes doubled). */
export function anyOf(words: string[]): string {
  return words.map((w) => `'${w.replace(/'/g, "''")}'`).join(' | ');
}

type Row = { id: string; number: number; subject: string; status: string; department_id: string | null; assignee_id: string | null; rank: number };

/**
 * Other tickets of the bug category sharing words with this one, best first (full-text rank
 * over the ticket index: more shared words rank higher), that the caller may see.
 */
export async function similarTickets(db: Db, scope: TicketScope, ticketId: string, categoryId: string, words: string[]) {
  if (words.length === 0) return [];
  const rows = await rowsOf<Row>(
    db,
    sql`select t.id, t.number::int as number, t.subject, t.status, t.department_id, t.assignee_id, ts_rank(t.search, q)::float8 as rank
        from tickets t, to_tsquery('simple', ${anyOf(words)}) q
        where t.category_id = ${categoryId} and t.id <> ${ticketId} and t.merged_into_id is null and t.search @@ q
        order by rank desc, t.created_at desc limit 20`,
  );
  return rows
    .filter((r) => canSee(scope, { departmentId: r.department_id, assigneeId: r.assignee_id }))
    .slice(0, 5)
    .map((r) => ({ id: r.id, number: Number(r.number), subject: r.subject, status: r.status, rank: Number(r.rank) }));
}

/** Open known issues sharing at least two words with the report (or one, when the title has one), most shared first. */
export function similarIssues(issues: { id: string; title: string; status: string }[], words: string[]) {
  const mine = new Set(words);
  return issues
    .map((i) => {
      const title = keyWords(i.title);
      const shared = title.filter((w) => mine.has(w)).length;
      return { id: i.id, title: i.title, status: i.status, shared, need: Math.min(2, title.length) };
    })
    .filter((i) => i.shared > 0 && i.shared >= i.need)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, 5)
    .map(({ need: _need, ...rest }) => rest);
}
