import type { Role } from '../auth/permissions';

/**
 * Every domain event name with its payload. Services publish these after commit;
 * listeners in other modules react. Add new events here, nowhere else.
 */
export interface DomainEvents {
  'user.created': { userId: string; role: Role };
  'user.updated': { userId: string; changes: string[] };
  'user.role_changed': { userId: string; from: Role; to: Role };
  'user.deactivated': { userId: string };
  'store.created': { storeId: string; code: string };
  'store.updated': { storeId: string };
  'organisation.updated': { fields: string[] };
  'department.created': { departmentId: string; code: string };
  'department.updated': { departmentId: string; fields: string[] };
  'department.deleted': { departmentId: string; code: string };
  'team.created': { teamId: string; departmentId: string };
  'team.updated': { teamId: string; departmentId: string; fields: string[] };
  'team.deleted': { teamId: string; departmentId: string };
  'apikey.created': { apiKeyId: string };
  'apikey.revoked': { apiKeyId: string };
  /** One ingest batch committed: how many new events, for which customers, of which types. */
  'event.ingested': { count: number; customerIds: string[]; types: string[] };
  'customer.created': { customerId: string; source: string };
  'customer.updated': { customerId: string; changes: string[] };
  'customer.identity_added': { customerId: string; identityId: string; type: string };
  'customer.identity_removed': { customerId: string; identityId: string; type: string };
  'customer.note_added': { customerId: string; noteId: string };
  /** `loserId` now redirects to `customerId`; counts of what moved. */
  'customer.merged': { customerId: string; loserId: string; moved: { identities: number; notes: number; history: number; events: number } };
  /** The customer's personal data was erased; its events stay, anonymised. */
  'customer.erased': { customerId: string };

  // ---- membership (cards, wallets) ----
  'card.issued': { cardId: string; customerId: string; storeId: string | null };
  'card.updated': { cardId: string; customerId: string; status: string };
  /** A wallet changed (top-up, refund, charge, package…); balances after the change. */
  'wallet.changed': { customerId: string; storeId: string | null; reason: string; cashCents: number; bonusCents: number };

  // ---- venues (seats, sessions) ----
  'seat.updated': { seatId: string; storeId: string; state: string };
  'session.started': { sessionId: string; storeId: string; seatId: string; customerId: string };
  'session.updated': { sessionId: string; storeId: string; seatId: string; customerId: string };
  'session.reminder': { sessionId: string; storeId: string; seatId: string; customerId: string; minutesLeft: number };
  'session.ended': { sessionId: string; storeId: string; seatId: string; customerId: string; reason: string };
  'reservation.changed': { reservationId: string; storeId: string; seatId: string; status: string };

  // ---- loyalty (points, tiers, coupons, referrals) ----
  'points.changed': { customerId: string; delta: number; balance: number; reason: string };
  /** A member's tier changed; `priorityService` is the new tier's benefit, for the service desk. */
  'tier.changed': { customerId: string; from: string | null; to: string | null; priorityService: boolean };
  'coupon.redeemed': { couponId: string; customerId: string; storeId: string | null };
  'referral.rewarded': { referralId: string; referrerId: string; refereeId: string };

  // ---- tickets (service desk) ----
  'ticket.created': { ticketId: string; number: number; channel: string; priority: string; requesterId: string; categoryId?: string | null; departmentId: string | null; teamId: string | null; assigneeId: string | null };
  /** `changes`: the fields that changed (as in the ticket's change trail); the placement after the change. */
  'ticket.updated': { ticketId: string; changes: string[]; status: string; departmentId: string | null; teamId: string | null; assigneeId: string | null };
  /** `mentions`: staff user ids an internal note mentions. */
  'ticket.message_added': { ticketId: string; messageId: string; kind: string; authorType: string; mentions: string[] };
  /** `loserId` was closed and its conversation moved into `ticketId`. */
  'ticket.merged': { ticketId: string; loserId: string };
  /** A complaint step was taken; `severity` once classified (a major one notifies the managers at once). */
  /** Webhook deliveries were queued (the sender wakes up). */
  'webhook.queued': { event: string; deliveries: number };
  'complaint.step': { ticketId: string; action: string; stage: string; severity: string | null };
  /** An in-app notification for `userId` (SLA warnings, breaches, escalations). */
  'notification.created': { notificationId: string; userId: string; kind: string; ticketId: string | null };
}

export type EventName = keyof DomainEvents;

export interface EventEnvelope<N extends EventName = EventName> {
  id: string;
  name: N;
  at: string;
  payload: DomainEvents[N];
}
