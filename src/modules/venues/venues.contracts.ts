import { Type, type Static } from 'typebox';
import { DateTime, Id, Nullable } from '../../platform/http/schemas';

// Request and response shapes of the venues API (docs/venues.md).

const Code = Type.String({ pattern: '^[A-Za-z0-9_-]{1,32}$' });
const Name = Type.String({ minLength: 1, maxLength: 120 });
const Label = Type.String({ pattern: '^[A-Za-z0-9_-]{1,16}$' });
const Hhmm = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' });
const Cents = Type.Integer({ minimum: 0, maximum: 100_000_000 });
const Reason = Type.String({ minLength: 1, maxLength: 500 });

export const StoreIdQuery = Type.Object({ storeId: Type.Optional(Id) }, { additionalProperties: false });
export type StoreIdQuery = Static<typeof StoreIdQuery>;

export const Zone = Type.Object({
  id: Id,
  storeId: Id,
  code: Type.String(),
  name: Type.String(),
  sort: Type.Integer(),
  baseCentsPerHour: Type.Integer(),
});
export type Zone = Static<typeof Zone>;

export const CreateZoneBody = Type.Object(
  { storeId: Type.Optional(Id), code: Code, name: Name, sort: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })), baseCentsPerHour: Cents },
  { additionalProperties: false },
);
export type CreateZoneBody = Static<typeof CreateZoneBody>;

export const PatchZoneBody = Type.Object(
  { name: Type.Optional(Name), sort: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })), baseCentsPerHour: Type.Optional(Cents) },
  { additionalProperties: false },
);
export type PatchZoneBody = Static<typeof PatchZoneBody>;

export const Seat = Type.Object({
  id: Id,
  storeId: Id,
  zoneId: Id,
  label: Type.String(),
  x: Type.Integer(),
  y: Type.Integer(),
  maintenance: Type.Boolean(),
  hasClientToken: Type.Boolean(),
});
export type Seat = Static<typeof Seat>;

const Position = Type.Integer({ minimum: 0, maximum: 1000 });

export const CreateSeatsBody = Type.Object(
  {
    zoneId: Id,
    /** Label prefix, e.g. 'A' for A01…A20. */
    prefix: Type.String({ pattern: '^[A-Za-z]{0,4}$' }),
    from: Type.Integer({ minimum: 0, maximum: 9999 }),
    to: Type.Integer({ minimum: 0, maximum: 9999 }),
    /** Digits of the number part (A01 = 2). */
    digits: Type.Optional(Type.Integer({ minimum: 1, maximum: 4 })),
    /** Seats per row on the floor map (default 10). */
    perRow: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    originX: Type.Optional(Position),
    originY: Type.Optional(Position),
  },
  { additionalProperties: false },
);
export type CreateSeatsBody = Static<typeof CreateSeatsBody>;

export const PatchSeatBody = Type.Object(
  { zoneId: Type.Optional(Id), label: Type.Optional(Label), x: Type.Optional(Position), y: Type.Optional(Position), maintenance: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type PatchSeatBody = Static<typeof PatchSeatBody>;

export const SeatToken = Type.Object({ seatId: Id, token: Type.String({ description: 'Shown once: `seat_…`' }) });

export const ZoneRate = Type.Object({
  id: Id,
  zoneId: Id,
  days: Type.Array(Type.Integer()),
  startTime: Type.String(),
  endTime: Type.String(),
  centsPerHour: Type.Integer(),
});
export type ZoneRate = Static<typeof ZoneRate>;

export const CreateRateBody = Type.Object(
  { days: Type.Array(Type.Integer({ minimum: 0, maximum: 6 }), { minItems: 1, maxItems: 7 }), startTime: Hhmm, endTime: Hhmm, centsPerHour: Cents },
  { additionalProperties: false },
);
export type CreateRateBody = Static<typeof CreateRateBody>;

const Source = Type.Union([Type.Literal('package'), Type.Literal('bonus'), Type.Literal('cash')]);

export const VenueSettings = Type.Object({
  fundingOrder: Type.Array(Source),
  reminderMinutes: Type.Array(Type.Integer()),
  graceMinutes: Type.Integer(),
  noShowMinutes: Type.Integer(),
});
export type VenueSettings = Static<typeof VenueSettings>;

export const PatchVenueSettingsBody = Type.Object(
  {
    fundingOrder: Type.Optional(Type.Array(Source, { minItems: 1, maxItems: 3 })),
    reminderMinutes: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: 240 }), { maxItems: 5 })),
    graceMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 120 })),
    noShowMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 240 })),
  },
  { additionalProperties: false },
);
export type PatchVenueSettingsBody = Static<typeof PatchVenueSettingsBody>;

export const SessionStatus = Type.Union([Type.Literal('active'), Type.Literal('ended')]);

