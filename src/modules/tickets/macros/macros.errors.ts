import type { ErrorSpec } from '../../../platform/http/app-error';

/** Error codes of ticket macros (docs/agent-console.md). */
export const macrosErrors = {
  macro_not_found: { status: 404, title: 'Macro not found' },
  macro_forbidden: { status: 403, title: 'Shared macros are edited with tickets:manage; personal ones only by their owner' },
  invalid_macro_variable: { status: 400, title: 'The text uses a variable the console cannot fill' },
} as const satisfies Record<string, ErrorSpec>;
