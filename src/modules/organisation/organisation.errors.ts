import type { ErrorSpec } from '../../platform/http/app-error';

export const organisationErrors = {
  store_not_found: { status: 404, title: 'Store not found' },
  store_code_taken: { status: 409, title: 'A store with this code already exists' },
  department_not_found: { status: 404, title: 'Department not found' },
  department_code_taken: { status: 409, title: 'A department with this code already exists' },
  department_not_empty: { status: 409, title: 'The department still has teams or users' },
  team_not_found: { status: 404, title: 'Team not found' },
  team_not_empty: { status: 409, title: 'The team still has users' },
  invalid_timezone: { status: 400, title: 'Unknown time zone' },
  invalid_opening_hours: { status: 400, title: 'Opening hours are not valid' },
} as const satisfies Record<string, ErrorSpec>;
