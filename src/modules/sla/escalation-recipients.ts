import { activeUsersWithRole } from '../../platform/auth/users.repository';
import type { Db, Tx } from '../../platform/db/database';
import { teamIdsOfDepartment } from '../organisation/departments.repository';
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
  const within =
    anywhere ? undefined
    : role === 'team_lead' && place.teamId ? { teamIds: [place.teamId] }
    : place.departmentId ? { departmentId: place.departmentId, teamIds: await teamIdsOfDepartment(ex, place.departmentId) }
    : null;
  if (within === null) return [];
  const users = await activeUsersWithRole(ex, role, within);
  return users.map((u) => ({ id: u.id, locale: u.locale === 'en' ? 'en' : 'zh-CN' }));
}

/** Who hears about `step` on a ticket placed in this department and team. */
export async function recipientsFor(ex: Db | Tx, step: SlaStep, place: { departmentId: string | null; teamId: string | null }): Promise<Recipient[]> {
  for (const level of chain[step]) {
    const found = await usersWith(ex, level, place);
    if (found.length > 0) return found;
  }
  return usersWith(ex, 'manager', place, true);
}
