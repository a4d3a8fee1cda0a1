/** Request and response schemas of /outbox (the admins' view of e-mail). */

import { Type } from '@fastify/type-provider-typebox';
import { OUTBOX_STATUSES } from '../../../storage/outbox.store.js';
import {
  closedObject,
  InstantText,
  nullable,
  pageQueryProperties,
  pageSchema,
  stringEnum,
} from '../../schemas.js';

export const OutboxQuery = closedObject({
  status: Type.Optional(stringEnum(OUTBOX_STATUSES, 'Only messages in this state.')),
  ticketId: Type.Optional(Type.String({ maxLength: 100, description: 'Only this ticket’s.' })),
  ...pageQueryProperties,
});

export const OutboxMessageView = closedObject({
  id: Type.String(),
  messageId: Type.String({ description: 'The Message-ID header, stable across retries.' }),
  kind: Type.String({ description: 'The event, e.g. ticket_registered or status_update.' }),
  ticketId: nullable(Type.String()),
  recipient: closedObject({ name: Type.String(), email: Type.String() }),
  language: Type.String(),
  status: stringEnum(OUTBOX_STATUSES),
  attempts: Type.Integer(),
  nextAttemptAt: InstantText,
  lastError: nullable(Type.String()),
  createdAt: InstantText,
  sentAt: nullable(InstantText),
});

export const OutboxPage = pageSchema(OutboxMessageView);

export const OutboxOverviewView = closedObject({
  transport: stringEnum(['smtp', 'files'] as const, 'smtp (SMTP_URL) or .eml files.'),
  counts: closedObject({ pending: Type.Integer(), sent: Type.Integer(), failed: Type.Integer() }),
});
