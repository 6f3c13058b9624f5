import type { AuditContext } from '../../../platform/audit/audit.service';
import { inTransaction } from '../../../platform/db/unit-of-work';
import { AppError } from '../../../platform/http/app-error';
import { auditTickets, type TicketDeps } from '../ticket-context';
import { unknownVariables } from './macro-variables';
import type { CreateMacroBody, Macro, MacroListQuery, PatchMacroBody } from './macros.contracts';
import * as repo from './macros.repository';

/** Who is asking: the staff user (null for an API key) and whether it holds `tickets:manage`. */
export interface MacroCaller {
  userId: string | null;
  canManage: boolean;
}

function present(row: repo.MacroRow): Macro {
  return { ...row, shared: row.ownerId === null, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

/** 400 `invalid_macro_variable` when a text names a variable the console cannot fill. */
function checkVariables(...texts: (string | undefined)[]): void {
  const unknown = unknownVariables(texts.filter(Boolean).join('\n'));
  if (unknown.length > 0) throw new AppError('invalid_macro_variable', `Unknown variables: ${unknown.map((v) => `{{${v}}}`).join(', ')}`, { variables: unknown });
}

/** 403 `macro_forbidden` unless the caller may change a macro of this owner (null: shared). */
function checkMayEdit(caller: MacroCaller, ownerId: string | null): void {
  const allowed = ownerId === null ? caller.canManage : ownerId === caller.userId;
  if (!allowed) throw new AppError('macro_forbidden');
}

/** A macro the caller may see: shared, or its own personal one; 404 `macro_not_found` otherwise (others' personal ones included). */
async function visibleMacro(ex: Parameters<typeof repo.findMacro>[0], caller: MacroCaller, id: string): Promise<repo.MacroRow> {
  const row = await repo.findMacro(ex, id);
  if (!row || (row.ownerId !== null && row.ownerId !== caller.userId)) throw new AppError('macro_not_found');
  return row;
}

/** Shared macros and the caller's personal ones: shared first, then by position. */
export async function listMacros(deps: Pick<TicketDeps, 'database'>, caller: MacroCaller, query: MacroListQuery = {}): Promise<{ items: Macro[] }> {
  const rows = await repo.listVisibleMacros(deps.database.db, caller.userId, query.active);
  return { items: rows.map(present) };
}

/** Adds a shared macro (`tickets:manage`) or a personal one of the calling staff user; audited. */
export async function createMacro(deps: TicketDeps, caller: MacroCaller, ctx: AuditContext, body: CreateMacroBody): Promise<Macro> {
  const ownerId = body.shared ? null : caller.userId;
  if (!body.shared && !caller.userId) throw new AppError('macro_forbidden', 'An API key has no personal macros');
  checkMayEdit(caller, ownerId);
  checkVariables(body.bodyZh, body.bodyEn);
  return inTransaction(deps, async (tx) => {
    const id = deps.ids.uuid();
    const now = deps.clock.now();
    const { shared: _shared, ...fields } = body;
    const row = await repo.insertMacro(tx, { ...fields, id, nameZh: body.nameZh.trim(), nameEn: body.nameEn.trim(), actions: body.actions ?? {}, ownerId, createdAt: now, updatedAt: now });
    await auditTickets(tx, now, ctx, 'ticket_macro.created', { type: 'ticket_macro', id }, { shared: body.shared, nameEn: row.nameEn });
    return present(row);
  });
}

/** Changes a macro the caller may edit (shared: `tickets:manage`; personal: its owner); audited. */
export async function updateMacro(deps: TicketDeps, caller: MacroCaller, ctx: AuditContext, id: string, body: PatchMacroBody): Promise<Macro> {
  checkVariables(body.bodyZh, body.bodyEn);
  return inTransaction(deps, async (tx) => {
    const current = await visibleMacro(tx, caller, id);
    checkMayEdit(caller, current.ownerId);
    const now = deps.clock.now();
    const row = await repo.updateMacro(tx, id, { ...body, nameZh: body.nameZh?.trim(), nameEn: body.nameEn?.trim(), updatedAt: now });
    await auditTickets(tx, now, ctx, 'ticket_macro.updated', { type: 'ticket_macro', id }, { changes: Object.keys(body) });
    return present(row!);
  });
}

/** Deletes a macro the caller may edit; audited. Nothing refers to macros, so deleting is always possible. */
export async function deleteMacro(deps: TicketDeps, caller: MacroCaller, ctx: AuditContext, id: string): Promise<void> {
  await inTransaction(deps, async (tx) => {
    const current = await visibleMacro(tx, caller, id);
    checkMayEdit(caller, current.ownerId);
    await repo.deleteMacro(tx, id);
    await auditTickets(tx, deps.clock.now(), ctx, 'ticket_macro.deleted', { type: 'ticket_macro', id }, { nameEn: current.nameEn, shared: current.ownerId === null });
  });
}
