import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import type { TicketContext, TicketDeps } from './ticket-context';
import type { BulkResult, BulkUpdateBody, PatchTicketBody } from './tickets.contracts';
import type { TicketRow } from './tickets.repository';
import { applyPatch } from './ticket-update.service';

/** The patch a bulk change makes to one ticket: tags added and removed against its own. */
function patchFor(changes: BulkUpdateBody['changes']) {
  return (before: TicketRow): PatchTicketBody => {
    const patch: PatchTicketBody = { status: changes.status, priority: changes.priority, assigneeId: changes.assigneeId };
    if (changes.addTags || changes.removeTags) {
      const removed = new Set((changes.removeTags ?? []).map((t) => t.trim()));
      patch.tags = [...before.tags, ...(changes.addTags ?? [])].filter((t) => !removed.has(t.trim()));
    }
    return patch;
  };
}

/**
 * Applies one change to up to 100 tickets, each in its own transaction: one that cannot change
 * (not visible, closed, a refused status move…) is reported with its code and the others go
 * on. Answers a result per id, in the order given.
 */
export async function bulkUpdate(deps: TicketDeps, ctx: TicketContext, body: BulkUpdateBody): Promise<{ results: BulkResult[] }> {
  const patch = patchFor(body.changes);
  const results: BulkResult[] = [];
  for (const id of body.ids) {
    try {
      const { changed } = await inTransaction(deps, (tx, outbox) => applyPatch(deps, ctx, tx, outbox, id, patch));
      results.push({ id, ok: true, changed });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      results.push({ id, ok: false, code: err.code, detail: err.message });
    }
  }
  return { results };
}
