/**
 * User-facing failures of the CLI and how any thrown value becomes a code, a one-line message
 * and an exit status: 2 for user errors (bad arguments, domain rules), 1 for the unexpected.
 */

import { AppError } from '../app/app-errors.js';
import { SettingsError } from '../config/settings-error.js';
import { DomainError, isDomainError, type Language } from '../domain/errors.js';
import { BOGOTA } from '../domain/sla/contract-calendars.js';
import { formatInstant } from '../domain/time/instant.js';
import { type CliErrorCode, cliMessage } from './cli-messages.js';

/** Exit status of a bad argument or a broken domain rule. */
export const EXIT_USAGE = 2;
/** Exit status of an unexpected failure (a bug, unreadable input). */
export const EXIT_FAILURE = 1;

/** A problem with what the user typed or piped in, with a stable code. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly code: CliErrorCode,
    readonly params: Record<string, string> = {},
    readonly exitStatus: number = EXIT_USAGE,
  ) {
    super(cliMessage(code, params, 'en'));
  }

  /** The message in the requested language (Spanish by default). */
  messageIn(lang: Language = 'es'): string {
    return cliMessage(this.code, this.params, lang);
  }
}

/** A thrown value described for the user. */
export interface ErrorReport {
  readonly code: string;
  readonly message: string;
  readonly exitStatus: number;
}

/** Turns any thrown value into a code, a localized single-line message and an exit status. */
export function describeError(error: unknown, lang: Language): ErrorReport {
  if (error instanceof CliError) {
    return {
      code: error.code,
      message: oneLine(error.messageIn(lang)),
      exitStatus: error.exitStatus,
    };
  }
  if (error instanceof AppError) {
    return { code: error.code, message: oneLine(error.messageIn(lang)), exitStatus: EXIT_USAGE };
  }
  if (error instanceof SettingsError) {
    // The settings loader speaks English only; its problems join into the one line.
    const message = `Invalid environment settings: ${error.problems.join(' ')}`;
    return { code: error.code, message: oneLine(message), exitStatus: EXIT_USAGE };
  }
  if (isDomainError(error)) {
    const message = readableInstants(error).messageIn(lang);
    return { code: error.code, message: oneLine(message), exitStatus: EXIT_USAGE };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    code: 'INTERNAL_ERROR',
    message: oneLine(cliMessage('INTERNAL_ERROR', { detail }, lang)),
    exitStatus: EXIT_FAILURE,
  };
}

// The domain names INVALID_INTERVAL's instants in UTC (it knows no display zone); the user
// typed Bogota times, so show them in Bogota again.
function readableInstants(error: DomainError): DomainError {
  const { start, end } = error.params;
  const utc = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
  if (error.code !== 'INVALID_INTERVAL' || !utc.test(String(start)) || !utc.test(String(end))) {
    return error;
  }
  return new DomainError(error.code, {
    start: formatInstant(Date.parse(String(start)), BOGOTA),
    end: formatInstant(Date.parse(String(end)), BOGOTA),
  });
}

// A user value can carry a line break (e.g. --modality $'a\nb'); the error must stay one line.
function oneLine(text: string): string {
  return text.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}
