import { recordAudit, type AuditContext } from '../../platform/audit/audit.service';
import type { Bus } from '../../platform/bus/bus';
import type { Clock } from '../../platform/clock';
import type { Database, Db, Tx } from '../../platform/db/database';
import type { IdGenerator } from '../../platform/ids';

/** What the organisation services need from the app. */
export interface OrgDeps {
  database: Database;
  bus: Bus;
  clock: Clock;
  ids: IdGenerator;
}

/** Who asked for a change, and from where: written to the audit log with it. */
export type ChangeContext = AuditContext;

/** Appends an audit entry for a change to an organisation entity, in the caller's transaction. */
export async function auditChange(
  ex: Db | Tx,
  at: Date,
  ctx: ChangeContext,
  action: string,
  target: { type: string; id: string },
  details: Record<string, unknown>,
): Promise<void> {
  await recordAudit(ex, { at, actor: ctx.actor, action, targetType: target.type, targetId: target.id, ip: ctx.ip, requestId: ctx.requestId, details });
}

/**
 * The fields of `patch` whose value differs from `before`, as `{ field: { from, to } }`.
 * @example changedFields({ name: 'A', city: 'X' }, { name: 'B', city: 'X' }) // { name: { from: 'A', to: 'B' } }
 */
export function changedFields<T extends object>(before: T, patch: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(patch) as (keyof T)[]) {
    const to = patch[key];
    if (to === undefined) continue;
    const from = before[key];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key as string] = { from, to };
  }
  return changes;
}

/** The PostgreSQL error code (23505 unique, 23503 foreign key) of a failed query, through Drizzle's wrapper. */
export function pgErrorCode(err: unknown): string | undefined {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 3; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

/** True when a query failed on a unique constraint: a concurrent insert took the same code. */
export function isUniqueViolation(err: unknown): boolean {
  return pgErrorCode(err) === '23505';
}

/** True when a delete failed because a row elsewhere still points at it (a user joined meanwhile). */
export function isForeignKeyViolation(err: unknown): boolean {
  return pgErrorCode(err) === '23503';
}
