import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './app-error';
import { errorSpec, type ErrorCode } from './error-catalog';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: ErrorCode;
  requestId: string;
  [extra: string]: unknown;
}

/** Builds an RFC 9457 problem body for a code. */
export function problemFor(
  code: ErrorCode,
  request: FastifyRequest,
  detail?: string,
  extra: Record<string, unknown> = {},
): Problem {
  const spec = errorSpec(code);
  // Extras come first: they add members, never replace the standard ones.
  return {
    ...extra,
    type: `urn:guildhall:error:${code}`,
    title: spec.title,
    status: spec.status,
    ...(detail && detail !== code ? { detail } : {}),
    instance: request.url.split('?')[0],
    code,
    requestId: request.id,
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type('application/problem+json').send(problem);
}

// Fastify's own error codes, mapped to ours: anything a caller did wrong is a 4xx.
const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation_failed',
  FST_ERR_CTP_EMPTY_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_TYPE: 'unsupported_media_type',
  FST_ERR_VALIDATION: 'validation_failed',
  FST_ERR_NOT_FOUND: 'not_found',
  FST_ERR_BAD_URL: 'not_found',
  FST_ERR_ASYNC_CONSTRAINT: 'validation_failed',
};

/** Maps any thrown error to a problem; unknown errors become 500 without internals. */
export function toProblem(error: unknown, request: FastifyRequest): Problem {
  if (error instanceof AppError) return problemFor(error.code, request, error.message, error.extra);
  const fe = error as FastifyError & { validation?: { instancePath: string; message?: string; params?: unknown }[] };
  if (fe.validation) {
    const errors = fe.validation.map((v) => ({
      in: fe.validationContext ?? 'body',
      path: v.instancePath || '/',
      message: v.message ?? 'is not valid',
      params: v.params,
    }));
    return problemFor('validation_failed', request, fe.message, { errors });
  }
  if (fe.code && fastifyCodes[fe.code]) return problemFor(fastifyCodes[fe.code]!, request, fe.message);
  if (fe.statusCode === 429) return problemFor('rate_limited', request, fe.message);
  // Other 4xx raised by plugins (e.g. a malformed cookie or header): keep the status class.
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return { ...problemFor('validation_failed', request, fe.message), status: fe.statusCode };
  }
  return problemFor('internal_error', request);
}
