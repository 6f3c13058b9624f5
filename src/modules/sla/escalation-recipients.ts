import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import type { SlaStep } from './rules/sla-clocks';
import type { Locale } from './rules/notification-text';

export interface Recipient {
  id: string;
  locale: Locale;
}

type Level = 'team_lead' | 'supervisor' | 'manager';

// Up the hierarchy: a warning goes to the team lead of the ticket's team, a breach to the
// supervisors of its department, a breach left one more target period to the managers. When a
// level has nobody (no team, nobody with the role), the next level up is told instead, so a
// warning is never lost. Managers of the department first, else every active manager.
const chain: Record<SlaStep, Level[]> = {
  warning: ['team_lead', 'supervisor', 'manager'],
  breach: ['supervisor', 'manager'],
  escalation: ['manager'],
};

async function usersWith(ex: Db | Tx, role: Level, place: { departmentId: string | null; teamId: string | null }, anywhere = false): Promise<Recipient[]> {
  const inDepartment = (d: string) => sql`(u.department_id = ${d} or u.team_id in (select id from teams where department_id = ${d}))`;
  const where =
    anywhere ? sql`true`
    : role === 'team_lead' && place.teamId ? sql`u.team_id = ${place.teamId}`
    : place.departmentId ? inDepartment(place.departmentId)
    : null;
  if (!where) return [];
  const rows = await ex.execute(sql`select u.id, u.locale from users u where u.active and u.role = ${role} and ${where} order by u.id`);
  return (rows as unknown as { rows: { id: string; locale: string | null }[] }).rows.map((r) => ({ id: r.id, locale: r.locale === 'en' ? 'en' : 'zh-CN' }));
}

/** Who hears about `step` on a ticket placed in this department and team. */
export async function recipientsFor(ex: Db | Tx, step: SlaStep, place: { departmentId: string | null; teamId: string | null }): Promise<Recipient[]> {
  for (const level of chain[step]) {
    const found = await usersWith(ex, level, place);
    if (found.length > 0) return found;
  }
  return usersWith(ex, 'manager', place, true);
}
