import type { TFunction } from 'i18next';
import type { PaymentMethod } from '../../api/types';
import { formatMoney } from '../customers/customer-format';

/** Integer cents as money in the reader's language (`100.00 元` / `¥100.00`). */
export function formatCents(cents: number | null | undefined, locale: string): string {
  return formatMoney(cents === null || cents === undefined ? null : cents / 100, null, locale);
}

/** Minutes as hours and minutes: `3 小时 20 分` / `3 h 20 min`. */
export function formatMinutes(minutes: number, t: TFunction): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return t('membership.minutesOnly', { m });
  return m === 0 ? t('membership.hoursOnly', { h }) : t('membership.hoursMinutes', { h, m });
}

/** Yuan typed by a person (`100`, `99.5`) → cents, or null when it is not a positive amount. */
export function yuanToCents(value: string | number): number | null {
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isFinite(n) || n <= 0) return null;
  const cents = Math.round(n * 100);
  return cents > 0 && cents <= 100_000_000 ? cents : null;
}

/** The translated name of a payment method. */
export const methodLabel = (t: TFunction, m: PaymentMethod) => t(`membership.method.${m}`);
