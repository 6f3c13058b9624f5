import { randomBytes } from 'node:crypto';
import type { Tx } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import * as repo from './coupons.repository';
import { typableCode } from './rules/codes';
import { couponValidity } from './rules/coupon-state';

export interface IssueInput {
  templateId: string;
  customerId: string;
  at: Date;
  issuedBy: string;
  /** Rule-issued coupons: a second issue with the same key does nothing. */
  sourceKey?: string;
}

export type IssueResult = { ok: true; coupon: repo.CouponRow } | { ok: false; reason: 'coupon_limit_reached' | 'duplicate' };

/**
 * Issues one coupon from a template with a fresh typable code (`XXXX-XXXX-XXXX`), in the
 * caller's transaction. The template row lock makes the per-member limit hold under concurrency.
 * @example await issueCoupon(tx, ids, { templateId, customerId, at: now, issuedBy: 'user:…' })
 */
export async function issueCoupon(tx: Tx, ids: { uuid(): string }, input: IssueInput): Promise<IssueResult> {
  const template = await repo.lockTemplate(tx, input.templateId);
  if (!template) throw new AppError('coupon_template_not_found');
  if (!template.active) throw new AppError('coupon_template_inactive');
  if (template.perMemberLimit !== null && (await repo.countMemberCoupons(tx, template.id, input.customerId)) >= template.perMemberLimit) {
    return { ok: false, reason: 'coupon_limit_reached' };
  }
  const { validFrom, validUntil } = couponValidity(template, input.at);
  // A code collision (1 in ~10^16 per pair) is simply drawn again.
  for (let attempt = 0; attempt < 5; attempt++) {
    const coupon = await repo.insertCoupon(tx, {
      id: ids.uuid(),
      templateId: template.id,
      customerId: input.customerId,
      code: typableCode(randomBytes(12)),
      status: 'issued',
      issuedAt: input.at,
      validFrom,
      validUntil,
      issuedBy: input.issuedBy,
      sourceKey: input.sourceKey ?? null,
    });
    if (coupon) return { ok: true, coupon };
    if (input.sourceKey) return { ok: false, reason: 'duplicate' };
  }
  throw new Error('could not draw a free coupon code');
}
