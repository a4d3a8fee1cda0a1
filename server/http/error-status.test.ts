import { describe, expect, it } from 'vitest';
import { AppError, appErrorCodes } from '../app/app-errors.js';
import { domainErrorCodes } from '../domain/errors.js';
import { errorStatus } from './error-status.js';

describe('the error status table', () => {
  it('gives every code of both catalogues a 4xx or 5xx status', () => {
    for (const code of [...appErrorCodes, ...domainErrorCodes]) {
      expect(errorStatus[code], code).toBeGreaterThanOrEqual(400);
      expect(errorStatus[code], code).toBeLessThan(600);
    }
    expect(Object.keys(errorStatus).sort()).toEqual([...appErrorCodes, ...domainErrorCodes].sort());
  });

  it.each([
    ['ILLEGAL_TRANSITION', 409],
    ['DIAGNOSIS_REQUIRED', 409],
    ['CONCURRENT_UPDATE', 409],
    ['REASON_REQUIRED', 400],
    ['NO_ACTIVE_CONTRACT', 422],
    ['CHANGE_REQUIRES_MANAGED_SERVICE', 422],
    ['IDEMPOTENCY_KEY_REUSED', 422],
    ['INVALID_MODALITY', 400],
    ['NOT_FOUND', 404],
    ['FORBIDDEN', 403],
    ['UNAUTHENTICATED', 401],
    ['CSRF_TOKEN_INVALID', 403],
    ['TEST_CLOCK_BACKWARDS', 400],
    ['ATTACHMENT_TOO_LARGE', 413],
    ['ATTACHMENT_TYPE_NOT_ALLOWED', 415],
    ['RATE_LIMITED', 429],
    ['INTERNAL_ERROR', 500],
  ] as const)('%s → %i', (code, status) => {
    expect(errorStatus[code]).toBe(status);
  });

  it('has Spanish and English messages for the codes it adds', () => {
    const error = new AppError('INTERNAL_ERROR');
    expect(error.messageIn()).toContain('Error inesperado');
    expect(error.messageIn('en')).toContain('Unexpected server error');
  });
});