export const SeatSession = Type.Object({
  id: Id,
  storeId: Id,
  seatId: Id,
  seatLabel: Type.String(),
  zoneId: Id,
  customerId: Id,
  memberName: Type.String({ description: 'Masked display name' }),
  status: SessionStatus,
  startedAt: DateTime,
  endedAt: Nullable(DateTime),
  chargedThrough: DateTime,
  chargedMinutes: Type.Integer(),
  centsCharged: Type.Integer(),
  packageMinutesUsed: Type.Integer(),
  discountPct: Type.Integer(),
  minutesLeft: Nullable(Type.Integer()),
  remindersSent: Type.Array(Type.Integer()),
  exhaustedAt: Nullable(DateTime),
  endReason: Nullable(Type.String()),
});
export type SeatSession = Static<typeof SeatSession>;

export const CheckInBody = Type.Object({ seatId: Id, customerId: Id, reservationId: Type.Optional(Id) }, { additionalProperties: false });
export type CheckInBody = Static<typeof CheckInBody>;

export const ChangeSeatBody = Type.Object({ seatId: Id }, { additionalProperties: false });
export type ChangeSeatBody = Static<typeof ChangeSeatBody>;

export const OverrideBody = Type.Object(
  {
    action: Type.Union([Type.Literal('end_free'), Type.Literal('grant_minutes')]),
    reason: Reason,
    minutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 24 * 60 })),
  },
  { additionalProperties: false },
);
export type OverrideBody = Static<typeof OverrideBody>;

export const SessionListQuery = Type.Object(
  { storeId: Type.Optional(Id), status: Type.Optional(SessionStatus), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })) },
  { additionalProperties: false },
);
export type SessionListQuery = Static<typeof SessionListQuery>;

export const SessionList = Type.Object({ items: Type.Array(SeatSession) });

export const CustomerParams = Type.Object({ customerId: Id });

export const ReservationStatus = Type.Union([Type.Literal('booked'), Type.Literal('checked_in'), Type.Literal('cancelled'), Type.Literal('no_show')]);

export const Reservation = Type.Object({
  id: Id,
  storeId: Id,
  seatId: Id,
  seatLabel: Type.String(),
  customerId: Id,
  memberName: Type.String(),
  startsAt: DateTime,
  endsAt: DateTime,
  status: ReservationStatus,
  note: Type.String(),
});
export type Reservation = Static<typeof Reservation>;

export const CreateReservationBody = Type.Object(
  { seatId: Id, customerId: Id, startsAt: DateTime, endsAt: DateTime, note: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);
export type CreateReservationBody = Static<typeof CreateReservationBody>;

export const ReservationListQuery = Type.Object(
  { storeId: Type.Optional(Id), status: Type.Optional(ReservationStatus), from: Type.Optional(DateTime), to: Type.Optional(DateTime) },
  { additionalProperties: false },
);
export type ReservationListQuery = Static<typeof ReservationListQuery>;

export const SeatState = Type.Union([Type.Literal('free'), Type.Literal('in_use'), Type.Literal('reserved'), Type.Literal('maintenance')]);

export const FloorSeat = Type.Object({
  id: Id,
  zoneId: Id,
  label: Type.String(),
  x: Type.Integer(),
  y: Type.Integer(),
  state: SeatState,
  session: Nullable(
    Type.Object({
      id: Id,
      customerId: Id,
      memberName: Type.String(),
      startedAt: DateTime,
      minutesLeft: Nullable(Type.Integer()),
      exhaustedAt: Nullable(DateTime),
      remindersSent: Type.Array(Type.Integer()),
    }),
  ),
  nextReservation: Nullable(Type.Object({ id: Id, customerId: Id, memberName: Type.String(), startsAt: DateTime, endsAt: DateTime })),
});
export type FloorSeat = Static<typeof FloorSeat>;

export const Floor = Type.Object({ storeId: Id, at: DateTime, zones: Type.Array(Zone), seats: Type.Array(FloorSeat) });
export type Floor = Static<typeof Floor>;

export const SeatClientStatus = Type.Object({
  seat: Type.Object({ id: Id, label: Type.String(), storeId: Id, zoneId: Id }),
  session: Nullable(
    Type.Object({
      id: Id,
      memberName: Type.String(),
      startedAt: DateTime,
      minutesLeft: Nullable(Type.Integer()),
      exhaustedAt: Nullable(DateTime),
      balances: Type.Object({ cashCents: Type.Integer(), bonusCents: Type.Integer(), packageMinutes: Type.Integer() }),
      pendingReminders: Type.Array(Type.Integer(), { description: 'Reminder thresholds (minutes) already reached' }),
    }),
  ),
});
export type SeatClientStatus = Static<typeof SeatClientStatus>;
