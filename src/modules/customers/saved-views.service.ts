import { AppError } from '../../platform/http/app-error';
import type { CreateSavedViewBody, PatchSavedViewBody, SavedView } from './customer-records.contracts';
import * as repo from './saved-views.repository';
import type { CustomerDeps } from './service-context';

function toView(row: repo.ViewRow): SavedView {
  return {
    ...row,
    filters: row.filters as SavedView['filters'],
    sort: row.sort as SavedView['sort'],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A view the user may change: 404 when it is someone else's private view, 403 `not_view_owner` when shared but not theirs. */
async function ownView(deps: Pick<CustomerDeps, 'database'>, userId: string, id: string): Promise<repo.ViewRow> {
  const row = await repo.findView(deps.database.db, id);
  if (!row || (row.ownerId !== userId && !row.shared)) throw new AppError('saved_view_not_found');
  if (row.ownerId !== userId) throw new AppError('not_view_owner');
  return row;
}

/** The user's own saved views and every shared one. */
export async function listSavedViews(deps: Pick<CustomerDeps, 'database'>, userId: string): Promise<{ items: SavedView[] }> {
  return { items: (await repo.listVisibleViews(deps.database.db, userId)).map(toView) };
}

export async function createSavedView(deps: CustomerDeps, userId: string, body: CreateSavedViewBody): Promise<SavedView> {
  const now = deps.clock.now();
  const row = await repo.insertView(deps.database.db, {
    id: deps.ids.uuid(),
    name: body.name,
    ownerId: userId,
    shared: body.shared ?? false,
    filters: body.filters,
    sort: body.sort,
    createdAt: now,
    updatedAt: now,
  });
  return toView(row);
}

/** Renames, re-filters or shares a view; only its owner may. */
export async function updateSavedView(deps: CustomerDeps, userId: string, id: string, body: PatchSavedViewBody): Promise<SavedView> {
  await ownView(deps, userId, id);
  return toView(await repo.updateView(deps.database.db, id, { ...body, updatedAt: deps.clock.now() }));
}

export async function deleteSavedView(deps: CustomerDeps, userId: string, id: string): Promise<void> {
  await ownView(deps, userId, id);
  await repo.deleteView(deps.database.db, id);
}
