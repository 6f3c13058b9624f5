import type { AuditContext } from '../../platform/audit/audit.service';
import { isForeignKeyViolation } from '../../platform/db/db-errors';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import { isoOrNull } from '../../platform/iso-time';
import { issueCoupon } from './coupon-issue';
import * as repo from './coupons.repository';
import type { BulkIssueAnswer, CouponTemplate, CreateCouponTemplateBody, PatchCouponTemplateBody } from './loyalty-catalog.contracts';
import { actorOf, auditLoyalty, type LoyaltyDeps } from './service-context';

function toTemplate(t: repo.CouponTemplateRow): CouponTemplate {
  return {
    id: t.id,
    name: t.name,
    kind: t.kind as CouponTemplate['kind'],
    amountCents: t.amountCents === null ? null : Number(t.amountCents),
    percentOff: t.percentOff,
    minutes: t.minutes,
    giftName: t.giftName,
    validFrom: isoOrNull(t.validFrom),
    validTo: isoOrNull(t.validTo),
    validDays: t.validDays,
    perMemberLimit: t.perMemberLimit,
    autoIssue: t.autoIssue as CouponTemplate['autoIssue'],
    active: t.active,
  };
}

/** Each kind needs its value: an amount, a percentage, minutes or a gift name. */
function checkTemplate(t: { kind: string; amountCents?: number | null; percentOff?: number | null; minutes?: number | null; giftName?: string | null; validFrom?: string | null; validTo?: string | null }): void {
  const need = { amount_off: t.amountCents, percent_off: t.percentOff, free_time: t.minutes, gift: t.giftName }[t.kind];
  if (!need) throw new AppError('coupon_template_invalid', `A ${t.kind} coupon needs its value (amountCents, percentOff, minutes or giftName)`);
  if (t.validFrom && t.validTo && Date.parse(t.validTo) <= Date.parse(t.validFrom)) throw new AppError('coupon_template_invalid', 'validTo must be after validFrom');
}

/** The body with its date strings as Dates (undefined stays undefined: not changed). */
function withDates<T extends { validFrom?: string | null; validTo?: string | null }>(b: T): Omit<T, 'validFrom' | 'validTo'> & { validFrom?: Date | null; validTo?: Date | null } {
  const { validFrom, validTo, ...rest } = b;
  const date = (v: string | null | undefined) => (v === undefined ? undefined : v === null ? null : new Date(v));
  return { ...rest, validFrom: date(validFrom), validTo: date(validTo) };
}

export async function listTemplates(deps: Pick<LoyaltyDeps, 'database'>): Promise<{ items: CouponTemplate[] }> {
  return { items: (await repo.listTemplates(deps.database.db)).map(toTemplate) };
}

/** Creates a coupon template; audited. */
export async function createTemplate(deps: LoyaltyDeps, ctx: AuditContext, body: CreateCouponTemplateBody): Promise<CouponTemplate> {
  checkTemplate(body);
  return inTransaction(deps, async (tx) => {
    const now = deps.clock.now();
    const row = await repo.insertTemplate(tx, { ...withDates(body), id: deps.ids.uuid(), createdAt: now, updatedAt: now });
    await auditLoyalty(tx, now, ctx, 'loyalty.coupon_template_created', { type: 'coupon_template', id: row.id }, { ...body });
    return toTemplate(row);
  });
}

/** Changes a template; coupons already issued keep their validity. Audited. */
export async function updateTemplate(deps: LoyaltyDeps, ctx: AuditContext, id: string, body: PatchCouponTemplateBody): Promise<CouponTemplate> {
  return inTransaction(deps, async (tx) => {
    const before = await repo.findTemplate(tx, id);
    if (!before) throw new AppError('coupon_template_not_found');
    const merged = { ...toTemplate(before), ...body };
    checkTemplate(merged);
    const now = deps.clock.now();
    const row = await repo.updateTemplate(tx, id, { ...withDates(body), updatedAt: now });
    await auditLoyalty(tx, now, ctx, 'loyalty.coupon_template_updated', { type: 'coupon_template', id }, { changes: body });
    return toTemplate(row!);
  });
}

/**
 * Issues one coupon of a template to each listed member, in one transaction; members over the
 * per-member limit or unknown are skipped with the reason. Audited as one entry.
 * @example await bulkIssue(deps, ctx, templateId, { customerIds: [a, b] }) // { issued: 2, skipped: [] }
 */
export async function bulkIssue(deps: LoyaltyDeps, ctx: AuditContext, templateId: string, body: { customerIds: string[] }): Promise<BulkIssueAnswer> {
  return inTransaction(deps, async (tx) => {
    const now = deps.clock.now();
    const skipped: BulkIssueAnswer['skipped'] = [];
    let issued = 0;
    for (const customerId of new Set(body.customerIds)) {
      try {
        // A savepoint per member: an unknown member fails only its own insert.
        const res = await tx.transaction((sp) => issueCoupon(sp, deps.ids, { templateId, customerId, at: now, issuedBy: actorOf(ctx) }));
        if (res.ok) issued++;
        else skipped.push({ customerId, reason: res.reason });
      } catch (err) {
        if (!isForeignKeyViolation(err)) throw err;
        skipped.push({ customerId, reason: 'customer_not_found' });
      }
    }
    await auditLoyalty(tx, now, ctx, 'loyalty.coupons_issued', { type: 'coupon_template', id: templateId }, { issued, skipped: skipped.length });
    return { issued, skipped };
  });
}
