import type { ErrorSpec } from '../../platform/http/app-error';

/** Error codes of the membership module (each needs an `errors.<code>` string in web/src/i18n/modules/membership.*.json). */
export const membershipErrors = {
  member_not_found: { status: 404, title: 'No member matches this card, phone, email or id' },
  card_not_found: { status: 404, title: 'Member card not found' },
  card_number_taken: { status: 409, title: 'Another card already has this number' },
  invalid_card_number: { status: 400, title: 'A card number is 6 to 32 letters or digits' },
  card_state_conflict: { status: 409, title: 'The card cannot make this change in its current state' },
  card_store_invalid: { status: 400, title: 'The card store does not exist' },
  insufficient_balance: { status: 409, title: 'The balance is too low for this' },
  refund_exceeds_cash: { status: 409, title: 'A refund cannot exceed the cash balance' },
  idempotency_conflict: { status: 409, title: 'This idempotency key was used for a different request' },
  promotion_not_found: { status: 404, title: 'Top-up promotion not found' },
  package_product_not_found: { status: 404, title: 'Time package product not found' },
  package_product_inactive: { status: 409, title: 'This time package is not on sale' },
  invalid_package_window: { status: 400, title: 'A package window needs both start and end as HH:MM' },
  payment_method_required: { status: 400, title: 'Name the payment method for a payment at the desk' },
  invalid_date_range: { status: 400, title: 'The date range is invalid' },
} as const satisfies Record<string, ErrorSpec>;
