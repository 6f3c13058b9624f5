import type { FastifyRequest } from 'fastify';
import type { ServiceDeps } from '../../app';
import { AppError } from '../../platform/http/app-error';
import { isoOrNull } from '../../platform/iso-time';
import { visibleTicket } from '../tickets/ticket-access';
import { ticketContext } from '../tickets/ticket-context';
import type { MetricClock, SlaState } from './rules/sla-clocks';
import { metrics, type Metric } from './rules/sla-policy';
import type { TicketSlaView } from './sla.contracts';
import { findSla, stateOf, type TicketSlaRow } from './sla.repository';
import { syncTicketSla } from './sla-sync.service';

function metricState(c: MetricClock, state: SlaState, m: Metric): TicketSlaView['firstResponse']['state'] {
  if (!c.dueAt) return 'none';
  if (c.metAt) return 'met';
  if (state.stoppedAt) return 'stopped';
  if (c.breachedAt) return 'breached';
  if (m === 'resolution' && state.pausedSince) return 'paused';
  return c.warnedAt ? 'warned' : 'running';
}

function present(row: TicketSlaRow): TicketSlaView {
  const state = stateOf(row);
  const p = row.policy;
  const view = (m: Metric) => {
    const c = state[m];
    return {
      targetS: p.targets[m],
      startAt: isoOrNull(c.startAt), dueAt: isoOrNull(c.dueAt), warnAt: isoOrNull(c.warnAt), metAt: isoOrNull(c.metAt),
      warnedAt: isoOrNull(c.warnedAt), breachedAt: isoOrNull(c.breachedAt), escalatedAt: isoOrNull(c.escalatedAt),
      state: metricState(c, state, m),
    };
  };
  const [firstResponse, nextResponse, resolution] = metrics.map(view) as [ReturnType<typeof view>, ReturnType<typeof view>, ReturnType<typeof view>];
  return {
    ticketId: row.ticketId,
    policy: { policyId: p.policyId, overrideIds: p.overrideIds, channel: p.channel, priority: p.priority, tierCode: p.tierCode, warnAtPct: p.warnAtPct, calendarId: p.calendarId, timeZone: p.calendar.timeZone },
    firstResponse,
    nextResponse,
    resolution,
    pausedSince: isoOrNull(state.pausedSince),
    pausedBusinessMs: state.pausedBusinessMs,
    escalationLevel: state.escalationLevel,
    quality: { firstResponseMs: state.firstResponseMs, resolutionMs: state.resolutionMs, resolutionBusinessMs: state.resolutionBusinessMs, reopenCount: state.reopenCount },
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * A ticket's SLA for a caller who may see the ticket (404 `ticket_not_found` otherwise, as the
 * tickets module answers); derived on the spot when its events have not been handled yet.
 */
export async function ticketSlaFor(deps: Pick<ServiceDeps, 'database' | 'clock'>, request: FastifyRequest, ticketId: string): Promise<TicketSlaView> {
  const ctx = await ticketContext(deps, request);
  await visibleTicket(deps.database.db, ctx, ticketId);
  const row = (await findSla(deps.database.db, ticketId)) ?? (await syncTicketSla(deps, ticketId))?.row;
  if (!row) throw new AppError('ticket_sla_not_found');
  return present(row);
}
