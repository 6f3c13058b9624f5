import type { AppDeps } from '../../app';
import { recipientsFor } from './escalation-recipients';
import { deliverNotificationEmails, type SlaMailer } from './notification-mail';
import type { NewNotificationRow, NotificationRow } from './notifications.repository';
import { insertNotifications } from './notifications.repository';
import { slaNotificationText } from './rules/notification-text';
import { dueSteps, nextCheckAt, takeStep } from './rules/sla-clocks';
import { dueTickets, updateSla } from './sla.repository';
import { staleTickets, syncInTx, syncTicketSla } from './sla-sync.service';

export type SlaDeps = Pick<AppDeps, 'database' | 'bus' | 'clock' | 'ids' | 'logger'> & { mailer?: SlaMailer };

export interface SweepReport {
  synced: number;
  tickets: number;
  steps: number;
  notified: number;
  emails: { sent: number; skipped: number; failed: number };
}

const BATCH = 200;

/**
 * Takes the warning, breach and escalation steps of one ticket due at `now`, in one
 * transaction with its SLA row locked: each step is marked on the row (guarded by its version)
 * together with the notifications it sends, so a repeated sweep finds nothing left to do.
 */
async function sweepTicket(deps: SlaDeps, ticketId: string, now: Date): Promise<{ steps: number; created: NotificationRow[] }> {
  return deps.database.db.transaction(async (tx) => {
    const synced = await syncInTx(tx, ticketId, now);
    if (!synced) return { steps: 0, created: [] };
    const { row, info } = synced;
    const steps = dueSteps(row.policy, synced.state, now);
    if (steps.length === 0) return { steps: 0, created: [] };
    let state = synced.state;
    const notes: NewNotificationRow[] = [];
    for (const { metric, step } of steps) {
      const clock = state[metric];
      state = takeStep(state, metric, step, now);
      for (const r of await recipientsFor(tx, step, { departmentId: info.departmentId, teamId: info.teamId })) {
        const text = slaNotificationText(r.locale, step, metric, { number: info.number, subject: info.subject, dueAt: clock.dueAt!, timeZone: row.policy.calendar.timeZone });
        notes.push({
          id: deps.ids.uuid(),
          userId: r.id,
          kind: `sla.${step}`,
          ticketId,
          ...text,
          dedupeKey: `sla:${ticketId}:${metric}:${clock.startAt!.toISOString()}:${step}`,
          createdAt: now,
        });
      }
    }
    if (!(await updateSla(tx, ticketId, row.version, state, nextCheckAt(row.policy, state), now))) return { steps: 0, created: [] };
    return { steps: steps.length, created: await insertNotifications(tx, notes) };
  });
}

/**
 * The SLA job: re-derives tickets whose events were missed, takes every step that is due,
 * publishes `notification.created` for each new notification and sends the e-mail copies.
 */
export async function runSlaSweep(deps: SlaDeps, now: Date): Promise<SweepReport> {
  const report: SweepReport = { synced: 0, tickets: 0, steps: 0, notified: 0, emails: { sent: 0, skipped: 0, failed: 0 } };
  for (const id of await staleTickets(deps, BATCH)) {
    await syncTicketSla(deps, id).catch((err: unknown) => deps.logger.error({ err, ticketId: id }, 'SLA catch-up failed'));
    report.synced++;
  }
  for (const id of await dueTickets(deps.database.db, now, BATCH)) {
    try {
      const { steps, created } = await sweepTicket(deps, id, now);
      report.tickets++;
      report.steps += steps;
      report.notified += created.length;
      for (const n of created) await deps.bus.publish('notification.created', { notificationId: n.id, userId: n.userId, kind: n.kind, ticketId: n.ticketId });
    } catch (err) {
      deps.logger.error({ err, ticketId: id }, 'SLA sweep failed for a ticket');
    }
  }
  report.emails = await deliverNotificationEmails(deps);
  return report;
}
