import type { ProblemBody, ProblemFieldError } from './types';

/** A failed API call, parsed from an RFC 9457 problem body (or synthesised for network failures). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: ProblemFieldError[];
  /** Members of the problem body beyond the standard ones (e.g. `mergedInto`). */
  readonly extra: Record<string, unknown>;

  constructor(problem: Pick<ProblemBody, 'status' | 'code' | 'title' | 'detail' | 'errors'>, extra: Record<string, unknown> = {}) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.extra = extra;
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
    const body = JSON.parse(text) as Partial<ProblemBody> & Record<string, unknown>;
    if (body && typeof body.code === 'string') {
      const { type, title: _title, status: _status, detail: _detail, instance: _instance, code: _code, requestId: _requestId, errors: _errors, ...rest } = body;
      const extra: Record<string, unknown> = rest;
      // A member named `type` in the extras replaces the problem's URI (e.g. `type: 'phone'` of identity_taken): keep it as an extra.
      if (typeof type === 'string' && !type.includes(':')) extra.type = type;
      return new ApiError({
        status: typeof body.status === 'number' ? body.status : response.status,
        code: body.code,
        title: body.title ?? response.statusText,
        detail: body.detail,
        errors: Array.isArray(body.errors) ? body.errors : [],
      }, extra);
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
