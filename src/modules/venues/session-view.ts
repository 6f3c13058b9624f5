import type { Db, Tx } from '../../platform/db/database';
import { displayNamesOf } from '../customers/customers.repository';
import { maskRealName } from '../customers/rules/mask';
import type { SeatSession } from './venues.contracts';
import type { SessionRow } from './sessions.repository';

/** Masked display names of customers by id (floor, seat client and lists never show a full name). */
export async function memberNames(ex: Db | Tx, customerIds: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(customerIds)];
  const names = new Map((await displayNamesOf(ex, unique)).map((r) => [r.id, r.displayName]));
  return new Map(unique.map((id) => [id, maskRealName(names.get(id) ?? '')]));
}

/** The API shape of a session. */
export function presentSession(row: SessionRow, seatLabel: string, memberName: string): SeatSession {
  return {
    id: row.id,
    storeId: row.storeId,
    seatId: row.seatId,
    seatLabel,
    zoneId: row.zoneId,
    customerId: row.customerId,
    memberName,
    status: row.status as SeatSession['status'],
    startedAt: row.startedAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
    chargedThrough: row.chargedThrough.toISOString(),
    chargedMinutes: row.chargedMinutes,
    centsCharged: row.centsCharged,
    packageMinutesUsed: row.packageMinutesUsed,
    discountPct: row.discountPct,
    minutesLeft: row.minutesLeft,
    remindersSent: row.remindersSent,
    exhaustedAt: row.exhaustedAt?.toISOString() ?? null,
    endReason: row.endReason,
  };
}
