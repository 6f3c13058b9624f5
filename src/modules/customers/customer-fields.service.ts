import { recordAudit, type AuditContext } from '../../platform/audit/audit.service';
import { isUniqueViolation } from '../../platform/db/db-errors';
import type { Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import type { CreateCustomFieldBody, CustomField, PatchCustomFieldBody } from './customer-records.contracts';
import * as repo from './customer-fields.repository';
import type { CustomerDeps } from './service-context';

function toField(row: repo.FieldRow): CustomField {
  return { ...row, type: row.type as CustomField['type'], createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

/** Enum fields need at least one option and no repeats; other types keep no options. */
function checkOptions(type: string, options: string[] | undefined): string[] {
  if (type !== 'enum') return [];
  const list = options ?? [];
  if (list.length === 0 || new Set(list).size !== list.length) {
    throw new AppError('invalid_custom_field_options', 'An enum field needs at least one option, each listed once');
  }
  return list;
}

async function audit(tx: Tx, deps: CustomerDeps, ctx: AuditContext, action: string, row: repo.FieldRow, details: Record<string, unknown>) {
  await recordAudit(tx, { at: deps.clock.now(), actor: ctx.actor, action, targetType: 'customer_field', targetId: row.id, ip: ctx.ip, requestId: ctx.requestId, details });
}

/** Every custom field definition, in display order. */
export async function listCustomFields(deps: Pick<CustomerDeps, 'database'>): Promise<{ items: CustomField[] }> {
  return { items: (await repo.listFields(deps.database.db)).map(toField) };
}

/** Defines a custom field with a unique key; audited as `customfield.created`. */
export async function createCustomField(deps: CustomerDeps, ctx: AuditContext, body: CreateCustomFieldBody): Promise<CustomField> {
  const options = checkOptions(body.type, body.options);
  const now = deps.clock.now();
  try {
    return await inTransaction(deps, async (tx) => {
      const row = await repo.insertField(tx, {
        id: deps.ids.uuid(),
        key: body.key,
        label: body.label,
        type: body.type,
        options,
        required: body.required ?? false,
        sortOrder: body.sortOrder ?? 0,
        createdAt: now,
        updatedAt: now,
      });
      await audit(tx, deps, ctx, 'customfield.created', row, { key: row.key, type: row.type });
      return toField(row);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('custom_field_key_taken');
    throw err;
  }
}

/** Changes label, options, required or order (key and type are fixed); audited as `customfield.updated`. */
export async function updateCustomField(deps: CustomerDeps, ctx: AuditContext, id: string, body: PatchCustomFieldBody): Promise<CustomField> {
  return inTransaction(deps, async (tx) => {
    const before = await repo.findField(tx, id);
    if (!before) throw new AppError('custom_field_not_found');
    const options = body.options === undefined ? undefined : checkOptions(before.type, body.options);
    const row = await repo.updateField(tx, id, { ...body, ...(options ? { options } : {}), updatedAt: deps.clock.now() });
    await audit(tx, deps, ctx, 'customfield.updated', row, { key: row.key, fields: Object.keys(body) });
    return toField(row);
  });
}

/** Removes a definition; values stay in profiles, unlisted. Audited as `customfield.deleted`. */
export async function deleteCustomField(deps: CustomerDeps, ctx: AuditContext, id: string): Promise<void> {
  await inTransaction(deps, async (tx) => {
    const row = await repo.findField(tx, id);
    if (!row) throw new AppError('custom_field_not_found');
    await repo.deleteField(tx, id);
    await audit(tx, deps, ctx, 'customfield.deleted', row, { key: row.key });
  });
}
