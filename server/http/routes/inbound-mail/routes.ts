/**
 * /api/v1/inbound-mail: the e-mail mesa received and what became of it (issue 4), for staff —
 * above all the messages kept for an agent to review (`?outcome=review`), each readable and
 * downloadable as its original `.eml`.
 */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type {
  InboundMessageDetail,
  InboundMessageSummary,
} from '../../../app/mail/inbound-mail-log.service.js';
import type { Services } from '../../../app/services.js';
import { requireActor } from '../../auth/require-actor.js';
import { instantText, optionalInstantText } from '../../present.js';
import { problems } from '../../problem-schema.js';
import { IdParams } from '../../schemas.js';
import { InboundMailPage, InboundMailQuery, InboundMessageDetailView } from './schemas.js';

const tags = ['inbound-mail'];

function presentSummary(message: InboundMessageSummary) {
  return {
    id: message.id,
    messageId: message.messageId,
    sender: message.sender,
    senderName: message.senderName,
    envelopeFrom: message.envelopeFrom,
    recipients: [...message.recipients],
    subject: message.subject,
    receivedAt: instantText(message.receivedAt),
    outcome: message.status,
    reason: message.reason,
    explanation: message.explanation,
    ticketId: message.ticketId,
    ticketNumber: message.ticketNumber,
    details: message.details,
    rawSize: message.rawSize,
  };
}

function presentDetail(message: InboundMessageDetail) {
  const { content } = message;
  return {
    ...presentSummary(message),
    content:
      content === null
        ? null
        : {
            from: content.from,
            to: [...content.to],
            cc: [...content.cc],
            date: optionalInstantText(content.date),
            inReplyTo: [...content.inReplyTo],
            text: content.text,
            fullText: content.fullText,
            attachments: content.attachments.map((file) => ({ ...file })),
            oversizedAttachments: content.oversizedAttachments.map((file) => ({ ...file })),
            automatic: content.automatic,
          },
  };
}

/** The /inbound-mail routes. */
export function inboundMailRoutes(services: Services): FastifyPluginAsyncTypebox {
  const { inboundMailLog } = services;
  return async (app) => {
    app.get(
      '/inbound-mail',
      {
        schema: {
          tags,
          summary: 'Received e-mail, newest first (staff)',
          description:
            'What became of each message mesa received: attached, courtesy, follow_up, opened, ' +
            'review (kept for an agent, with a stable `reason` and its `explanation`) or ignored ' +
            '(auto-replies, bounces, lists). Customers get 403.',
          querystring: InboundMailQuery,
          response: { 200: InboundMailPage, ...problems(400, 401, 403) },
        },
      },
      async (request) => {
        const { outcome, ticketId, limit, cursor } = request.query;
        const page = await inboundMailLog.list(
          requireActor(request),
          { ...(outcome && { status: outcome }), ...(ticketId && { ticketId }) },
          { ...(limit !== undefined && { limit }), ...(cursor !== undefined && { cursor }) },
        );
        return { items: page.items.map(presentSummary), nextCursor: page.nextCursor };
      },
    );

    app.get(
      '/inbound-mail/:id',
      {
        schema: {
          tags,
          summary: 'One received e-mail and what it said (staff)',
          params: IdParams,
          response: { 200: InboundMessageDetailView, ...problems(401, 403, 404) },
        },
      },
      async (request) =>
        presentDetail(await inboundMailLog.get(requireActor(request), request.params.id)),
    );

    app.get(
      '/inbound-mail/:id/eml',
      {
        schema: {
          tags,
          summary: 'One received e-mail as its original .eml file (staff)',
          description: 'message/rfc822, always as a download; 401, 403 and 404 as problem+json.',
          params: IdParams,
        },
      },
      async (request, reply) => {
        const { message, content } = await inboundMailLog.eml(
          requireActor(request),
          request.params.id,
        );
        return reply
          .type('message/rfc822')
          .header('content-length', String(message.rawSize))
          .header('content-disposition', `attachment; filename="${message.id}.eml"`)
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('cache-control', 'private, no-store')
          .send(content);
      },
    );
  };
}
