import { and, desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { portalSecrets, portalSurveyInvites, portalTickets, rechargeClaims, ticketCsat } from './portal.schema';

type Executor = Db | Tx;

export type ClaimRow = typeof rechargeClaims.$inferSelect;
export type CsatRow = typeof ticketCsat.$inferSelect;
export type InviteRow = typeof portalSurveyInvites.$inferSelect;

/** Takes the order for a new claim; undefined when another claim holds it. */
export async function reserveClaim(ex: Executor, row: typeof rechargeClaims.$inferInsert): Promise<ClaimRow | undefined> {
  const [inserted] = await ex.insert(rechargeClaims).values(row).onConflictDoNothing({ target: rechargeClaims.orderId }).returning();
  return inserted;
}

export async function findClaimByOrder(ex: Executor, orderId: string): Promise<ClaimRow | undefined> {
  const [row] = await ex.select().from(rechargeClaims).where(eq(rechargeClaims.orderId, orderId));
  return row;
}

export async function setClaimTicket(ex: Executor, id: string, ticketId: string): Promise<void> {
  await ex.update(rechargeClaims).set({ ticketId }).where(eq(rechargeClaims.id, id));
}

/** The claim filed with this ticket, if any. */
export async function findClaimByTicket(ex: Executor, ticketId: string): Promise<ClaimRow | undefined> {
  const [row] = await ex.select().from(rechargeClaims).where(eq(rechargeClaims.ticketId, ticketId));
  return row;
}

/** Moves a claim from one outcome to the next; false when it was not in `from` (someone moved it first). */
export async function moveClaimOutcome(ex: Executor, id: string, from: string, to: string): Promise<boolean> {
  const rows = await ex.update(rechargeClaims).set({ outcome: to }).where(and(eq(rechargeClaims.id, id), eq(rechargeClaims.outcome, from))).returning({ id: rechargeClaims.id });
  return rows.length > 0;
}

export async function deleteClaim(ex: Executor, id: string): Promise<void> {
  await ex.delete(rechargeClaims).where(eq(rechargeClaims.id, id));
}

export async function insertPortalTicket(ex: Executor, row: typeof portalTickets.$inferInsert): Promise<void> {
  await ex.insert(portalTickets).values(row).onConflictDoNothing();
}

export async function findPortalTicket(ex: Executor, ticketId: string) {
  const [row] = await ex.select().from(portalTickets).where(eq(portalTickets.ticketId, ticketId));
  return row;
}

/** Records a rating; undefined when this resolution was already rated. */
export async function insertCsat(ex: Executor, row: typeof ticketCsat.$inferInsert): Promise<CsatRow | undefined> {
  const [inserted] = await ex.insert(ticketCsat).values(row).onConflictDoNothing({ target: [ticketCsat.ticketId, ticketCsat.resolvedAt] }).returning();
  return inserted;
}

export async function findCsat(ex: Executor, ticketId: string, resolvedAt: Date): Promise<CsatRow | undefined> {
  const [row] = await ex.select().from(ticketCsat).where(and(eq(ticketCsat.ticketId, ticketId), eq(ticketCsat.resolvedAt, resolvedAt)));
  return row;
}

/** A ticket's ratings, newest first. */
export async function listCsat(ex: Executor, ticketId: string): Promise<CsatRow[]> {
  return ex.select().from(ticketCsat).where(eq(ticketCsat.ticketId, ticketId)).orderBy(desc(ticketCsat.createdAt), desc(ticketCsat.id));
}

/** Notes the survey of one resolution; undefined when it was already sent. */
export async function insertInvite(ex: Executor, row: typeof portalSurveyInvites.$inferInsert): Promise<InviteRow | undefined> {
  const [inserted] = await ex.insert(portalSurveyInvites).values(row).onConflictDoNothing().returning();
  return inserted;
}

export async function deleteInvite(ex: Executor, ticketId: string, resolvedAt: Date): Promise<void> {
  await ex.delete(portalSurveyInvites).where(and(eq(portalSurveyInvites.ticketId, ticketId), eq(portalSurveyInvites.resolvedAt, resolvedAt)));
}

export async function findInvite(ex: Executor, ticketId: string, resolvedAt: Date): Promise<InviteRow | undefined> {
  const [row] = await ex.select().from(portalSurveyInvites).where(and(eq(portalSurveyInvites.ticketId, ticketId), eq(portalSurveyInvites.resolvedAt, resolvedAt)));
  return row;
}

/** The named secret: the one stored first wins, so every node reads the same. */
export async function ensureSecret(ex: Executor, name: string, candidate: string, at: Date): Promise<string> {
  await ex.insert(portalSecrets).values({ name, secret: candidate, createdAt: at }).onConflictDoNothing();
  const [row] = await ex.select({ secret: portalSecrets.secret }).from(portalSecrets).where(eq(portalSecrets.name, name));
  return row!.secret;
}
