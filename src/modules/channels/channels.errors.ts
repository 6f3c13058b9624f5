import type { ErrorSpec } from '../../platform/http/app-error';

/** Error codes of the webhook channels (docs/social-channels.md). */
export const channelsErrors = {
  channel_integration_not_found: { status: 404, title: 'Channel integration not found or paused' },
} as const satisfies Record<string, ErrorSpec>;
