/**
 * Reads a payload back from the outbox's JSON. A stored payload may come from an older release
 * or a bug, so every field is checked and the first problem is named with its path; properties
 * the templates do not read are dropped (tolerant of additions, strict on what it uses).
 */

import { CodedError, type Messages } from '../../domain/coded-error.js';
import { CHANNELS, IMPACTS } from '../../domain/sla/contract-terms.js';
import { OUT_OF_SCOPE_CAUSES, TICKET_STATUSES } from '../../domain/ticket/ticket-vocabulary.js';
import { isNotificationKind, type NotificationKind } from './notification-kind.js';
import type {
  NotificationPayload,
  PayloadOf,
  RatingLinks,
  TicketClosure,
  TicketLink,
  TicketRef,
} from './notification-payload.js';

const messages: Messages = {
  es: (p) => `Datos de notificación inválidos (${p.kind}): ${p.path} debe ser ${p.expectedEs}.`,
  en: (p) => `Invalid notification payload (${p.kind}): ${p.path} must be ${p.expectedEn}.`,
};

/** A stored notification payload that no template can render; names the field and the problem. */
export class NotificationPayloadError extends CodedError<'INVALID_NOTIFICATION_PAYLOAD'> {
  override readonly name = 'NotificationPayloadError';
  constructor(
    readonly kind: string,
    readonly path: string,
    expected: Expectation,
  ) {
    super(
      'INVALID_NOTIFICATION_PAYLOAD',
      { kind, path, expectedEs: expected.es, expectedEn: expected.en },
      messages,
    );
  }
}

interface Expectation {
  readonly es: string;
  readonly en: string;
}

const EXPECT = {
  object: { es: 'un objeto', en: 'an object' },
  kind: { es: 'un tipo de notificación conocido', en: 'a known notification kind' },
  string: { es: 'un texto', en: 'a string' },
  nonEmpty: { es: 'un texto no vacío', en: 'a non-empty string' },
  ticketNumber: {
    es: 'un número de caso como OG-2026-000123',
    en: 'a ticket number like OG-2026-000123',
  },
  url: {
    es: 'una dirección http(s) absoluta sin espacios',
    en: 'an absolute http(s) address without spaces',
  },
  instant: {
    es: 'un instante en milisegundos desde 1970 (entero)',
    en: 'an instant in epoch milliseconds (an integer)',
  },
  instantOrNull: {
    es: 'un instante en milisegundos desde 1970 (entero) o null',
    en: 'an instant in epoch milliseconds (an integer) or null',
  },
  boolean: { es: 'true o false', en: 'true or false' },
  percent: { es: 'un porcentaje (un número mayor o igual a 0)', en: 'a percentage (a number ≥ 0)' },
  strings: { es: 'una lista de textos', en: 'a list of strings' },
  ratingLinks: {
    es: 'una lista de cinco direcciones http(s), de la calificación 1 a la 5',
    en: 'a list of five http(s) addresses, for ratings 1 to 5',
  },
  afterStart: { es: 'posterior a windowStart', en: 'later than windowStart' },
} as const satisfies Record<string, Expectation>;

function oneOf(values: readonly string[]): Expectation {
  return { es: `uno de: ${values.join(', ')}`, en: `one of: ${values.join(', ')}` };
}

