/** The kinds of customer event the platform understands (docs/api.md, "Events"). */
export const eventTypes = ['recharge', 'purchase', 'login', 'logout', 'play_session', 'level_up', 'visit', 'custom'] as const;
export type EventType = (typeof eventTypes)[number];

export const rechargeStatuses = ['paid', 'failed', 'refunded'] as const;
export type RechargeStatus = (typeof rechargeStatuses)[number];

export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && (eventTypes as readonly string[]).includes(value);
}
