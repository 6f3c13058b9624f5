import type { ErrorSpec } from '../http/app-error';

/** Error codes of webhook endpoints (docs/webhooks.md). */
export const webhooksErrors = {
  webhook_endpoint_not_found: { status: 404, title: 'Webhook endpoint not found' },
  invalid_webhook_url: { status: 400, title: 'The webhook URL must be an absolute http(s) URL' },
  invalid_webhook_signature: { status: 401, title: 'The webhook signature is missing, expired or wrong' },
} as const satisfies Record<string, ErrorSpec>;
