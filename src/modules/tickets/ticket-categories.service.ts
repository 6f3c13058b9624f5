import type { AuditContext } from '../../platform/audit/audit.service';
import type { Db, Tx } from '../../platform/db/database';
import { isForeignKeyViolation, isUniqueViolation } from '../../platform/db/db-errors';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import * as repo from './ticket-categories.repository';
import type { CategoryListQuery, CreateCategoryBody, PatchCategoryBody, TicketCategory } from './ticket-categories.contracts';
import { auditTickets, type TicketDeps } from './ticket-context';
import { treeOrder, wouldCycle } from './rules/category-tree';

function present(row: repo.CategoryRow, depth: number): TicketCategory {
  return { ...row, depth, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

/** The category tree in display order (parents before their children), each with its depth. */
export async function listCategories(deps: Pick<TicketDeps, 'database'>, query: CategoryListQuery = {}): Promise<{ items: TicketCategory[] }> {
  const rows = await repo.listCategories(deps.database.db);
  const items = treeOrder(rows).map((e) => present(e.node, e.depth));
  return { items: query.active === undefined ? items : items.filter((c) => c.active === query.active) };
}

async function presentOne(ex: Db | Tx, row: repo.CategoryRow): Promise<TicketCategory> {
  const entry = treeOrder(await repo.listCategories(ex)).find((e) => e.node.id === row.id);
  return present(row, entry?.depth ?? 0);
}

/** 400 `invalid_ticket_category_parent` for a parent that does not exist or lies under the category itself. */
async function checkParent(ex: Db | Tx, id: string, parentId: string | null | undefined): Promise<void> {
  if (!parentId) return;
  const all = await repo.listCategories(ex);
  if (!all.some((c) => c.id === parentId) || wouldCycle(all, id, parentId)) throw new AppError('invalid_ticket_category_parent');
}

const codeTaken = (err: unknown) => {
  throw isUniqueViolation(err) ? new AppError('ticket_category_code_taken') : err;
};

/** Adds a category (unique code), at the top or under a parent; audited. */
export async function createCategory(deps: TicketDeps, ctx: AuditContext, body: CreateCategoryBody): Promise<TicketCategory> {
  return inTransaction(deps, async (tx) => {
    const id = deps.ids.uuid();
    await checkParent(tx, id, body.parentId);
    const now = deps.clock.now();
    const row = await repo
      .insertCategory(tx, { ...body, id, nameZh: body.nameZh.trim(), nameEn: body.nameEn.trim(), parentId: body.parentId ?? null, createdAt: now, updatedAt: now })
      .catch(codeTaken);
    await auditTickets(tx, now, ctx, 'ticket_category.created', { type: 'ticket_category', id }, { code: row.code, parentId: row.parentId });
    return presentOne(tx, row);
  });
}

/** Renames, moves (never under itself), re-sorts or (de)activates a category; audited. */
export async function updateCategory(deps: TicketDeps, ctx: AuditContext, id: string, body: PatchCategoryBody): Promise<TicketCategory> {
  return inTransaction(deps, async (tx) => {
    if (!(await repo.findCategory(tx, id))) throw new AppError('ticket_category_not_found');
    await checkParent(tx, id, body.parentId);
    const now = deps.clock.now();
    const row = await repo.updateCategory(tx, id, { ...body, nameZh: body.nameZh?.trim(), nameEn: body.nameEn?.trim(), updatedAt: now });
    await auditTickets(tx, now, ctx, 'ticket_category.updated', { type: 'ticket_category', id }, { changes: body });
    return presentOne(tx, row!);
  });
}

/** Deletes a category no ticket and no sub-category uses (409 `ticket_category_in_use`: deactivate it instead); audited. */
export async function deleteCategory(deps: TicketDeps, ctx: AuditContext, id: string): Promise<void> {
  await inTransaction(deps, async (tx) => {
    const row = await repo.findCategory(tx, id);
    if (!row) throw new AppError('ticket_category_not_found');
    const usage = await repo.categoryUsage(tx, id);
    if (usage.tickets > 0 || usage.children > 0) throw new AppError('ticket_category_in_use', undefined, usage);
    // A ticket filed under it meanwhile fails the foreign key: the same answer.
    await repo.deleteCategory(tx, id).catch((err: unknown) => {
      throw isForeignKeyViolation(err) ? new AppError('ticket_category_in_use') : err;
    });
    await auditTickets(tx, deps.clock.now(), ctx, 'ticket_category.deleted', { type: 'ticket_category', id }, { code: row.code });
  });
}
