import { and, asc, eq, ne } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { memberCards } from './membership.schema';

type Executor = Db | Tx;
export type CardRow = typeof memberCards.$inferSelect;

export async function cardsOf(ex: Executor, customerId: string): Promise<CardRow[]> {
  return ex.select().from(memberCards).where(eq(memberCards.customerId, customerId)).orderBy(asc(memberCards.issuedAt), asc(memberCards.id));
}

/** A card by number that still identifies its member (not replaced). */
export async function findLiveCardByNumber(ex: Executor, number: string): Promise<CardRow | undefined> {
  const [row] = await ex.select().from(memberCards).where(and(eq(memberCards.number, number), ne(memberCards.status, 'replaced')));
  return row;
}

export async function findCardByNumber(ex: Executor, number: string): Promise<CardRow | undefined> {
  const [row] = await ex.select().from(memberCards).where(eq(memberCards.number, number));
  return row;
}

export async function lockCard(tx: Tx, id: string): Promise<CardRow | undefined> {
  const [row] = await tx.select().from(memberCards).where(eq(memberCards.id, id)).for('update');
  return row;
}

export async function findCard(ex: Executor, id: string): Promise<CardRow | undefined> {
  const [row] = await ex.select().from(memberCards).where(eq(memberCards.id, id));
  return row;
}

export async function insertCard(ex: Executor, row: typeof memberCards.$inferInsert): Promise<CardRow> {
  const [created] = await ex.insert(memberCards).values(row).returning();
  return created!;
}

export async function updateCard(ex: Executor, id: string, changes: Partial<typeof memberCards.$inferInsert>): Promise<CardRow> {
  const [row] = await ex.update(memberCards).set(changes).where(eq(memberCards.id, id)).returning();
  return row!;
}
