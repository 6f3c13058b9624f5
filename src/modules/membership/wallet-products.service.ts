import type { ServiceDeps } from '../../app';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.service';
import { isForeignKeyViolation } from '../../platform/db/db-errors';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { isoOrNull } from '../../platform/iso-time';
import type { ActiveListQuery, CreateProductBody, CreatePromotionBody, PackageProduct, PatchProductBody, PatchPromotionBody, TopupPromotion } from './membership.contracts';
import * as repo from './products.repository';

const date = (s: string | null | undefined) => (s === undefined ? undefined : s === null ? null : new Date(s));

function toPromotion(r: repo.PromotionRow): TopupPromotion {
  return { ...r, validFrom: isoOrNull(r.validFrom), validUntil: isoOrNull(r.validUntil), createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() };
}
function toProduct(r: repo.ProductRow): PackageProduct {
  return { ...r, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() };
}

function checkWindow(start: string | null | undefined, end: string | null | undefined): void {
  if ((start == null) !== (end == null) || (start != null && start === end)) throw new AppError('invalid_package_window');
}
function checkValidity(from: string | null | undefined, until: string | null | undefined): void {
  if (from && until && new Date(from) >= new Date(until)) throw new AppError('invalid_date_range', 'validUntil must be after validFrom');
}

/** A promotion write that names a store: an unknown store is 400 `validation_failed`, not a 500. */
async function guardStore<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isForeignKeyViolation(err)) throw new AppError('validation_failed', 'storeId names no store');
    throw err;
  }
}

/** One page of promotions by name. */
export async function listPromotions(deps: Pick<ServiceDeps, 'database'>, q: ActiveListQuery) {
  const limit = q.limit ?? 50;
  const pos = decodeCursor(q.cursor);
  const rows = await repo.listPromotions(deps.database.db, { active: q.active, limit, after: pos ? { name: String(pos.k), id: pos.id } : undefined });
  const page = toPage(rows, limit, (r) => ({ k: r.name, id: r.id }));
  return { items: page.items.map(toPromotion), nextCursor: page.nextCursor };
}

/** Creates a top-up promotion; audited. */
export async function createPromotion(deps: ServiceDeps, ctx: AuditContext, body: CreatePromotionBody): Promise<TopupPromotion> {
  checkValidity(body.validFrom, body.validUntil);
  const now = deps.clock.now();
  return guardStore(() =>
    inTransaction(deps, async (tx) => {
      const row = await repo.insertPromotion(tx, {
        id: deps.ids.uuid(), name: body.name.trim(), minAmountCents: body.minAmountCents, bonusCents: body.bonusCents, bonusPercent: body.bonusPercent ?? null,
        storeId: body.storeId ?? null, validFrom: date(body.validFrom) ?? null, validUntil: date(body.validUntil) ?? null, active: body.active ?? true, createdAt: now, updatedAt: now,
      });
      await recordAudit(tx, { at: now, actor: ctx.actor, action: 'topup_promotion.created', targetType: 'topup_promotion', targetId: row.id, ip: ctx.ip, requestId: ctx.requestId, details: { name: row.name } });
      return toPromotion(row);
    }),
  );
}

/** Changes a promotion (deactivate with `active: false`); audited. */
export async function updatePromotion(deps: ServiceDeps, ctx: AuditContext, id: string, body: PatchPromotionBody): Promise<TopupPromotion> {
  const current = await repo.findPromotion(deps.database.db, id);
  if (!current) throw new AppError('promotion_not_found');
  checkValidity(body.validFrom === undefined ? isoOrNull(current.validFrom) : body.validFrom, body.validUntil === undefined ? isoOrNull(current.validUntil) : body.validUntil);
  const now = deps.clock.now();
  return guardStore(() =>
    inTransaction(deps, async (tx) => {
      const row = await repo.updatePromotion(tx, id, { ...body, name: body.name?.trim(), validFrom: date(body.validFrom), validUntil: date(body.validUntil), updatedAt: now });
      if (!row) throw new AppError('promotion_not_found');
      await recordAudit(tx, { at: now, actor: ctx.actor, action: 'topup_promotion.updated', targetType: 'topup_promotion', targetId: id, ip: ctx.ip, requestId: ctx.requestId, details: { fields: Object.keys(body) } });
      return toPromotion(row);
    }),
  );
}

/** One page of time package products by name. */
export async function listProducts(deps: Pick<ServiceDeps, 'database'>, q: ActiveListQuery) {
  const limit = q.limit ?? 50;
  const pos = decodeCursor(q.cursor);
  const rows = await repo.listProducts(deps.database.db, { active: q.active, limit, after: pos ? { name: String(pos.k), id: pos.id } : undefined });
  const page = toPage(rows, limit, (r) => ({ k: r.name, id: r.id }));
  return { items: page.items.map(toProduct), nextCursor: page.nextCursor };
}

/** Creates a time package product; audited. */
export async function createProduct(deps: ServiceDeps, ctx: AuditContext, body: CreateProductBody): Promise<PackageProduct> {
  checkWindow(body.windowStart, body.windowEnd);
  const now = deps.clock.now();
  return inTransaction(deps, async (tx) => {
    const row = await repo.insertProduct(tx, {
      id: deps.ids.uuid(), name: body.name.trim(), minutes: body.minutes, priceCents: body.priceCents, windowStart: body.windowStart ?? null, windowEnd: body.windowEnd ?? null,
      zoneIds: body.zoneIds ?? null, validDays: body.validDays ?? null, active: body.active ?? true, createdAt: now, updatedAt: now,
    });
    await recordAudit(tx, { at: now, actor: ctx.actor, action: 'time_package_product.created', targetType: 'time_package_product', targetId: row.id, ip: ctx.ip, requestId: ctx.requestId, details: { name: row.name } });
    return toProduct(row);
  });
}

/** Changes a product (deactivate with `active: false`); packages already sold keep their terms. Audited. */
export async function updateProduct(deps: ServiceDeps, ctx: AuditContext, id: string, body: PatchProductBody): Promise<PackageProduct> {
  const current = await repo.findProduct(deps.database.db, id);
  if (!current) throw new AppError('package_product_not_found');
  checkWindow(body.windowStart === undefined ? current.windowStart : body.windowStart, body.windowEnd === undefined ? current.windowEnd : body.windowEnd);
  const now = deps.clock.now();
  return inTransaction(deps, async (tx) => {
    const row = await repo.updateProduct(tx, id, { ...body, name: body.name?.trim(), updatedAt: now });
    if (!row) throw new AppError('package_product_not_found');
    await recordAudit(tx, { at: now, actor: ctx.actor, action: 'time_package_product.updated', targetType: 'time_package_product', targetId: id, ip: ctx.ip, requestId: ctx.requestId, details: { fields: Object.keys(body) } });
    return toProduct(row);
  });
}
