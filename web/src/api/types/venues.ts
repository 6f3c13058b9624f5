// Request and response shapes of the venues API (see types.ts); drift checks in ./venues-checks.ts.
import type { Id } from './common';

export type FundingSource = 'package' | 'bonus' | 'cash';
export type SeatState = 'free' | 'in_use' | 'reserved' | 'maintenance';
export type SessionStatus = 'active' | 'ended';
export type ReservationStatus = 'booked' | 'checked_in' | 'cancelled' | 'no_show';

export interface Zone {
  id: Id;
  storeId: Id;
  code: string;
  name: string;
  sort: number;
  baseCentsPerHour: number;
}
export interface CreateZoneRequest {
  storeId?: Id;
  code: string;
  name: string;
  sort?: number;
  baseCentsPerHour: number;
}
export interface UpdateZoneRequest {
  name?: string;
  sort?: number;
  baseCentsPerHour?: number;
}

export interface Seat {
  id: Id;
  storeId: Id;
  zoneId: Id;
  label: string;
  x: number;
  y: number;
  maintenance: boolean;
  hasClientToken: boolean;
}
export interface CreateSeatsRequest {
  zoneId: Id;
  prefix: string;
  from: number;
  to: number;
  digits?: number;
  perRow?: number;
  originX?: number;
  originY?: number;
}
export interface UpdateSeatRequest {
  zoneId?: Id;
  label?: string;
  x?: number;
  y?: number;
  maintenance?: boolean;
}
export interface SeatToken {
  seatId: Id;
  token: string;
}

export interface ZoneRate {
  id: Id;
  zoneId: Id;
  days: number[];
  startTime: string;
  endTime: string;
  centsPerHour: number;
}
export interface CreateRateRequest {
  days: number[];
  startTime: string;
  endTime: string;
  centsPerHour: number;
}

export interface VenueSettings {
  fundingOrder: FundingSource[];
  reminderMinutes: number[];
  graceMinutes: number;
  noShowMinutes: number;
}
export type UpdateVenueSettingsRequest = Partial<VenueSettings>;

export interface SeatSession {
  id: Id;
  storeId: Id;
  seatId: Id;
  seatLabel: string;
  zoneId: Id;
  customerId: Id;
  memberName: string;
  status: SessionStatus;
  startedAt: string;
  endedAt: string | null;
  chargedThrough: string;
  chargedMinutes: number;
  centsCharged: number;
  packageMinutesUsed: number;
  discountPct: number;
  minutesLeft: number | null;
  remindersSent: number[];
  exhaustedAt: string | null;
  endReason: string | null;
}
export interface CheckInRequest {
  seatId: Id;
  customerId: Id;
  reservationId?: Id;
}
export interface ChangeSeatRequest {
  seatId: Id;
}
export interface OverrideRequest {
  action: 'end_free' | 'grant_minutes';
  reason: string;
  minutes?: number;
}

export interface Reservation {
  id: Id;
  storeId: Id;
  seatId: Id;
  seatLabel: string;
  customerId: Id;
  memberName: string;
  startsAt: string;
  endsAt: string;
  status: ReservationStatus;
  note: string;
}
export interface CreateReservationRequest {
  seatId: Id;
  customerId: Id;
  startsAt: string;
  endsAt: string;
  note?: string;
}

export interface FloorSeat {
  id: Id;
  zoneId: Id;
  label: string;
  x: number;
  y: number;
  state: SeatState;
  session: {
    id: Id;
    customerId: Id;
    memberName: string;
    startedAt: string;
    minutesLeft: number | null;
    exhaustedAt: string | null;
    remindersSent: number[];
  } | null;
  nextReservation: { id: Id; customerId: Id; memberName: string; startsAt: string; endsAt: string } | null;
}
export interface Floor {
  storeId: Id;
  at: string;
  zones: Zone[];
  seats: FloorSeat[];
}

/** A message on the staff live channel (GET /api/v1/live). */
export type LiveMessage =
  | { type: 'subscribed' | 'unsubscribed'; topic: string }
  | { type: 'error'; code: string; topic: string | null }
  | { type: 'event'; name: 'seat.updated' | 'session.started' | 'session.updated' | 'session.ended' | 'reservation.changed'; payload: { storeId: Id; seatId: Id } }
  | { type: 'event'; name: 'session.reminder'; payload: { storeId: Id; seatId: Id; sessionId: Id; customerId: Id; minutesLeft: number } };
