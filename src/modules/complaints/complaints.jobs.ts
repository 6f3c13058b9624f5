import type { AppDeps } from '../../app';
import { systemContext } from '../../platform/audit/audit.service';
import { AppError } from '../../platform/http/app-error';
import { transaction } from '../../platform/db/database';
import { recipientsFor } from '../sla/escalation-recipients';
import { insertNotifications } from '../sla/notifications.repository';
import { findTicket } from '../tickets/tickets.repository';
import { findCategory } from '../tickets/ticket-categories.repository';
import type { TicketContext } from '../tickets/ticket-context';
import { openComplaint } from './complaints.service';

/** The complaint process acting on its own (on every ticket, with no person behind it). */
export const systemTicketContext: TicketContext = { ...systemContext, scope: { all: true }, viewer: { pii: false }, userId: null };

/** Is the ticket filed under the `complaint` category or one of its sub-categories? */
/** Is the category `complaint` or one of its sub-categories? (`categoryId` undefined: read it off the ticket, for events that lack it.) */
async function isComplaint(deps: AppDeps, ticketId: string, categoryId: string | null | undefined): Promise<boolean> {
  const db = deps.database.db;
  const id = categoryId === undefined ? (await findTicket(db, ticketId))?.categoryId : categoryId;
  const category = id ? await findCategory(db, id) : undefined;
  if (!category) return false;
  if (category.code === 'complaint') return true;
  return category.parentId !== null && (await findCategory(db, category.parentId))?.code === 'complaint';
}

/**
 * A major complaint notifies the managers at once (seed 003 7.3): the department's managers, else
 * every manager; in-app and by email (the SLA sweep mails pending notifications). Once per ticket.
 */
export async function notifyMajorComplaint(deps: AppDeps, ticketId: string): Promise<number> {
  const created = await transaction(deps.database.db, async (tx) => {
    const ticket = await findTicket(tx, ticketId);
    if (!ticket) return [];
    const managers = await recipientsFor(tx, 'escalation', { departmentId: ticket.departmentId, teamId: ticket.teamId });
    const now = deps.clock.now();
    return insertNotifications(
      tx,
      managers.map((m) => ({
        id: deps.ids.uuid(),
        userId: m.id,
        kind: 'complaint.major',
        ticketId,
        title: m.locale === 'en' ? `Major complaint #${ticket.number}` : `重大投诉 #${ticket.number}`,
        body: m.locale === 'en' ? `A complaint was classified as major: ${ticket.subject}` : `一项投诉被定为重大投诉：${ticket.subject}`,
        dedupeKey: `complaint-major:${ticketId}`,
        createdAt: now,
      })),
    );
  });
  for (const n of created) await deps.bus.publish('notification.created', { notificationId: n.id, userId: n.userId, kind: n.kind, ticketId: n.ticketId });
  return created.length;
}

/**
 * A ticket created in the complaint category enters the complaint process at once (the
 * "receive" step, by the system); other tickets are received as complaints by an agent.
 */
export function startComplaintJobs(deps: AppDeps): void {
  deps.bus.subscribe('ticket.created', async (e) => {
    try {
      if (await isComplaint(deps, e.payload.ticketId, e.payload.categoryId)) await openComplaint(deps, systemTicketContext, e.payload.ticketId);
    } catch (err) {
      if (err instanceof AppError && err.code === 'complaint_exists') return;
      deps.logger.error({ err, ticketId: e.payload.ticketId }, 'could not open the complaint process');
    }
  });
  deps.bus.subscribe('complaint.step', async (e) => {
    if (e.payload.action !== 'classify' || e.payload.severity !== 'major') return;
    await notifyMajorComplaint(deps, e.payload.ticketId).catch((err: unknown) => deps.logger.error({ err, ticketId: e.payload.ticketId }, 'could not notify the managers of a major complaint'));
  });
}
