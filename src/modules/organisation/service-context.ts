import type { ServiceDeps } from '../../app';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.service';
import type { Db, Tx } from '../../platform/db/database';

/** What the organisation services need from the app. */
export type OrgDeps = ServiceDeps;

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
