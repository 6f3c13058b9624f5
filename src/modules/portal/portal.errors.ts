import type { ErrorSpec } from '../../platform/http/app-error';

/** Error codes of the public service portal (docs/service-portal.md). */
export const portalErrors = {
  portal_ticket_not_found: { status: 404, title: 'No ticket matches this link, or this email and ticket number' },
  portal_player_unidentified: { status: 400, title: 'Give a game account, phone or email that identifies the player' },
  portal_category_unavailable: { status: 400, title: 'There is no public form for this category' },
  recharge_claim_in_progress: { status: 409, title: 'A claim for this order is being filed right now: try again in a moment' },
  csat_not_open: { status: 409, title: 'Only a resolved or closed ticket can be rated' },
  csat_already_given: { status: 409, title: 'This resolution has already been rated' },
  attachment_empty: { status: 400, title: 'The file is empty' },
  attachment_too_large: { status: 413, title: 'The screenshot is larger than the limit (5 MB)' },
  attachment_type_not_allowed: { status: 415, title: 'Only PNG, JPEG, WebP or GIF images can be attached' },
} as const satisfies Record<string, ErrorSpec>;
