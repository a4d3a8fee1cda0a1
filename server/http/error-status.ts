/**
 * The one table from stable error codes to HTTP statuses. Typed over both catalogues, so a
 * code added to either fails to compile until it gets a status here.
 *
 * 400 the input is wrong · 401 no valid sign-in · 403 the role may not · 404 absent, or
 * another organization's · 409 conflicts with the current state · 413/415 size and type ·
 * 422 well-formed but the contract or the people involved do not allow it · 429 slow down.
 */

import type { AppErrorCode } from '../app/app-errors.js';
import type { DomainErrorCode } from '../domain/errors.js';

/** Every error code the API can answer. */
export type ErrorCode = AppErrorCode | DomainErrorCode;

/** The HTTP status of each error code. */
export const errorStatus: Readonly<Record<ErrorCode, number>> = {
  // use cases and HTTP
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  BODY_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  CSRF_TOKEN_INVALID: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  RATE_LIMITED: 429,
  EMAIL_TAKEN: 409,
  ORGANIZATION_NAME_TAKEN: 409,
  CLOSURE_DATE_TAKEN: 409,
  ORGANIZATION_REQUIRED: 422,
  STAFF_WITHOUT_ORGANIZATION: 422,
  INVALID_CONTRACT_PERIOD: 400,
  NO_ACTIVE_CONTRACT: 422,
  ASSIGNEE_NOT_STAFF: 422,
  REQUESTER_NOT_IN_ORGANIZATION: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  CONCURRENT_UPDATE: 409,
  INVALID_SEARCH_QUERY: 400,
  INVALID_CURSOR: 400,
  ATTACHMENT_TOO_LARGE: 413,
  ATTACHMENT_TYPE_NOT_ALLOWED: 415,
  INVALID_EMAIL: 400,
  WEAK_PASSWORD: 400,
  INVALID_ROLE: 400,
  INVALID_NAME: 400,
  SELF_LOCKOUT: 409,
  INTERNAL_ERROR: 500,
  TEST_CLOCK_BACKWARDS: 400,
  // domain
  INVALID_INSTANT: 400,
  INSTANT_WITHOUT_OFFSET: 400,
  YEAR_OUT_OF_RANGE: 400,
  INVALID_MODALITY: 400,
  INVALID_IMPACT: 400,
  INVALID_CHANNEL: 400,
  INVALID_SERVICE: 400,
  CHANGE_REQUIRES_MANAGED_SERVICE: 422,
  INVALID_DURATION: 400,
  INVALID_INTERVAL: 400,
  INVALID_TIME_ZONE: 400,
  INVALID_CALENDAR: 400,
  INVALID_DATE: 400,
  CALENDAR_NEVER_OPEN: 422,
  INVALID_LEVEL_TABLE: 400,
  ILLEGAL_TRANSITION: 409,
  DIAGNOSIS_REQUIRED: 409,
  REASON_REQUIRED: 400,
};
