/**
 * Request and response schemas of the ticket endpoints (TypeBox → JSON Schema → OpenAPI).
 * Objects refuse unknown fields; instants are ISO 8601 strings with their offset, answered in
 * America/Bogota.
 */

import { type Static, type TSchema, Type } from '@fastify/type-provider-typebox';
import { CHANNELS, IMPACTS } from '../../../domain/sla/contract-terms.js';
import {
  CHECKLIST_ANSWERS,
  CHECKLIST_ITEMS,
  MESSAGE_KINDS,
  OUT_OF_SCOPE_CAUSES,
  RESOLUTIONS,
  TICKET_STATUSES,
} from '../../../domain/ticket/ticket-vocabulary.js';
import { stringEnum } from '../../schemas.js';

const strict = { additionalProperties: false } as const;
const union = stringEnum;

export const Instant = Type.String({
  description: 'ISO 8601 instant with offset, e.g. 2026-03-20T09:15:30-05:00',
  examples: ['2026-03-20T09:15:30-05:00'],
});
const NullableInstant = Type.Union([Instant, Type.Null()]);
const Id = Type.String({ description: 'Identifier (UUID)', maxLength: 64 });

export const TicketIdParams = Type.Object({ id: Type.String({ maxLength: 64 }) }, strict);
export const AttachmentParams = Type.Object(
  { id: Type.String({ maxLength: 64 }), attachmentId: Type.String({ maxLength: 64 }) },
  strict,
);

export const ChecklistEntry = Type.Object(
  {
    item: union(CHECKLIST_ITEMS, 'Checklist item of SPEC §7'),
    answer: union(CHECKLIST_ANSWERS),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  strict,
);

export const RegisterTicketBody = Type.Object(
  {
    subject: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.String({ minLength: 1, maxLength: 20_000 }),
    impact: union(IMPACTS, 'Impact level (SPEC §4)'),
    checklist: Type.Optional(Type.Array(ChecklistEntry, { maxItems: CHECKLIST_ITEMS.length })),
    organizationId: Type.Optional(Id),
    requesterId: Type.Optional(Id),
    channel: Type.Optional(union(CHANNELS)),
    reportedAt: Type.Optional(Instant),
  },
  strict,
);
export type RegisterTicketBody = Static<typeof RegisterTicketBody>;

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
});

export const PostMessageBody = Type.Object(
  {
    kind: union(
      MESSAGE_KINDS,
      'reply (public), note (internal), diagnosis, info_request, test_request, solution',
    ),
    body: Type.String({ minLength: 1, maxLength: 20_000 }),
  },
  strict,
);

/** Accepting takes no fields; an empty object (or no body) is fine. */
export const AcceptBody = Type.Object({}, strict);

export const RejectBody = Type.Object(
  { reason: Type.Optional(Type.String({ maxLength: 2000 })) },
  strict,
);

export const CloseBody = Type.Object(
  {
    resolution: Type.Literal('out_of_scope'),
    reason: Type.String({ minLength: 1, maxLength: 2000 }),
    cause: Type.Optional(union(OUT_OF_SCOPE_CAUSES)),
  },
  strict,
);

export const AssignBody = Type.Object({ assigneeId: Type.Union([Id, Type.Null()]) }, strict);

/** A repeated query parameter (`status=new&status=in_progress`) or a single one. */
const oneOrMany = <T extends TSchema>(item: T) =>
  Type.Union([item, Type.Array(item, { maxItems: 10 })]);

const ListOf = <T extends ReturnType<typeof Type.Object>>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });

export const ListTicketsQuery = Type.Object(
  {
    status: Type.Optional(oneOrMany(union(TICKET_STATUSES))),
    organizationId: Type.Optional(Id),
    assignee: Type.Optional(
      Type.String({ maxLength: 64, description: 'A user id, `me` or `none`' }),
    ),
    requester: Type.Optional(
      Type.String({
        maxLength: 64,
        description: 'A user id or `me`: only the tickets that user requested ("Mis casos")',
      }),
    ),
    impact: Type.Optional(oneOrMany(union(IMPACTS))),
    breached: Type.Optional(union(['true', 'false'])),
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: 'Full-text search: words, "a phrase", prefix*',
      }),
    ),
    limit: Type.Optional(
      Type.String({ pattern: '^[0-9]{1,3}$', description: '1–100, default 50' }),
    ),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
  },
  strict,
);

