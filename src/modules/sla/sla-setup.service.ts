import type { ServiceDeps } from '../../app';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.service';
import type { Tx } from '../../platform/db/database';
import { isForeignKeyViolation, isUniqueViolation } from '../../platform/db/db-errors';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import { isTimeZone, weeklyHoursProblem } from './rules/business-calendar';
import type { Calendar, CreateCalendarBody, CreatePolicyBody, PatchCalendarBody, PatchPolicyBody, Policy } from './sla.contracts';
import * as repo from './sla-setup.repository';

// Calendars and policies, edited by admins and managers (tickets:manage). Edits apply to tickets
// created afterwards: a ticket keeps the snapshot of the policy and calendar it started with.

const iso = (d: Date) => d.toISOString();
const presentCalendar = (r: repo.CalendarRow): Calendar => ({ ...r, createdAt: iso(r.createdAt), updatedAt: iso(r.updatedAt) });
const presentPolicy = (r: repo.PolicyRow): Policy => ({ ...r, createdAt: iso(r.createdAt), updatedAt: iso(r.updatedAt) });

async function audit(tx: Tx, at: Date, ctx: AuditContext, action: string, type: string, id: string, details: Record<string, unknown>): Promise<void> {
  await recordAudit(tx, { at, actor: ctx.actor, ip: ctx.ip, requestId: ctx.requestId, action, targetType: type, targetId: id, details });
}

function checkCalendar(c: { timeZone: string; weeklyHours: repo.CalendarRow['weeklyHours']; is24x7: boolean }): void {
  if (!isTimeZone(c.timeZone)) throw new AppError('invalid_sla_calendar', `unknown time zone ${c.timeZone}`);
  const problem = weeklyHoursProblem(c.weeklyHours, c.is24x7);
  if (problem) throw new AppError('invalid_sla_calendar', problem);
}

const storeMissing = (err: unknown) => {
  throw isForeignKeyViolation(err) ? new AppError('invalid_sla_calendar', 'the store does not exist') : err;
};

export async function listCalendars(deps: Pick<ServiceDeps, 'database'>): Promise<{ items: Calendar[] }> {
  return { items: (await repo.listCalendars(deps.database.db)).map(presentCalendar) };
}

/** Adds a calendar; `isDefault` makes it the one policies without a calendar use. Audited. */
export async function createCalendar(deps: ServiceDeps, ctx: AuditContext, body: CreateCalendarBody): Promise<Calendar> {
  const row = { weeklyHours: [], holidays: [], is24x7: false, storeId: null, isDefault: false, ...body };
  checkCalendar(row);
  const at = deps.clock.now();
  return inTransaction(deps, async (tx) => {
    const id = deps.ids.uuid();
    if (row.isDefault) await repo.clearDefaultExcept(tx, id);
    const created = await repo.insertCalendar(tx, { ...row, holidays: [...new Set(row.holidays)].sort(), id, createdAt: at, updatedAt: at }).catch(storeMissing);
    await audit(tx, at, ctx, 'sla_calendar.created', 'sla_calendar', id, { name: row.name });
    return presentCalendar(created);
  });
}

export async function updateCalendar(deps: ServiceDeps, ctx: AuditContext, id: string, body: PatchCalendarBody): Promise<Calendar> {
  const at = deps.clock.now();
  return inTransaction(deps, async (tx) => {
    const current = await repo.findCalendar(tx, id);
    if (!current) throw new AppError('sla_calendar_not_found');
    checkCalendar({ ...current, ...body });
    if (body.isDefault === false && current.isDefault) throw new AppError('sla_calendar_in_use', 'make another calendar the default instead');
    if (body.isDefault) await repo.clearDefaultExcept(tx, id);
    const holidays = body.holidays ? { holidays: [...new Set(body.holidays)].sort() } : {};
    const row = await repo.updateCalendar(tx, id, { ...body, ...holidays, updatedAt: at }).catch(storeMissing);
    await audit(tx, at, ctx, 'sla_calendar.updated', 'sla_calendar', id, { fields: Object.keys(body) });
    return presentCalendar(row!);
  });
}

/** Deletes a calendar no policy uses; the default one stays. */
export async function deleteCalendar(deps: ServiceDeps, ctx: AuditContext, id: string): Promise<void> {
  const at = deps.clock.now();
  await inTransaction(deps, async (tx) => {
    const current = await repo.findCalendar(tx, id);
    if (!current) throw new AppError('sla_calendar_not_found');
    const used = await repo.policiesUsingCalendar(tx, id);
    if (current.isDefault || used > 0) throw new AppError('sla_calendar_in_use', undefined, { policies: used, isDefault: current.isDefault });
    await repo.deleteCalendar(tx, id);
    await audit(tx, at, ctx, 'sla_calendar.deleted', 'sla_calendar', id, { name: current.name });
  });
}

export async function listPolicies(deps: Pick<ServiceDeps, 'database'>): Promise<{ items: Policy[] }> {
  return { items: (await repo.listPolicies(deps.database.db)).map(presentPolicy) };
}

async function checkPolicy(tx: Tx, p: { channel?: string | null; priority?: string | null; tierCode?: string | null; calendarId?: string | null }): Promise<void> {
  if (!p.tierCode && (!p.channel || !p.priority)) throw new AppError('invalid_sla_policy', 'a policy without tierCode needs a channel and a priority');
  if (p.calendarId && !(await repo.findCalendar(tx, p.calendarId))) throw new AppError('invalid_sla_policy', 'the calendar does not exist');
}

const policyTaken = (err: unknown) => {
  throw isUniqueViolation(err) ? new AppError('sla_policy_exists') : err;
};

/** Adds a base policy (channel × priority) or a tier override (tierCode; channel/priority optional). */
export async function createPolicy(deps: ServiceDeps, ctx: AuditContext, body: CreatePolicyBody): Promise<Policy> {
  const at = deps.clock.now();
  return inTransaction(deps, async (tx) => {
    await checkPolicy(tx, body);
    const id = deps.ids.uuid();
    const created = await repo
      .insertPolicy(tx, { channel: null, priority: null, tierCode: null, firstResponseS: null, nextResponseS: null, resolutionS: null, calendarId: null, ...body, id, createdAt: at, updatedAt: at })
      .catch(policyTaken);
    await audit(tx, at, ctx, 'sla_policy.created', 'sla_policy', id, { ...body });
    return presentPolicy(created);
  });
}

export async function updatePolicy(deps: ServiceDeps, ctx: AuditContext, id: string, body: PatchPolicyBody): Promise<Policy> {
  const at = deps.clock.now();
  return inTransaction(deps, async (tx) => {
    const current = await repo.findPolicy(tx, id);
    if (!current) throw new AppError('sla_policy_not_found');
    await checkPolicy(tx, { ...current, ...body });
    const row = await repo.updatePolicy(tx, id, { ...body, updatedAt: at }).catch(policyTaken);
    await audit(tx, at, ctx, 'sla_policy.updated', 'sla_policy', id, { ...body });
    return presentPolicy(row!);
  });
}

export async function deletePolicy(deps: ServiceDeps, ctx: AuditContext, id: string): Promise<void> {
  const at = deps.clock.now();
  await inTransaction(deps, async (tx) => {
    if (!(await repo.deletePolicy(tx, id))) throw new AppError('sla_policy_not_found');
    await audit(tx, at, ctx, 'sla_policy.deleted', 'sla_policy', id, {});
  });
}
