/**
 * One line of `mesa sla batch`: a JSON object describing a ticket in, one JSON line out — its
 * deadlines, or a coded error so the batch can go on. Pure apart from the shared calendars.
 */

import type { Language } from '../domain/errors.js';
import {
  parseChannel,
  parseImpact,
  parseModality,
  parseService,
  type Service,
} from '../domain/sla/contract-terms.js';
import { computeTicketDeadlines, type TicketSlaInput } from '../domain/sla/ticket-deadlines.js';
import { parseInstant } from '../domain/time/instant.js';
import { CliError, describeError } from './cli-error.js';
import { deadlineInstantsJson } from './deadline-json.js';

type Id = string | number | null;
type JsonObject = Record<string, unknown>;

/**
 * The answer to one input line (without its newline), or undefined for a blank line, which
 * is skipped. Never throws: every problem becomes `{"id":…,"error":{"code","message"}}`.
 */
export function processBatchLine(line: string, lang: Language): string | undefined {
  if (line.trim() === '') return undefined;
  let id: Id = null;
  try {
    const record = parseObject(line);
    id = readId(record);
    const deadlines = computeTicketDeadlines(ticketInput(record));
    return JSON.stringify({ id, ...deadlineInstantsJson(deadlines) });
  } catch (error) {
    const { code, message } = describeError(error, lang);
    return JSON.stringify({ id, error: { code, message } });
  }
}

function parseObject(line: string): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new CliError('INVALID_JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliError('NOT_AN_OBJECT');
  }
  return value as JsonObject;
}

// Own properties only, and null counts as absent: producers often write optional fields as null.
function field(record: JsonObject, name: string): unknown {
  const value = Object.hasOwn(record, name) ? record[name] : undefined;
  return value === null ? undefined : value;
}

function required(record: JsonObject, name: string): unknown {
  const value = field(record, name);
  if (value === undefined) throw new CliError('MISSING_FIELD', { field: name });
  return value;
}

function readId(record: JsonObject): string | number {
  const id = required(record, 'id');
  if (typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id))) return id;
  throw new CliError('INVALID_FIELD', { field: 'id', expects: 'id' });
}

function instantField(name: string, value: unknown): number {
  if (typeof value !== 'string') {
    throw new CliError('INVALID_FIELD', { field: name, expects: 'instant' });
  }
  return parseInstant(value);
}

function servicesField(record: JsonObject): Service[] {
  const value = field(record, 'services');
  if (value === undefined) return ['support'];
  if (!Array.isArray(value) || value.length === 0) {
    throw new CliError('INVALID_FIELD', { field: 'services', expects: 'services' });
  }
  return value.map(parseService);
}

/** The domain input of a line; the domain parsers name each bad value with its own code. */
function ticketInput(record: JsonObject): TicketSlaInput {
  const modality = parseModality(required(record, 'modality'));
  const impact = parseImpact(required(record, 'impact'));
  const channel = parseChannel(required(record, 'channel'));
  const createdAt = instantField('createdAt', required(record, 'createdAt'));
  const waiting = field(record, 'waitingSince');
  return {
    modality,
    impact,
    channel,
    services: servicesField(record),
    createdAt,
    ...(waiting !== undefined && {
      waitingSince: instantField('waitingSince', waiting),
    }),
  };
}
