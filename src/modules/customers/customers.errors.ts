import type { ErrorSpec } from '../../platform/http/app-error';

export const customersErrors = {
  customer_not_found: { status: 404, title: 'Customer not found' },
  customer_merged: { status: 409, title: 'The customer was merged into another profile' },
  customer_erased: { status: 409, title: 'The customer’s personal data was erased' },
  invalid_identity: { status: 400, title: 'The identity is not valid' },
  identity_taken: { status: 409, title: 'The identity belongs to another customer' },
  identity_not_found: { status: 404, title: 'Identity not found' },
  invalid_home_store: { status: 400, title: 'The home store does not exist' },
  invalid_custom_field: { status: 400, title: 'A custom field value is not valid' },
  custom_field_not_found: { status: 404, title: 'Custom field not found' },
  custom_field_key_taken: { status: 409, title: 'A custom field with this key already exists' },
  invalid_custom_field_options: { status: 400, title: 'Enum fields need distinct, non-empty options' },
  merge_into_itself: { status: 409, title: 'A customer cannot be merged into itself' },
  merge_source_unavailable: { status: 409, title: 'The customer to merge was already merged or erased' },
  saved_view_not_found: { status: 404, title: 'Saved view not found' },
  not_view_owner: { status: 403, title: 'Only the owner can change a saved view' },
} as const satisfies Record<string, ErrorSpec>;
