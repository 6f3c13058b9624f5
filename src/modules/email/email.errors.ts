import type { ErrorSpec } from '../../platform/http/app-error';

/** Error codes of the email channel (docs/email-channel.md). */
export const emailErrors = {
  attachment_not_found: { status: 404, title: 'Attachment not found' },
} as const satisfies Record<string, ErrorSpec>;