const TICKET_NUMBER = /^[A-Z]{2,10}-\d{4}-\d{6,}$/;
// A link is written into an href and on a line of its own in the text part: no spaces or controls.
const NO_SPACES = /^[^\s\p{Cc}]+$/u;
// Intl formats instants within ±8.64e15 ms.
const MAX_INSTANT = 8.64e15;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `text` is an absolute http or https address that can go into an href as it is. */
export function isWebAddress(text: string): boolean {
  if (!NO_SPACES.test(text)) return false;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Reads the fields of one object, failing with the path of the first bad one. */
class Fields {
  constructor(
    private readonly value: Record<string, unknown>,
    private readonly path: string,
    private readonly kind: string,
  ) {}

  fail(name: string, expected: Expectation): never {
    throw new NotificationPayloadError(this.kind, `${this.path}.${name}`, expected);
  }

  string(name: string): string {
    const v = this.value[name];
    if (typeof v !== 'string') this.fail(name, EXPECT.string);
    return v;
  }

  nonEmpty(name: string): string {
    const v = this.value[name];
    if (typeof v !== 'string' || v.trim() === '') this.fail(name, EXPECT.nonEmpty);
    return v;
  }

  nullableString(name: string): string | null {
    return this.value[name] === null ? null : this.string(name);
  }

  ticketNumber(name: string): string {
    const v = this.value[name];
    if (typeof v !== 'string' || !TICKET_NUMBER.test(v)) this.fail(name, EXPECT.ticketNumber);
    return v;
  }

  url(name: string): string {
    const v = this.value[name];
    if (typeof v !== 'string' || !isWebAddress(v)) this.fail(name, EXPECT.url);
    return v;
  }

  instant(name: string): number {
    const v = this.value[name];
    if (!Number.isSafeInteger(v) || Math.abs(v as number) > MAX_INSTANT) {
      this.fail(name, EXPECT.instant);
    }
    return v as number;
  }

  nullableInstant(name: string): number | null {
    const v = this.value[name];
    if (v === null) return null;
    if (!Number.isSafeInteger(v) || Math.abs(v as number) > MAX_INSTANT) {
      this.fail(name, EXPECT.instantOrNull);
    }
    return v as number;
  }

  boolean(name: string): boolean {
    const v = this.value[name];
    if (typeof v !== 'boolean') this.fail(name, EXPECT.boolean);
    return v;
  }

  percent(name: string): number {
    const v = this.value[name];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) this.fail(name, EXPECT.percent);
    return v;
  }

  member<T extends string>(name: string, values: readonly T[]): T {
    const v = this.value[name];
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
      this.fail(name, oneOf(values));
    }
    return v as T;
  }

  strings(name: string): string[] {
    const v = this.value[name];
    if (!Array.isArray(v) || !v.every((item) => typeof item === 'string')) {
      this.fail(name, EXPECT.strings);
    }
    return [...(v as string[])];
  }

  ratingLinks(name: string): RatingLinks {
    const v = this.value[name];
    if (
      !Array.isArray(v) ||
      v.length !== 5 ||
      !v.every((item) => typeof item === 'string' && isWebAddress(item))
    ) {
      this.fail(name, EXPECT.ratingLinks);
    }
    const [one, two, three, four, five] = v as string[];
    return [one!, two!, three!, four!, five!];
  }

  object(name: string): Fields {
    const v = this.value[name];
    if (!isRecord(v)) this.fail(name, EXPECT.object);
    return new Fields(v, `${this.path}.${name}`, this.kind);
  }

  nullableObject(name: string): Fields | null {
    return this.value[name] === null ? null : this.object(name);
  }
}

function ticketRef(f: Fields): TicketRef {
  return {
    number: f.ticketNumber('number'),
    subject: f.string('subject'),
    impact: f.member('impact', IMPACTS),
    status: f.member('status', TICKET_STATUSES),
    link: f.url('link'),
  };
}

function ticketLink(f: Fields): TicketLink {
  return { number: f.ticketNumber('number'), link: f.url('link') };
}

function aboutTicket(f: Fields): { recipientName: string; ticket: TicketRef } {
  return { recipientName: f.string('recipientName'), ticket: ticketRef(f.object('ticket')) };
}

function withMessage(f: Fields): { authorName: string; body: string; attachmentNames: string[] } {
  return {
    authorName: f.string('authorName'),
    body: f.string('body'),
    attachmentNames: f.strings('attachmentNames'),
  };
}

function staffAlert(f: Fields) {
  return {
    ...aboutTicket(f),
    organizationName: f.string('organizationName'),
    assigneeName: f.nullableString('assigneeName'),
  };
}

function closure(f: Fields): TicketClosure {
  const resolution = f.member('resolution', ['accepted', 'out_of_scope'] as const);
  if (resolution === 'accepted') return { resolution };
  const cause = f.member('cause', OUT_OF_SCOPE_CAUSES);
  return { resolution, cause, reason: f.nullableString('reason') };
}

