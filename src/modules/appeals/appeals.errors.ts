import type { ErrorSpec } from '../../platform/http/app-error';

/** Error codes of account appeals (docs/appeals.md). */
export const appealsErrors = {
  appeal_not_found: { status: 404, title: 'Appeal not found' },
  appeal_rate_limited: { status: 429, title: 'Too many appeals for this account: try again tomorrow' },
  appeal_decided: { status: 409, title: 'This appeal has already been approved or rejected' },
} as const satisfies Record<string, ErrorSpec>;
