import type { LocalMinute } from './local-time';
import { minuteValue, UNITS_PER_CENT } from './tier-discount';
import { parseHhmm, windowCovers } from './time-window';

export type FundingSource = 'package' | 'bonus' | 'cash';

/** A time package as the draw sees it (mirrors membership's MemberPackage). */
export interface DrawPackage {
  id: string;
  minutesLeft: number;
  windowStart: string | null;
  windowEnd: string | null;
  zoneIds: readonly string[] | null;
  validUntil: string | null;
}

/** One minute to pay: when it starts, where the store sees it, and its hourly rate. */
export interface PricedMinute {
  startMs: number;
  local: LocalMinute;
  centsPerHour: number;
}

export interface DrawInput {
  minutes: readonly PricedMinute[];
  zoneId: string;
  discountPct: number;
  /** Value accrued before and not charged yet, in 1/6000 cent. */
  remainder: number;
  cashCents: number;
  bonusCents: number;
  packages: readonly DrawPackage[];
  order: readonly FundingSource[];
}

export interface DrawResult {
  /** Minutes paid, from the first: paying stops at the first minute the balance cannot pay. */
  paidMinutes: number;
  /** True when a minute could not be paid. */
  exhausted: boolean;
  packageMinutes: { packageId: string; minutes: number }[];
  bonusCents: number;
  cashCents: number;
  remainder: number;
}

function packageCovers(p: DrawPackage, zoneId: string, m: PricedMinute): boolean {
  if (p.validUntil !== null && Date.parse(p.validUntil) <= m.startMs) return false;
  if (p.zoneIds !== null && !p.zoneIds.includes(zoneId)) return false;
  if (p.windowStart === null || p.windowEnd === null) return true;
  const start = parseHhmm(p.windowStart);
  const end = parseHhmm(p.windowEnd);
  return start !== null && end !== null && windowCovers(start, end, m.local.minute);
}

/** Packages that expire first are used first. */
function byExpiry(a: DrawPackage, b: DrawPackage): number {
  if (a.validUntil === b.validUntil) return 0;
  if (a.validUntil === null) return 1;
  if (b.validUntil === null) return -1;
  return Date.parse(a.validUntil) - Date.parse(b.validUntil);
}

/**
 * What paying for a run of minutes draws from a member's balances. Each minute walks the
 * funding order: a package pays a whole minute if one covers it (window, zones, validity) and
 * no money was taken for it yet; bonus and cash pay the minute's cents, split if needed. The
 * minute's money is its exact value plus the carried remainder, floored to cents; the rest is
 * carried on. Stops at the first minute nothing can pay.
 * @example drawMinutes({ minutes, zoneId, discountPct: 0, remainder: 0, cashCents: 100, bonusCents: 0, packages: [], order: ['package', 'bonus', 'cash'] })
 */
export function drawMinutes(input: DrawInput): DrawResult {
  const packages = [...input.packages].sort(byExpiry).map((p) => ({ ...p, left: p.minutesLeft }));
  const used = new Map<string, number>();
  const money = { bonus: input.bonusCents, cash: input.cashCents };
  let remainder = input.remainder;
  let paidMinutes = 0;
  let exhausted = false;
  for (const m of input.minutes) {
    const total = remainder + minuteValue(m.centsPerHour, input.discountPct);
    const due = Math.floor(total / UNITS_PER_CENT);
    const taken = { bonus: 0, cash: 0 };
    let dueLeft = due;
    let paid = false;
    for (const source of input.order) {
      if (source === 'package') {
        if (taken.bonus + taken.cash > 0) continue;
        const p = packages.find((x) => x.left > 0 && packageCovers(x, input.zoneId, m));
        if (!p) continue;
        p.left -= 1;
        used.set(p.id, (used.get(p.id) ?? 0) + 1);
        paid = true;
        break;
      }
      const take = Math.min(money[source] - taken[source], dueLeft);
      taken[source] += take;
      dueLeft -= take;
      if (dueLeft === 0) {
        money.bonus -= taken.bonus;
        money.cash -= taken.cash;
        remainder = total - due * UNITS_PER_CENT;
        paid = true;
        break;
      }
    }
    if (!paid) {
      exhausted = true;
      break;
    }
    paidMinutes += 1;
  }
  return {
    paidMinutes,
    exhausted,
    packageMinutes: [...used].map(([packageId, minutes]) => ({ packageId, minutes })),
    bonusCents: input.bonusCents - money.bonus,
    cashCents: input.cashCents - money.cash,
    remainder,
  };
}
