import { and, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import type { TimeCursor } from '../../platform/auth/time-cursor';
import { imports } from './imports.schema';

type Executor = Db | Tx;
export type ImportRow = typeof imports.$inferSelect;
export type NewImportRow = typeof imports.$inferInsert;
export type ImportStatus = 'uploaded' | 'queued' | 'running' | 'completed' | 'failed' | 'cancelled';

/** Progress written with each committed chunk. */
export interface Checkpoint {
  checkpointRow: number;
  rowsProcessed: number;
  rowsOk: number;
  rowsFailed: number;
  summary: Record<string, unknown>;
}

export async function insertImport(ex: Executor, row: NewImportRow): Promise<ImportRow> {
  const [created] = await ex.insert(imports).values(row).returning();
  return created!;
}

export async function findImport(ex: Executor, id: string): Promise<ImportRow | undefined> {
  const [row] = await ex.select().from(imports).where(eq(imports.id, id));
  return row;
}

/** Newest first, `limit + 1` rows after the cursor. */
export async function listImports(ex: Executor, limit: number, after?: TimeCursor): Promise<ImportRow[]> {
  const where = after ? or(lt(imports.createdAt, after.at), and(eq(imports.createdAt, after.at), lt(imports.id, after.id))) : undefined;
  return ex.select().from(imports).where(where).orderBy(desc(imports.createdAt), desc(imports.id)).limit(limit + 1);
}

/** Applies changes only while the import is in one of `from`; answers the row when it was. */
export async function updateImportIf(
  ex: Executor,
  id: string,
  from: ImportStatus[],
  changes: Partial<Omit<NewImportRow, 'id'>>,
): Promise<ImportRow | undefined> {
  const [row] = await ex.update(imports).set(changes).where(and(eq(imports.id, id), inArray(imports.status, from))).returning();
  return row;
}

const runIs = (run: number) => sql`coalesce((${imports.summary}->>'run')::int, 0) = ${run}`;

/** A running import whose last heartbeat is older than this is taken to be orphaned. */
export const STALE_AFTER_MS = 10 * 60_000;

/**
 * Marks an import running for job run `run` when it is queued for that run, or takes over a
 * running import whose runner stopped sending heartbeats (under the next run number, which
 * fences the old runner off). Answers the row with the run it now belongs to, or nothing when
 * the import was cancelled, finished, or is owned by a live run.
 */
export async function claimRun(ex: Executor, id: string, run: number, now: Date): Promise<ImportRow | undefined> {
  const at = now.toISOString();
  const stale = new Date(now.getTime() - STALE_AFTER_MS).toISOString();
  const current = sql`coalesce((${imports.summary}->>'run')::int, 0)`;
  const [row] = await ex
    .update(imports)
    .set({
      status: 'running',
      startedAt: sql`coalesce(${imports.startedAt}, ${at}::timestamptz)`,
      summary: sql`${imports.summary} || jsonb_build_object('run', case when ${imports.status} = 'queued' then ${run} else ${current} + 1 end, 'heartbeatAt', ${at}::text)`,
    })
    .where(
      and(
        eq(imports.id, id),
        or(
          and(eq(imports.status, 'queued'), sql`${current} = ${run}`),
          and(eq(imports.status, 'running'), sql`coalesce((${imports.summary}->>'heartbeatAt')::timestamptz, ${imports.startedAt}) < ${stale}::timestamptz`),
        ),
      ),
    )
    .returning();
  return row;
}

/** The job run that owns an import (0 before its first start). */
export function runOf(row: ImportRow): number {
  return Number(row.summary.run ?? 0);
}

/** Records a chunk's progress if run `run` still owns the running import; false when it does not. */
export async function saveCheckpoint(ex: Executor, id: string, run: number, checkpoint: Checkpoint): Promise<boolean> {
  const rows = await ex
    .update(imports)
    .set(checkpoint)
    .where(and(eq(imports.id, id), eq(imports.status, 'running'), runIs(run)))
    .returning({ id: imports.id });
  return rows.length === 1;
}

/** Ends run `run` with a final status (completed or failed), a message and summary additions. */
export async function finishRun(
  ex: Executor,
  id: string,
  run: number,
  end: { status: 'completed' | 'failed'; now: Date; message: string; summary?: Record<string, unknown> },
): Promise<boolean> {
  const rows = await ex
    .update(imports)
    .set({
      status: end.status,
      finishedAt: end.now,
      message: end.message,
      summary: sql`${imports.summary} || ${JSON.stringify(end.summary ?? {})}::jsonb`,
    })
    .where(and(eq(imports.id, id), eq(imports.status, 'running'), runIs(run)))
    .returning({ id: imports.id });
  return rows.length === 1;
}

/**
 * Imports a stopped process left running: queued again under the next run number, so a
 * stale job of the old run finds it taken over. Answers their ids and new run numbers.
 */
export async function requeueRunning(ex: Executor): Promise<{ id: string; run: number }[]> {
  const rows = await ex
    .update(imports)
    .set({
      status: 'queued',
      summary: sql`${imports.summary} || jsonb_build_object('run', coalesce((${imports.summary}->>'run')::int, 0) + 1)`,
    })
    .where(eq(imports.status, 'running'))
    .returning({ id: imports.id, summary: imports.summary });
  return rows.map((r) => ({ id: r.id, run: Number(r.summary.run) }));
}
