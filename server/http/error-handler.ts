/**
 * The one place errors become answers: every failure — a use case's AppError, a domain rule,
 * schema validation, a body Fastify could not parse, an unknown route or a bug — is answered
 * as `application/problem+json` (RFC 9457) with a stable `code`, its status from
 * error-status.ts and a `detail` in the caller's language. Bugs are logged and answered
 * INTERNAL_ERROR with no stack.
 */

import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../app/app-errors.js';
import { type DomainError, isDomainError, type Language } from '../domain/errors.js';
import { type ErrorCode, errorStatus } from './error-status.js';
import { languageOf } from './language.js';
import {
  describeFieldErrors,
  type FieldError,
  fieldErrorsOf,
  type RequestPart,
} from './validation-errors.js';

/** The body of a problem answer. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: ErrorCode;
  readonly instance: string;
  readonly errors?: readonly FieldError[];
}

interface Classified {
  readonly error: AppError | DomainError;
  /** Overrides the table for Fastify's own 4xx errors that have no code of ours. */
  readonly status?: number;
  readonly errors?: readonly FieldError[];
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} B`;
}

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && typeof Reflect.get(error, 'statusCode') === 'number';
}

// Fastify's own failures (parsing, limits, validation) mapped to our codes; anything else is
// a bug and must not leak its message.
function classify(error: unknown, request: FastifyRequest, language: Language): Classified {
  if (error instanceof AppError || isDomainError(error)) return { error };
  if (!isFastifyError(error)) return { error: new AppError('INTERNAL_ERROR') };
  if (error.validation !== undefined) {
    const part = (error.validationContext ?? 'body') as RequestPart;
    const errors = fieldErrorsOf(error.validation, part, language);
    return {
      error: new AppError('VALIDATION_FAILED', { detail: describeFieldErrors(errors) }),
      errors,
    };
  }
  const status = error.statusCode ?? 500;
  const tooLarge = () =>
    new AppError('BODY_TOO_LARGE', { limit: formatBytes(request.routeOptions.bodyLimit ?? 0) });
  const unsupported = () =>
    new AppError('UNSUPPORTED_MEDIA_TYPE', { type: request.headers['content-type'] ?? '' });
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { error: new AppError('MALFORMED_JSON') };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { error: tooLarge() };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { error: unsupported() };
  }
  // The JSON parser's own refusals (e.g. a __proto__ key) are SyntaxErrors with status 400.
  if (error instanceof SyntaxError && status === 400) {
    return { error: new AppError('MALFORMED_JSON') };
  }
  // Plugins' own limits (e.g. multipart) carry the same statuses without our codes.
  if (status === 413) return { error: tooLarge() };
  if (status === 415) return { error: unsupported() };
  if (status === 429) return { error: new AppError('RATE_LIMITED', { seconds: 60 }) };
  if (status >= 400 && status < 500) {
    return { error: new AppError('VALIDATION_FAILED', { detail: error.message }), status };
  }
  return { error: new AppError('INTERNAL_ERROR') };
}

/** Sends a problem for `error` with the right status, headers and language. */
export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  error: unknown,
): FastifyReply {
  const language = languageOf(request);
  const classified = classify(error, request, language);
  const code = classified.error.code;
  const status = classified.status ?? errorStatus[code];
  if (status >= 500) request.log.error({ err: error }, 'unexpected error');
  const problem: Problem = {
    type: `urn:mesa:problem:${code}`,
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail: classified.error.messageIn(language),
    code,
    instance: request.url.split('?')[0] ?? request.url,
    ...(classified.errors !== undefined && { errors: classified.errors }),
  };
  if (status === 401) reply.header('www-authenticate', 'Bearer realm="mesa"');
  if (code === 'RATE_LIMITED' && classified.error instanceof AppError) {
    reply.header('retry-after', String(classified.error.params.seconds ?? 60));
  }
  // A use case's extensions go first: they never replace the standard members.
  const extensions = classified.error instanceof AppError ? classified.error.extensions : undefined;
  return reply
    .code(status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .send(extensions === undefined ? problem : { ...extensions, ...problem });
}

/** Installs the error handler and the ROUTE_NOT_FOUND answer for unknown routes. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => sendProblem(request, reply, error));
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      request,
      reply,
      new AppError('ROUTE_NOT_FOUND', {
        method: request.method,
        url: request.url.split('?')[0] ?? request.url,
      }),
    ),
  );
}
