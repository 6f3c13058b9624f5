import type { ErrorSpec } from '../../platform/http/app-error';

/** Error codes of the complaint process (docs/complaints.md). */
export const complaintsErrors = {
  complaint_not_found: { status: 404, title: 'This ticket has no complaint process' },
  complaint_exists: { status: 409, title: 'The ticket already has a complaint process' },
  complaint_step_out_of_order: { status: 409, title: 'This step is not the next one in the complaint process' },
  complaint_approval_required: { status: 403, title: 'Only a supervisor or manager decides on a major complaint\'s plan' },
  complaint_approval_not_needed: { status: 409, title: 'An ordinary complaint\'s plan needs no approval' },
} as const satisfies Record<string, ErrorSpec>;
