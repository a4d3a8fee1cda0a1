/**
 * A server problem placed next to the field it is about: VALIDATION_FAILED names its fields,
 * and a few stable codes belong to one field (WEAK_PASSWORD to the password, INVALID_EMAIL to
 * the e-mail…), so the page says which field and keeps the rest of what was typed.
 */

import { ApiError } from '../api/client';
import { type FieldErrors, serverFieldErrors } from './forms';

/** The field errors of `error`: its named fields, plus its detail under `codeFields[code]`. */
export function problemFieldErrors(
  error: unknown,
  codeFields: Readonly<Record<string, string>>,
): FieldErrors {
  const errors: Record<string, string | undefined> = { ...serverFieldErrors(error) };
  if (error instanceof ApiError) {
    const field = codeFields[error.code];
    if (field !== undefined) errors[field] = error.problem.detail;
  }
  return errors;
}

/** Whether `error` is a problem that one of `codeFields` already shows beside its field. */
export function shownBesideField(
  error: unknown,
  codeFields: Readonly<Record<string, string>>,
): boolean {
  return error instanceof ApiError && error.code in codeFields;
}
