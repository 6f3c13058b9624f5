import type { ServiceDeps } from '../../app';
import { AppError } from '../../platform/http/app-error';
import { canSee } from '../tickets/rules/ticket-scope';
import type { TicketContext } from '../tickets/ticket-context';
import type { SlaBadges } from './sla-badges.contracts';
import { ticketsWithSla } from './sla-badges.repository';
import { nearestBadge } from './sla-badges.rule';
import { stateOf } from './sla.repository';

const MAX_IDS = 100;

/**
 * The nearest SLA due of each ticket named, for the console's list badges. Tickets outside the
 * caller's scope (and unknown ids) are left out, never reported; one query for the batch.
 */
export async function slaBadges(deps: Pick<ServiceDeps, 'database' | 'clock'>, ctx: Pick<TicketContext, 'scope'>, idsText: string): Promise<SlaBadges> {
  const ids = [...new Set(idsText.split(',').map((s) => s.toLowerCase()))];
  if (ids.length > MAX_IDS) throw new AppError('validation_failed', `At most ${MAX_IDS} ticket ids`);
  const now = deps.clock.now();
  const order = new Map(ids.map((id, i) => [id, i]));
  const rows = (await ticketsWithSla(deps.database.db, ids)).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const items = rows
    .filter((row) => canSee(ctx.scope, row))
    .map((row) => {
      const badge = row.sla ? nearestBadge(stateOf(row.sla), now) : null;
      return badge
        ? { ticketId: row.id, metric: badge.metric, dueAt: badge.dueAt.toISOString(), state: badge.state }
        : { ticketId: row.id, metric: null, dueAt: null, state: 'none' as const };
    });
  return { items };
}
