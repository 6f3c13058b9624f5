import type { ErrorSpec } from '../../platform/http/app-error';

/** Error codes of bug reports and known issues (docs/bug-reports.md). */
export const bugsErrors = {
  bug_report_not_found: { status: 404, title: 'This ticket is not a bug report' },
  known_issue_not_found: { status: 404, title: 'Known issue not found' },
  known_issue_fixed: { status: 409, title: 'The known issue is already fixed' },
} as const satisfies Record<string, ErrorSpec>;
