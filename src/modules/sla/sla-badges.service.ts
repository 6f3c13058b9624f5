import type { ServiceDeps } from '../../app';
import { AppError } from '../../platform/http/app-error';
import { canSee } from '../tickets/rules/ticket-scope';
import type { TicketContext } from '../tickets/ticket-context';
import type { SlaBadges } from './sla-badges.contracts';
import { placementsOf } from '../tickets/tickets.repository';
import { nearestBadge } from './sla-badges.rule';
import { slaRowsOf, stateOf } from './sla.repository';

const MAX_IDS = 100;

/**
 * The nearest SLA due of each ticket named, for the console's list badges. Tickets outside the
 * caller's scope (and unknown ids) are left out, never reported. The tickets' placement comes
 * from the tickets module, then the SLA rows: two queries for the batch.
 */
export async function slaBadges(deps: Pick<ServiceDeps, 'database' | 'clock'>, ctx: Pick<TicketContext, 'scope'>, idsText: string): Promise<SlaBadges> {
  const ids = [...new Set(idsText.split(',').map((s) => s.toLowerCase()))];
  if (ids.length > MAX_IDS) throw new AppError('validation_failed', `At most ${MAX_IDS} ticket ids`);
  const now = deps.clock.now();
  const order = new Map(ids.map((id, i) => [id, i]));
  const db = deps.database.db;
  const visible = (await placementsOf(db, ids)).filter((row) => canSee(ctx.scope, row)).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const slas = await slaRowsOf(db, visible.map((row) => row.id));
  const items = visible
    .map((row) => {
      const sla = slas.get(row.id);
      const badge = sla ? nearestBadge(stateOf(sla), now) : null;
      return badge
        ? { ticketId: row.id, metric: badge.metric, dueAt: badge.dueAt.toISOString(), state: badge.state }
        : { ticketId: row.id, metric: null, dueAt: null, state: 'none' as const };
    });
  return { items };
}
