/**
 * /api/v1/outbox: what mesa sent, what waits and what failed for good (issue 4), for admins.
 * Each message can be downloaded as the `.eml` it is — also without SMTP, where that file is
 * all that happens — and a failed one retried after its cause is fixed.
 */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { OutboxMessage } from '../../../app/notifications/outbox.service.js';
import type { Services } from '../../../app/services.js';
import { requireActor } from '../../auth/require-actor.js';
import { instantText } from '../../present.js';
import { problems } from '../../problem-schema.js';
import { IdParams } from '../../schemas.js';
import { OutboxMessageView, OutboxOverviewView, OutboxPage, OutboxQuery } from './schemas.js';

const tags = ['outbox'];

function presentMessage(message: OutboxMessage) {
  return {
    ...message,
    nextAttemptAt: instantText(message.nextAttemptAt),
    createdAt: instantText(message.createdAt),
    sentAt: message.sentAt === null ? null : instantText(message.sentAt),
  };
}

export function outboxRoutes(services: Services): FastifyPluginAsyncTypebox {
  const { outbox } = services;
  return async (app) => {
    app.get(
      '/outbox/overview',
      {
        schema: {
          tags,
          summary: 'How e-mail leaves, and how many messages are pending, sent or failed (admins)',
          response: { 200: OutboxOverviewView, ...problems(401, 403) },
        },
      },
      async (request) => outbox.overview(requireActor(request)),
    );

    app.get(
      '/outbox',
      {
        schema: {
          tags,
          summary: 'The e-mails, newest first (admins)',
          querystring: OutboxQuery,
          response: { 200: OutboxPage, ...problems(400, 401, 403) },
        },
      },
      async (request) => {
        const { status, ticketId, limit, cursor } = request.query;
        const page = await outbox.list(
          requireActor(request),
          { ...(status && { status }), ...(ticketId && { ticketId }) },
          { ...(limit !== undefined && { limit }), ...(cursor !== undefined && { cursor }) },
        );
        return { items: page.items.map(presentMessage), nextCursor: page.nextCursor };
      },
    );

    app.get(
      '/outbox/:id/eml',
      {
        schema: {
          tags,
          summary: 'One e-mail as an .eml file (admins)',
          params: IdParams,
        },
      },
      async (request, reply) => {
        const bytes = await outbox.eml(requireActor(request), request.params.id);
        // The id was found, so it is one of ours: safe in the header as it is.
        return reply
          .header('content-type', 'message/rfc822')
          .header('content-disposition', `attachment; filename="${request.params.id}.eml"`)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          .send(bytes);
      },
    );

    app.post(
      '/outbox/:id/retry',
      {
        schema: {
          tags,
          summary: 'Send a failed e-mail again (admins)',
          params: IdParams,
          response: { 200: OutboxMessageView, ...problems(401, 403, 404, 409) },
        },
      },
      async (request) => {
        const message = await outbox.retry(requireActor(request), request.params.id);
        services.mailDispatcher.kick();
        return presentMessage(message);
      },
    );
  };
}
