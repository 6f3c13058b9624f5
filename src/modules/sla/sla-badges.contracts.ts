import { Type, type Static } from 'typebox';
import { DateTime, Id, Nullable } from '../../platform/http/schemas';

export const SlaBadgesQuery = Type.Object({
  ids: Type.String({ minLength: 36, maxLength: 100 * 37, pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(,[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})*$', description: 'Comma-separated ticket ids, at most 100' }),
});
export type SlaBadgesQuery = Static<typeof SlaBadgesQuery>;

export const SlaBadge = Type.Object({
  ticketId: Id,
  metric: Nullable(Type.Union([Type.Literal('firstResponse'), Type.Literal('nextResponse'), Type.Literal('resolution')])),
  dueAt: Nullable(DateTime),
  state: Type.Union([Type.Literal('breached'), Type.Literal('warning'), Type.Literal('running'), Type.Literal('none')], { description: 'none: no clock runs (met, stopped, paused or no policy)' }),
});
export type SlaBadge = Static<typeof SlaBadge>;

export const SlaBadges = Type.Object({ items: Type.Array(SlaBadge, { description: 'One per visible ticket asked for; tickets the caller may not see are left out' }) });
export type SlaBadges = Static<typeof SlaBadges>;