export const TicketSla = Type.Object({
  calendar: Type.String(),
  clockStartsAt: Instant,
  firstResponseDueAt: NullableInstant,
  firstRespondedAt: NullableInstant,
  firstResponseMinutesLeft: Type.Union([Type.Number(), Type.Null()]),
  nextUpdateDueAt: NullableInstant,
  warningAt: NullableInstant,
  autoCloseAt: NullableInstant,
  nextDeadlineAt: NullableInstant,
  breached: Type.Boolean({ description: 'The first response is late (or was answered late)' }),
  updateOverdue: Type.Boolean(),
});

const ticketSummaryProperties = {
  id: Type.String(),
  number: Type.String({ examples: ['OG-2026-000123'] }),
  subject: Type.String(),
  impact: Type.String(),
  channel: Type.String(),
  status: union(TICKET_STATUSES),
  resolution: Type.Union([union(RESOLUTIONS), Type.Null()]),
  organizationId: Type.String(),
  requesterId: Type.String(),
  assigneeId: Type.Union([Type.String(), Type.Null()]),
  reportedAt: Instant,
  createdAt: Instant,
  updatedAt: Instant,
  closedAt: NullableInstant,
  sla: TicketSla,
};

export const TicketSummary = Type.Object(ticketSummaryProperties);

export const Message = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  body: Type.String(),
  public: Type.Boolean(),
  authorId: Type.Union([Type.String(), Type.Null()]),
  createdAt: Instant,
});

export const AttachmentView = Type.Object({
  id: Type.String(),
  messageId: Type.Union([Type.String(), Type.Null()]),
  fileName: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
  public: Type.Boolean(),
  uploadedBy: Type.String(),
  createdAt: Instant,
  url: Type.String(),
});

export const PhoneNumberView = Type.Object({
  label: Type.String(),
  phone: Type.String(),
});

export const CallTheCenter = Type.Object({
  message: Type.String(),
  phoneNumbers: Type.Array(PhoneNumberView),
});

export const TicketDetail = Type.Object({
  ...ticketSummaryProperties,
  description: Type.String(),
  contractId: Type.String(),
  checklist: Type.Union([Type.Array(ChecklistEntry), Type.Null()]),
  previousTicketId: Type.Union([Type.String(), Type.Null()]),
  closeReason: Type.Union([Type.String(), Type.Null()]),
  closeCause: Type.Union([Type.String(), Type.Null()]),
  messages: Type.Array(Message),
  attachments: Type.Array(AttachmentView),
});

export const RegisteredTicket = Type.Object({
  ...ticketSummaryProperties,
  callTheCenter: Type.Union([CallTheCenter, Type.Null()]),
});

export const TicketList = ListOf(TicketSummary);

export const MessagePosted = Type.Object({
  message: Type.Optional(Message),
  ticket: TicketSummary,
  /** Set when a reply to a closed ticket opened a new one. */
  newTicket: Type.Optional(Type.Object({ id: Type.String(), number: Type.String() })),
  courtesy: Type.Optional(Type.Boolean()),
});

export const HistoryView = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      action: Type.String(),
      actorId: Type.Union([Type.String(), Type.Null()]),
      changes: Type.Record(Type.String(), Type.Unknown()),
      createdAt: Instant,
    }),
  ),
});

const Span = Type.Object({ start: Instant, end: Instant, minutes: Type.Number() });
const Skipped = Type.Object({
  start: Instant,
  end: Instant,
  reason: Type.String(),
  label: Type.String(),
});
export const ExplanationView = Type.Object({
  from: Instant,
  to: Instant,
  countedMinutes: Type.Number(),
  counted: Type.Array(Span),
  skipped: Type.Array(Skipped),
});
export const SlaExplainView = Type.Object({
  ticket: Type.Object({ id: Type.String(), number: Type.String() }),
  firstResponse: ExplanationView,
  notifications: Type.Array(ExplanationView),
  warning: Type.Optional(ExplanationView),
  autoClose: Type.Optional(ExplanationView),
});
