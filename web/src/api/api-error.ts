import type { ProblemBody, ProblemFieldError } from './types';

/** A failed API call, parsed from an RFC 9457 problem body (or synthesised for network failures). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: ProblemFieldError[];

  constructor(problem: Pick<ProblemBody, 'status' | 'code' | 'title' | 'detail' | 'errors'>) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
  }

  /** Field errors keyed by the first segment of their JSON pointer (`/email` → `email`). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.errors) {
      const field = e.path.replace(/^\//, '').split('/')[0];
      if (field && !(field in out)) out[field] = e.message;
    }
    return out;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Builds an ApiError from a response that failed, whatever its body is. */
export async function apiErrorFrom(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as Partial<ProblemBody>;
    if (body && typeof body.code === 'string') {
      return new ApiError({
        status: typeof body.status === 'number' ? body.status : response.status,
        code: body.code,
        title: body.title ?? response.statusText,
        detail: body.detail,
        errors: Array.isArray(body.errors) ? body.errors : [],
      });
    }
  } catch {
    // not JSON: fall through
  }
  return new ApiError({ status: response.status, code: codeForStatus(response.status), title: response.statusText || 'Error' });
}

function codeForStatus(status: number): string {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'internal_error';
  return 'unknown_error';
}
