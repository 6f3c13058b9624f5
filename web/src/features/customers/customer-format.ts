import type { TFunction } from 'i18next';
import type { Identity } from '../../api/types';

/**
 * A decimal-string amount in the reader's language: `68.00 元` in Chinese for yuan (as
 * staff say it), `¥68.00` / `$1,234.50` otherwise (narrow symbols). Unknown currencies keep their code.
 */
export function formatMoney(amount: string | number | null | undefined, currency: string | null | undefined, locale: string): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  const n = typeof amount === 'number' ? amount : Number(amount);
  if (!Number.isFinite(n)) return String(amount);
  const code = (currency || 'CNY').toUpperCase();
  if (locale.startsWith('zh') && code === 'CNY') {
    return `${new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n)} 元`;
  }
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' }).format(n);
  } catch {
    return `${n.toFixed(2)} ${code}`;
  }
}

/** Whole numbers with grouping in the reader's language. */
export function formatCount(n: number | null | undefined, locale: string): string {
  return new Intl.NumberFormat(locale).format(n ?? 0);
}

/** Seconds → hours with one decimal, e.g. `12.5`. */
export function formatHours(seconds: number | null | undefined, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 0 }).format((seconds ?? 0) / 3600);
}

/** A date without time, e.g. `2026年3月1日` / `1 Mar 2026`. Accepts `YYYY-MM-DD` or a timestamp. */
export function formatDate(value: string | null | undefined, locale: string): string {
  if (!value) return '—';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

/** "3 days ago" style, falling back to the date past a month. */
export function formatRelative(iso: string | null | undefined, locale: string, now = Date.now()): string {
  if (!iso) return '—';
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return iso;
  const diff = (then - now) / 1000;
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const abs = Math.abs(diff);
  if (abs < 60) return rtf.format(Math.round(diff), 'second');
  if (abs < 3600) return rtf.format(Math.round(diff / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(diff / 3600), 'hour');
  if (abs < 30 * 86_400) return rtf.format(Math.round(diff / 86_400), 'day');
  return formatDate(iso, locale);
}

/** `YYYY-MM-DD` from a date input → start (or end) of that day in the reader's zone, ISO. */
export function dayBound(value: string, end: boolean): string | undefined {
  if (!value) return undefined;
  const date = new Date(`${value}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** ISO timestamp → the `YYYY-MM-DD` of that moment in the reader's zone (for date inputs). */
export function isoToDay(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `+8613812341234` → `+86 138 1234 1234`; masked values and other numbers stay as they are. */
export function formatPhone(value: string): string {
  const cn = /^\+86(1\d{2})(\d{4})(\d{4})$/.exec(value);
  return cn ? `+86 ${cn[1]} ${cn[2]} ${cn[3]}` : value;
}

/** An identity's value for display (phones spaced), with game-account details after it. */
export function identityLabel(identity: Pick<Identity, 'type' | 'value'>): string {
  return identity.type === 'phone' ? formatPhone(identity.value) : identity.value;
}

/** Game account attrs → "Server S1 · Role 夜风 (Lv 52)". */
export function gameAccountDetails(t: TFunction, attrs: Record<string, unknown>): string {
  const parts: string[] = [];
  const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  if (str(attrs.server)) parts.push(t('customers.identity.serverValue', { server: str(attrs.server) }));
  const role = str(attrs.roleName) || str(attrs.roleId);
  if (role) parts.push(t('customers.identity.roleValue', { role }));
  if (str(attrs.level)) parts.push(t('customers.identity.levelValue', { level: str(attrs.level) }));
  return parts.join(' · ');
}
