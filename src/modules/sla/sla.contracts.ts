import { Type, type Static } from 'typebox';
import { DateTime, Id, Nullable } from '../../platform/http/schemas';

const HHMM = Type.String({ pattern: '^([01]\\d|2[0-4]):[0-5]\\d$', description: 'local time HH:MM (24:00 closes at midnight)' });
const Interval = Type.Object({ day: Type.Integer({ minimum: 0, maximum: 6, description: '0 = Sunday' }), open: HHMM, close: HHMM }, { additionalProperties: false });
const Day = Type.String({ format: 'date' });

export const Calendar = Type.Object({
  id: Id,
  name: Type.String(),
  timeZone: Type.String(),
  weeklyHours: Type.Array(Interval),
  holidays: Type.Array(Day),
  is24x7: Type.Boolean(),
  storeId: Nullable(Id),
  isDefault: Type.Boolean(),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type Calendar = Static<typeof Calendar>;

const calendarFields = {
  name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
  timeZone: Type.String({ minLength: 1, maxLength: 64 }),
  weeklyHours: Type.Array(Interval, { maxItems: 50 }),
  holidays: Type.Array(Day, { maxItems: 400 }),
  is24x7: Type.Boolean(),
  storeId: Nullable(Id),
  isDefault: Type.Boolean(),
};
export const CreateCalendarBody = Type.Object(
  {
    name: calendarFields.name,
    timeZone: calendarFields.timeZone,
    weeklyHours: Type.Optional(calendarFields.weeklyHours),
    holidays: Type.Optional(calendarFields.holidays),
    is24x7: Type.Optional(calendarFields.is24x7),
    storeId: Type.Optional(calendarFields.storeId),
    isDefault: Type.Optional(calendarFields.isDefault),
  },
  { additionalProperties: false },
);
export type CreateCalendarBody = Static<typeof CreateCalendarBody>;
export const PatchCalendarBody = Type.Partial(Type.Object(calendarFields, { additionalProperties: false }));
export type PatchCalendarBody = Static<typeof PatchCalendarBody>;

const Channel = Type.Union([Type.Literal('web'), Type.Literal('email'), Type.Literal('chat'), Type.Literal('phone'), Type.Literal('forum'), Type.Literal('social'), Type.Literal('in_game'), Type.Literal('api')]);
const Priority = Type.Union([Type.Literal('low'), Type.Literal('normal'), Type.Literal('high'), Type.Literal('urgent')]);
const Seconds = Nullable(Type.Integer({ minimum: 1, maximum: 365 * 86_400 }));

export const Policy = Type.Object({
  id: Id,
  channel: Nullable(Type.String()),
  priority: Nullable(Type.String()),
  tierCode: Nullable(Type.String()),
  firstResponseS: Nullable(Type.Integer()),
  nextResponseS: Nullable(Type.Integer()),
  resolutionS: Nullable(Type.Integer()),
  warnAtPct: Type.Integer(),
  calendarId: Nullable(Id),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type Policy = Static<typeof Policy>;

const policyFields = {
  channel: Nullable(Channel),
  priority: Nullable(Priority),
  tierCode: Nullable(Type.String({ pattern: '^[a-z0-9_-]{1,40}$' })),
  firstResponseS: Seconds,
  nextResponseS: Seconds,
  resolutionS: Seconds,
  warnAtPct: Type.Integer({ minimum: 1, maximum: 99 }),
  calendarId: Nullable(Id),
};
export const CreatePolicyBody = Type.Partial(Type.Object(policyFields), { additionalProperties: false });
export type CreatePolicyBody = Static<typeof CreatePolicyBody>;
export const PatchPolicyBody = Type.Partial(Type.Object(policyFields), { additionalProperties: false });
export type PatchPolicyBody = Static<typeof PatchPolicyBody>;

const MetricView = Type.Object({
  targetS: Nullable(Type.Integer()),
  startAt: Nullable(DateTime),
  dueAt: Nullable(DateTime),
  warnAt: Nullable(DateTime),
  metAt: Nullable(DateTime),
  warnedAt: Nullable(DateTime),
  breachedAt: Nullable(DateTime),
  escalatedAt: Nullable(DateTime),
  state: Type.Union([Type.Literal('none'), Type.Literal('running'), Type.Literal('paused'), Type.Literal('warned'), Type.Literal('breached'), Type.Literal('met'), Type.Literal('stopped')]),
});

export const TicketSlaView = Type.Object({
  ticketId: Id,
  policy: Type.Object({ policyId: Id, overrideIds: Type.Array(Id), channel: Type.String(), priority: Type.String(), tierCode: Nullable(Type.String()), warnAtPct: Type.Integer(), calendarId: Id, timeZone: Type.String() }),
  firstResponse: MetricView,
  nextResponse: MetricView,
  resolution: MetricView,
  pausedSince: Nullable(DateTime),
  pausedBusinessMs: Type.Integer(),
  escalationLevel: Type.Integer({ description: '0 none, 1 team lead, 2 supervisor, 3 manager' }),
  quality: Type.Object({ firstResponseMs: Nullable(Type.Integer()), resolutionMs: Nullable(Type.Integer()), resolutionBusinessMs: Nullable(Type.Integer()), reopenCount: Type.Integer() }),
  updatedAt: DateTime,
});
export type TicketSlaView = Static<typeof TicketSlaView>;

export const Notification = Type.Object({
  id: Id,
  kind: Type.String({ description: 'sla.warning | sla.breach | sla.escalation' }),
  ticketId: Nullable(Id),
  title: Type.String(),
  body: Type.String(),
  readAt: Nullable(DateTime),
  createdAt: DateTime,
});
export type Notification = Static<typeof Notification>;

export const NotificationListQuery = Type.Object({
  unread: Type.Optional(Type.Boolean()),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 512 })),
});
export type NotificationListQuery = Static<typeof NotificationListQuery>;

export const ReadAllResult = Type.Object({ read: Type.Integer({ minimum: 0, description: 'How many notifications were unread and are now read' }) });
