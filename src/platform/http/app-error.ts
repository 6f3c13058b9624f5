import type { ErrorCode } from './error-catalog';

export interface ErrorSpec {
  status: number;
  title: string;
}

/** An expected failure with a stable code; the error handler turns it into problem+json. */
export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    detail?: string,
    /** Extra members for the problem body (e.g. `errors`, `retryAfter`). */
    public readonly extra: Record<string, unknown> = {},
  ) {
    super(detail ?? code);
    this.name = 'AppError';
  }
}
