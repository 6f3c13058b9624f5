import { Alert } from '@mantine/core';

/** A form's failure message (already translated, e.g. from applyServerErrors); nothing when null. */
export function FormError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" role="alert">
      {message}
    </Alert>
  );
}
