/** Request and response schemas of /inbound-mail (the staff's view of received e-mail). */

import { Type } from '@fastify/type-provider-typebox';
import { INBOUND_STATUSES } from '../../../app/mail/inbound-mail.js';
import {
  closedObject,
  InstantText,
  nullable,
  pageQueryProperties,
  pageSchema,
  stringEnum,
} from '../../schemas.js';

const Status = stringEnum(
  INBOUND_STATUSES,
  'attached, courtesy, follow_up, opened, review, ignored; received while being filed.',
);

export const InboundMailQuery = closedObject({
  outcome: Type.Optional(Status),
  ticketId: Type.Optional(Type.String({ maxLength: 100, description: 'Only this ticket’s.' })),
  ...pageQueryProperties,
});

const summaryProperties = {
  id: Type.String(),
  messageId: Type.String({
    description: 'The Message-ID header (derived from the bytes if none).',
  }),
  sender: Type.String({ description: 'The From address, lower-cased; empty when none.' }),
  senderName: Type.String(),
  envelopeFrom: nullable(Type.String({ description: 'MAIL FROM; null for <>.' })),
  recipients: Type.Array(Type.String(), { description: 'RCPT TO.' }),
  subject: Type.String({ description: 'One line, control characters removed.' }),
  receivedAt: InstantText,
  outcome: Status,
  reason: nullable(
    Type.String({ description: 'Stable code of why it was kept for review or ignored.' }),
  ),
  explanation: nullable(Type.String({ description: 'The reason in words.' })),
  ticketId: nullable(Type.String()),
  ticketNumber: nullable(Type.String()),
  details: Type.Record(Type.String(), Type.Unknown()),
  rawSize: Type.Integer({ description: 'Bytes of the original message.' }),
};

export const InboundMessageView = closedObject(summaryProperties);

export const InboundMailPage = pageSchema(InboundMessageView);

const Content = closedObject({
  from: nullable(closedObject({ address: Type.String(), name: Type.String() })),
  to: Type.Array(Type.String()),
  cc: Type.Array(Type.String()),
  date: nullable(InstantText),
  inReplyTo: Type.Array(Type.String()),
  text: Type.String({ description: 'The reply without quoted history and signature.' }),
  fullText: Type.String(),
  attachments: Type.Array(
    closedObject({
      fileName: Type.String(),
      contentType: Type.String(),
      size: Type.Integer(),
      inline: Type.Boolean(),
    }),
  ),
  oversizedAttachments: Type.Array(closedObject({ fileName: Type.String(), size: Type.Integer() })),
  automatic: nullable(Type.String()),
});

export const InboundMessageDetailView = closedObject({
  ...summaryProperties,
  content: nullable(Content),
});
