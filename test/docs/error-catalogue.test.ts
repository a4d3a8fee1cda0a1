import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appErrorCodes } from '../../server/app/app-errors.js';
import { DomainError, domainErrorCodes } from '../../server/domain/errors.js';

describe('the error catalogue', () => {
  it('is documented in the README, code by code', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const code of [...domainErrorCodes, ...appErrorCodes]) {
      expect(readme, code).toContain(`\`${code}\``);
    }
  });

  it('speaks Spanish by default and English on request', () => {
    const error = new DomainError('INVALID_MODALITY', { value: '9x9' });
    expect(error.messageIn()).toContain('Modalidad desconocida');
    expect(error.messageIn('en')).toContain('Unknown modality');
  });
});