// Each reader names its return type so a field added to or removed from a payload type
// fails to compile here until the reader follows.
const readers: { readonly [K in NotificationKind]: (f: Fields) => PayloadOf<K> } = {
  ticket_registered: (f): PayloadOf<'ticket_registered'> => ({
    kind: 'ticket_registered',
    ...aboutTicket(f),
    description: f.string('description'),
    registeredAt: f.instant('registeredAt'),
    clockStartsAt: f.instant('clockStartsAt'),
    firstResponseDueAt: f.instant('firstResponseDueAt'),
    callTheCenter: f.boolean('callTheCenter'),
  }),
  ticket_registered_staff: (f): PayloadOf<'ticket_registered_staff'> => {
    const previous = f.nullableObject('previousTicket');
    return {
      kind: 'ticket_registered_staff',
      ...aboutTicket(f),
      organizationName: f.string('organizationName'),
      requesterName: f.string('requesterName'),
      channel: f.member('channel', CHANNELS),
      description: f.string('description'),
      registeredAt: f.instant('registeredAt'),
      clockStartsAt: f.instant('clockStartsAt'),
      firstResponseDueAt: f.instant('firstResponseDueAt'),
      previousTicket: previous === null ? null : ticketLink(previous),
    };
  },
  diagnosis: (f): PayloadOf<'diagnosis'> => ({
    kind: 'diagnosis',
    ...aboutTicket(f),
    ...withMessage(f),
    nextUpdateDueAt: f.nullableInstant('nextUpdateDueAt'),
  }),
  information_requested: (f): PayloadOf<'information_requested'> => ({
    kind: 'information_requested',
    ...aboutTicket(f),
    ...withMessage(f),
    request: f.member('request', ['information', 'tests'] as const),
    warningAt: f.instant('warningAt'),
    autoCloseAt: f.instant('autoCloseAt'),
    firstResponsePaused: f.boolean('firstResponsePaused'),
  }),
  customer_answered: (f): PayloadOf<'customer_answered'> => ({
    kind: 'customer_answered',
    ...aboutTicket(f),
    ...withMessage(f),
    firstResponseDueAt: f.nullableInstant('firstResponseDueAt'),
    nextUpdateDueAt: f.nullableInstant('nextUpdateDueAt'),
  }),
  status_update: (f): PayloadOf<'status_update'> => ({
    kind: 'status_update',
    ...aboutTicket(f),
    lastUpdateAt: f.nullableInstant('lastUpdateAt'),
    firstResponseDueAt: f.nullableInstant('firstResponseDueAt'),
    nextUpdateDueAt: f.instant('nextUpdateDueAt'),
  }),
  no_response_warning: (f): PayloadOf<'no_response_warning'> => ({
    kind: 'no_response_warning',
    ...aboutTicket(f),
    waitingSince: f.instant('waitingSince'),
    autoCloseAt: f.instant('autoCloseAt'),
  }),
  closed_no_response: (f): PayloadOf<'closed_no_response'> => ({
    kind: 'closed_no_response',
    ...aboutTicket(f),
    closedAt: f.instant('closedAt'),
  }),
  solution_proposed: (f): PayloadOf<'solution_proposed'> => ({
    kind: 'solution_proposed',
    ...aboutTicket(f),
    ...withMessage(f),
    warningAt: f.instant('warningAt'),
    autoCloseAt: f.instant('autoCloseAt'),
  }),
  ticket_closed: (f): PayloadOf<'ticket_closed'> => ({
    kind: 'ticket_closed',
    ...aboutTicket(f),
    closedAt: f.instant('closedAt'),
    closure: closure(f.object('closure')),
  }),
  follow_up_opened: (f): PayloadOf<'follow_up_opened'> => ({
    kind: 'follow_up_opened',
    ...aboutTicket(f),
    previousTicket: ticketLink(f.object('previousTicket')),
    body: f.string('body'),
    firstResponseDueAt: f.instant('firstResponseDueAt'),
  }),
  first_response_near: (f): PayloadOf<'first_response_near'> => ({
    kind: 'first_response_near',
    ...staffAlert(f),
    percentUsed: f.percent('percentUsed'),
    firstResponseDueAt: f.instant('firstResponseDueAt'),
  }),
  first_response_breached: (f): PayloadOf<'first_response_breached'> => ({
    kind: 'first_response_breached',
    ...staffAlert(f),
    firstResponseDueAt: f.instant('firstResponseDueAt'),
  }),
  update_overdue: (f): PayloadOf<'update_overdue'> => ({
    kind: 'update_overdue',
    ...staffAlert(f),
    nextUpdateDueAt: f.instant('nextUpdateDueAt'),
    lastUpdateAt: f.nullableInstant('lastUpdateAt'),
  }),
  agent_reply: (f): PayloadOf<'agent_reply'> => ({
    kind: 'agent_reply',
    ...aboutTicket(f),
    ...withMessage(f),
  }),
  satisfaction_request: (f): PayloadOf<'satisfaction_request'> => ({
    kind: 'satisfaction_request',
    ...aboutTicket(f),
    ratingLinks: f.ratingLinks('ratingLinks'),
  }),
  password_reset: (f): PayloadOf<'password_reset'> => ({
    kind: 'password_reset',
    recipientName: f.string('recipientName'),
    resetLink: f.url('resetLink'),
    expiresAt: f.instant('expiresAt'),
  }),
  maintenance_reminder: (f): PayloadOf<'maintenance_reminder'> => {
    const windowStart = f.instant('windowStart');
    const windowEnd = f.instant('windowEnd');
    if (windowEnd <= windowStart) f.fail('windowEnd', EXPECT.afterStart);
    return {
      kind: 'maintenance_reminder',
      recipientName: f.string('recipientName'),
      organizationName: f.string('organizationName'),
      windowStart,
      windowEnd,
      equipment: f.strings('equipment'),
      link: f.url('link'),
    };
  },
};

/**
 * The payload of an outbox row (already JSON-parsed), checked field by field; throws
 * NotificationPayloadError (INVALID_NOTIFICATION_PAYLOAD) naming the first bad field.
 */
export function parseNotificationPayload(json: unknown): NotificationPayload {
  if (!isRecord(json)) throw new NotificationPayloadError('?', '$', EXPECT.object);
  const kind = json.kind;
  if (!isNotificationKind(kind)) {
    throw new NotificationPayloadError(String(kind).slice(0, 60), '$.kind', EXPECT.kind);
  }
  return readers[kind](new Fields(json, '$', kind));
}
