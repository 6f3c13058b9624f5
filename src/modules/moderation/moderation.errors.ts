import type { ErrorSpec } from '../../platform/http/app-error';

/** Error codes of player reports and sanctions (docs/moderation.md). */
export const moderationErrors = {
  player_report_not_found: { status: 404, title: 'Player report not found' },
  player_report_decided: { status: 409, title: 'This report has already been decided' },
  invalid_reporter: { status: 400, title: 'The reporter is not a known customer or game account' },
  invalid_sanction_terms: { status: 400, title: 'The sanction terms do not fit its kind' },
  sanction_not_found: { status: 404, title: 'Sanction not found' },
  sanction_revoked: { status: 409, title: 'The sanction has already been revoked' },
} as const satisfies Record<string, ErrorSpec>;
