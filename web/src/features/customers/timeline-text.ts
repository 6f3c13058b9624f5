import type { TFunction } from 'i18next';
import i18n from '../../i18n/i18n';
import type { TimelineItem } from '../../api/types';
import { formatMoney } from './customer-format';

/** What the timeline needs besides the item: store names and the organisation's currency. */
export interface TimelineContext {
  locale: string;
  currency: string | undefined;
  storeName: (id: string) => string | undefined;
  /** The label of a custom field by key (changes name them `custom.<key>`). */
  fieldLabel: (key: string) => string | undefined;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const num = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
};
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** A translation for a value that may be unknown here (a new channel, a game's own result): the value itself then. */
function known(t: TFunction, prefix: string, value: string): string {
  if (!value) return '';
  const key = `${prefix}.${value}`;
  return i18n.exists(key) ? (t as unknown as (k: string) => string)(key) : value;
}

/** `a, b` in the reader's language (`a，b` in Chinese). */
function list(t: TFunction, parts: string[]): string {
  return parts.filter(Boolean).join(t('customers.timeline.separator'));
}

function minutes(t: TFunction, seconds: number | null, locale: string): string {
  if (seconds === null) return '';
  if (seconds < 3600) return t('customers.timeline.minutes', { n: new Intl.NumberFormat(locale).format(Math.max(1, Math.round(seconds / 60))) });
  return t('customers.timeline.hours', { n: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(seconds / 3600) });
}

/** Profile fields named in a change (`fields: ['custom.vip_level', 'tags']`), translated where this app knows the field. */
function changedFields(t: TFunction, changes: Record<string, unknown>, ctx: TimelineContext): string {
  const fields = Array.isArray(changes.fields) ? changes.fields.filter((f): f is string => typeof f === 'string') : [];
  return list(
    t,
    fields.map((k) => (k.startsWith('custom.') ? (ctx.fieldLabel(k.slice(7)) ?? k.slice(7)) : known(t, 'customers.fields', k))),
  );
}

/** `{ consent: { marketingSms: { granted: true } } }` → "Marketing SMS granted". */
function consentChanges(t: TFunction, changes: Record<string, unknown>): string {
  return list(
    t,
    Object.entries(obj(changes.consent)).map(([kind, v]) =>
      t('customers.timeline.consentChange', {
        kind: known(t, 'customers.consent', kind),
        state: obj(v).granted === true ? t('customers.consent.granted') : t('customers.consent.withdrawn'),
      }),
    ),
  );
}

/**
 * One line for a timeline item in the reader's language, from its `type` and `data`, e.g.
 * `充值 68.00 元（微信，已到账）`. Falls back to the server's English `summary` when the type
 * or its data are not what this app knows.
 */
export function timelineText(t: TFunction, item: TimelineItem, ctx: TimelineContext): string {
  const d = obj(item.data);
  const money = (amount: unknown, currency: unknown) => formatMoney(num(amount), str(currency) || ctx.currency, ctx.locale);

  if (item.kind === 'note') {
    const body = str(d.body);
    return body ? t('customers.timeline.text.note', { body }) : item.summary;
  }

  if (item.kind === 'profile') {
    const changes = d;
    switch (item.type) {
      case 'created': {
        const source = str(changes.source);
        return source
          ? t('customers.timeline.withDetails', { text: t('customers.timeline.text.profileCreated'), details: known(t, 'customers.sources', source) })
          : t('customers.timeline.text.profileCreated');
      }
      case 'updated': {
        const fields = changedFields(t, changes, ctx);
        return fields ? t('customers.timeline.text.profileUpdatedFields', { fields }) : t('customers.timeline.text.profileUpdated');
      }
      case 'identity_added':
      case 'identity_removed': {
        const type = str(changes.type);
        const label = type ? known(t, 'customers.identityTypes', type) : '';
        const key = item.type === 'identity_added' ? 'identityAdded' : 'identityRemoved';
        return label ? t(`customers.timeline.text.${key}`, { type: label }) : item.summary;
      }
      case 'consent_changed': {
        const what = consentChanges(t, changes);
        return what ? t('customers.timeline.text.consentChangedWhat', { what }) : t('customers.timeline.text.consentChanged');
      }
      case 'merged':
        return t('customers.timeline.text.merged');
      case 'erased':
        return t('customers.timeline.text.erased');
      default:
        return item.summary;
    }
  }

  switch (item.type) {
    case 'recharge': {
      const amount = num(d.amount);
      if (amount === null) return item.summary;
      const details = list(t, [known(t, 'customers.channels', str(d.channel)), known(t, 'customers.rechargeStatus', str(d.status))]);
      const text = t('customers.timeline.text.recharge', { amount: money(d.amount, d.currency) });
      const withItem = str(d.item) ? `${text} · ${str(d.item)}` : text;
      return details ? t('customers.timeline.withDetails', { text: withItem, details }) : withItem;
    }
    case 'purchase': {
      const lines = Array.isArray(d.lines) ? d.lines.map(obj) : [];
      if (lines.length === 0) return item.summary;
      const products = lines.map((l) => t('customers.timeline.line', { product: str(l.product), quantity: num(l.quantity) ?? 1 }));
      const shown = products.length > 3 ? [...products.slice(0, 3), t('customers.timeline.moreLines', { count: products.length - 3 })] : products;
      const total = num(d.amount) ?? lines.reduce((sum, l) => sum + (num(l.amount) ?? 0), 0);
      return t('customers.timeline.text.purchase', { products: list(t, shown), total: money(total, d.currency) });
    }
    case 'login':
    case 'logout': {
      const base = t(item.type === 'login' ? 'customers.timeline.text.login' : 'customers.timeline.text.logout');
      const details = list(t, [str(d.device), str(d.region)]);
      return details ? t('customers.timeline.withDetails', { text: base, details }) : base;
    }
    case 'play_session': {
      const game = str(d.game);
      if (!game) return item.summary;
      const title = str(d.mode) ? `${game} · ${known(t, 'customers.gameModes', str(d.mode))}` : game;
      const details = list(t, [minutes(t, num(d.durationSeconds), ctx.locale), known(t, 'customers.gameResults', str(d.result))]);
      const text = t('customers.timeline.text.playSession', { game: title });
      return details ? t('customers.timeline.withDetails', { text, details }) : text;
    }
    case 'level_up': {
      const level = num(d.level);
      if (level === null) return item.summary;
      const text = t('customers.timeline.text.levelUp', { level });
      return str(d.game) ? t('customers.timeline.withDetails', { text, details: str(d.game) }) : text;
    }
    case 'visit': {
      const store = ctx.storeName(str(d.storeId));
      return store ? t('customers.timeline.text.visitStore', { store }) : t('customers.timeline.text.visit');
    }
    case 'custom': {
      const name = str(d.name);
      return name ? t('customers.timeline.text.custom', { name }) : item.summary;
    }
    default:
      return item.summary;
  }
}
