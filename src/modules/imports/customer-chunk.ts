import type { Bus } from '../../platform/bus/bus';
import type { Clock } from '../../platform/clock';
import type { Database } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/unit-of-work';
import type { IdGenerator } from '../../platform/ids';
import { resolveCustomers, type ResolveEntry } from '../customers/customer-resolver';
import { ChunkSuperseded, type CommitChunk, type ImportRunContext, type LinedRow } from './chunk';
import { applyProfilePatches, insertUpdatedHistory, type ProfilePatch } from '../customers/profile-bulk.repository';
import type { ReportedError } from './error-report';
import type { ImportCustomerRow } from './rules/map-row';

export interface CustomerChunkDeps {
  database: Database;
  bus: Bus;
  clock: Clock;
  ids: IdGenerator;
}

const profileKeys = ['displayName', 'realName', 'gender', 'birthday', 'region', 'city'] as const;

/**
 * Folds the rows that name one customer into one patch, in file order: the first value of a
 * field wins (the last with `overwrite`), tags and custom values accumulate.
 */
export function mergePatches(rows: { customerId: string; row: ImportCustomerRow }[], overwrite: boolean): ProfilePatch[] {
  const byId = new Map<string, ProfilePatch>();
  for (const { customerId, row } of rows) {
    let patch = byId.get(customerId);
    if (!patch) byId.set(customerId, (patch = { customerId, tags: [], custom: {} }));
    for (const key of profileKeys) {
      const value = row.profile[key];
      if (value !== undefined && (overwrite || patch[key] === undefined)) patch[key] = value;
    }
    for (const tag of row.tags) if (!patch.tags.includes(tag)) patch.tags.push(tag);
    patch.custom = overwrite ? { ...patch.custom, ...row.custom } : { ...row.custom, ...patch.custom };
  }
  return [...byId.values()];
}

/**
 * Writes a chunk of customer rows in one transaction with its checkpoint: finds or creates
 * each row's customer by its identities (one batch), then fills empty profile fields and
 * adds tags in one statement, with a timeline entry for each existing customer that changed.
 * Running a chunk twice leaves the same state: the second pass finds nothing to change.
 */
export async function writeCustomerChunk(deps: CustomerChunkDeps, rows: LinedRow<ImportCustomerRow>[], ctx: ImportRunContext, commit: CommitChunk): Promise<boolean> {
  if (ctx.dryRun) return commit(deps.database.db, { ok: rows.length, errors: [], counters: {} });
  const now = deps.clock.now();
  const newId = () => deps.ids.uuid();
  try {
    return await inTransaction(deps, async (tx, outbox) => {
      const entries: ResolveEntry[] = rows.map((r) => ({ identities: r.value.identities }));
      const names = new Map(entries.map((e, i) => [e, rows[i]!.value.profile.displayName]));
      const resolved = await resolveCustomers(tx, entries, {
        createUnknown: true,
        source: 'import',
        now,
        newId,
        // No name in the row: the resolver's own default (a masked phone, the account id…) applies.
        displayName: (entry) => names.get(entry) as string,
      });
      const errors: ReportedError[] = [];
      const matched: { customerId: string; row: ImportCustomerRow }[] = [];
      const created = new Set<string>();
      resolved.forEach((r, i) => {
        if (!r.ok) errors.push({ line: rows[i]!.line, field: 'identity', reason: r.reason });
        else {
          matched.push({ customerId: r.customerId, row: rows[i]!.value });
          if (r.created) created.add(r.customerId);
        }
      });
      const changes = await applyProfilePatches(tx, mergePatches(matched, ctx.overwrite), { overwrite: ctx.overwrite, now });
      const updated = changes.filter((c) => !created.has(c.customerId));
      await insertUpdatedHistory(tx, updated.map((c) => ({ ...c, id: newId() })), `import:${ctx.importId}`, now);
      for (const customerId of created) outbox.add('customer.created', { customerId, source: 'import' });
      for (const c of updated) outbox.add('customer.updated', { customerId: c.customerId, changes: Object.keys(c.changes) });
      const counters = { customersCreated: created.size, customersUpdated: updated.length };
      if (!(await commit(tx, { ok: matched.length, errors, counters }))) throw new ChunkSuperseded();
      return true;
    });
  } catch (err) {
    if (err instanceof ChunkSuperseded) return false;
    throw err;
  }
}
