/**
 * /api/v1/tickets: register, list and search, read, the lifecycle actions of SPEC §5, history,
 * "why is it due then?" and attachments. Handlers translate HTTP to use cases and back; the
 * rules live in server/app/tickets.
 */

import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../../app/app-errors.js';
import type { Services } from '../../../app/services.js';
import { MAX_ATTACHMENT_BYTES } from '../../../app/tickets/attachment.js';
import { parseInstant } from '../../../domain/time/instant.js';
import { requireActor } from '../../auth/require-actor.js';
import { ProblemResponses } from '../../problem-schema.js';
import {
  bogota,
  presentAttachment,
  presentCallTheCenter,
  presentExplanation,
  presentMessage,
  presentTicketDetail,
  presentTicketSummary,
} from './presenter.js';
import {
  AcceptBody,
  AssignBody,
  AttachmentParams,
  AttachmentView,
  CloseBody,
  HistoryView,
  IdempotencyHeaders,
  ListTicketsQuery,
  MessagePosted,
  PostMessageBody,
  RegisteredTicket,
  RegisterTicketBody,
  RejectBody,
  SlaExplainView,
  TicketDetail,
  TicketIdParams,
  TicketList,
  TicketSummary,
} from './schemas.js';

const tags = ['tickets'];

function asList<T>(value: T | readonly T[] | undefined): readonly T[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

/** Actions whose fields are all optional may be posted without a body at all. */
async function bodyDefaultsToEmpty(request: FastifyRequest): Promise<void> {
  if (request.body === undefined || request.body === null) request.body = {};
}

/** The ticket routes, to register under /api/v1. */
export function ticketRoutes(services: Services): FastifyPluginAsyncTypebox {
  const { tickets, ticketQueries, attachments } = services;
  const now = () => services.deps.clock.now();

  return async (app) => {
    app.post(
      '/tickets',
      {
        schema: {
          tags,
          summary:
            'Register a ticket (customers: web; staff: on a customer’s behalf, e.g. a phone call)',
          headers: IdempotencyHeaders,
          body: RegisterTicketBody,
          response: { 201: RegisteredTicket, ...ProblemResponses },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const { reportedAt, ...rest } = request.body;
        const registered = await tickets.register(
          actor,
          {
            ...rest,
            ...(reportedAt === undefined ? {} : { reportedAt: parseInstant(reportedAt) }),
          },
          request.headers['idempotency-key'],
        );
        if (registered.replayed) reply.header('idempotent-replayed', 'true');
        reply.header('location', `/api/v1/tickets/${registered.ticket.id}`);
        return reply.code(201).send(
          Object.assign(presentTicketSummary(registered.ticket, now()), {
            callTheCenter: presentCallTheCenter(registered.callTheCenter, actor.language),
          }),
        );
      },
    );

    app.get(
      '/tickets',
      {
        schema: {
          tags,
          summary:
            'The queue (nearest deadline first) or, with q, a full-text search (newest first)',
          querystring: ListTicketsQuery,
          response: { 200: TicketList, ...ProblemResponses },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const query = request.query;
        const statuses = asList(query.status);
        const impacts = asList(query.impact);
        const limit = query.limit === undefined ? 50 : Number(query.limit);
        if (limit < 1 || limit > 100) {
          throw new AppError('VALIDATION_FAILED', { detail: 'limit must be between 1 and 100' });
        }
        const page = await ticketQueries.list(actor, {
          limit,
          ...(statuses ? { statuses } : {}),
          ...(impacts ? { impacts } : {}),
          ...(query.organizationId === undefined ? {} : { organizationId: query.organizationId }),
          ...(query.assignee === undefined ? {} : { assignee: query.assignee }),
          ...(query.requester === undefined ? {} : { requester: query.requester }),
          ...(query.breached === undefined ? {} : { breached: query.breached === 'true' }),
          ...(query.q === undefined ? {} : { q: query.q }),
          ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
        });
        return {
          items: page.tickets.map((ticket) => presentTicketSummary(ticket, page.now)),
          nextCursor: page.nextCursor,
        };
      },
    );

    app.get(
      '/tickets/:id',
      {
        schema: {
          tags,
          summary: 'A ticket with its messages, attachments and SLA',
          params: TicketIdParams,
          response: { 200: TicketDetail, ...ProblemResponses },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { ticket, messages, now: at } = await ticketQueries.get(actor, request.params.id);
        const files = await attachments.listOf(actor, ticket);
        return presentTicketDetail(ticket, messages, files, at);
      },
    );

    app.post(
      '/tickets/:id/messages',
      {
        schema: {
          tags,
          summary:
            'A message: reply, note (staff, internal), diagnosis, info_request, test_request, solution. A customer reply to a closed ticket opens a new linked ticket.',
          params: TicketIdParams,
          body: PostMessageBody,
          response: { 201: MessagePosted, ...ProblemResponses },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const outcome = await tickets.postMessage(actor, request.params.id, request.body);
        const at = now();
        if (outcome.kind === 'new_ticket') {
          reply.header('location', `/api/v1/tickets/${outcome.newTicket.id}`);
          return reply.code(201).send({
            ticket: presentTicketSummary(outcome.ticket, at),
            newTicket: { id: outcome.newTicket.id, number: outcome.newTicket.number },
          });
        }
        return reply.code(201).send({
          message: presentMessage(outcome.message),
          ticket: presentTicketSummary(outcome.ticket, at),
          ...(outcome.kind === 'courtesy' ? { courtesy: true } : {}),
        });
      },
    );

    app.post(
      '/tickets/:id/accept',
      {
        preValidation: bodyDefaultsToEmpty,
        schema: {
          tags,
          summary: 'Accept the proposed solution: closed as accepted',
          params: TicketIdParams,
          body: AcceptBody,
          response: { 200: TicketSummary, ...ProblemResponses },
        },
      },
      async (request) =>
        presentTicketSummary(await tickets.accept(requireActor(request), request.params.id), now()),
    );

    app.post(
      '/tickets/:id/reject',
      {
        preValidation: bodyDefaultsToEmpty,
        schema: {
          tags,
          summary: 'Reject the proposed solution: back to the center',
          params: TicketIdParams,
          body: RejectBody,
          response: { 200: TicketSummary, ...ProblemResponses },
        },
      },
      async (request) => {
        const reason = request.body.reason;
        const ticket = await tickets.reject(requireActor(request), request.params.id, reason);
        return presentTicketSummary(ticket, now());
      },
    );

    app.post(
      '/tickets/:id/close',
      {
        schema: {
          tags,
          summary: 'Close as out of scope (staff), with a written reason',
          params: TicketIdParams,
          body: CloseBody,
          response: { 200: TicketSummary, ...ProblemResponses },
        },
      },
      async (request) => {
        const { reason, cause } = request.body;
        const ticket = await tickets.closeAsOutOfScope(requireActor(request), request.params.id, {
          reason,
          ...(cause === undefined ? {} : { cause }),
        });
        return presentTicketSummary(ticket, now());
      },
    );

    app.post(
      '/tickets/:id/assign',
      {
        schema: {
          tags,
          summary: 'Assign to a staff member (null unassigns)',
          params: TicketIdParams,
          body: AssignBody,
          response: { 200: TicketSummary, ...ProblemResponses },
        },
      },
      async (request) => {
        const ticket = await tickets.assign(
          requireActor(request),
          request.params.id,
          request.body.assigneeId,
        );
        return presentTicketSummary(ticket, now());
      },
    );

    app.get(
      '/tickets/:id/history',
      {
        schema: {
          tags,
          summary: 'Every change: who, what, when',
          params: TicketIdParams,
          response: { 200: HistoryView, ...ProblemResponses },
        },
      },
      async (request) => {
        const entries = await ticketQueries.history(requireActor(request), request.params.id);
        return {
          items: entries.map((entry) => ({
            id: entry.id,
            action: entry.action,
            actorId: entry.actorId,
            changes: { ...entry.changes },
            createdAt: bogota(entry.createdAt),
          })),
        };
      },
    );

    app.get(
      '/tickets/:id/sla/explain',
      {
        schema: {
          tags,
          summary: 'Why is it due then? The counted and skipped spans behind each deadline',
          params: TicketIdParams,
          response: { 200: SlaExplainView, ...ProblemResponses },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { ticket, explanations } = await ticketQueries.explain(actor, request.params.id);
        const lang = actor.language;
        return {
          ticket: { id: ticket.id, number: ticket.number },
          firstResponse: presentExplanation(explanations.firstResponse, lang),
          notifications: explanations.notifications.map((e) => presentExplanation(e, lang)),
          ...(explanations.warning
            ? { warning: presentExplanation(explanations.warning, lang) }
            : {}),
          ...(explanations.autoClose
            ? { autoClose: presentExplanation(explanations.autoClose, lang) }
            : {}),
        };
      },
    );

    // Multipart parsing only where a file is uploaded: the plugin adds an onRequest and an
    // onResponse hook to every route of the scope it is registered in, which cost every other
    // ticket route (a GET /tickets/{id} among them) two async hooks and a listener each.
    const uploadRoute: FastifyPluginAsyncTypebox = async (upload) => {
      await upload.register(multipart, {
        limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 2, parts: 3 },
      });

      upload.post(
        '/tickets/:id/attachments',
        {
          schema: {
            tags,
            summary:
              'Attach a file (multipart/form-data: optional field messageId, then the file); 10 MiB at most',
            params: TicketIdParams,
            consumes: ['multipart/form-data'],
            response: { 201: AttachmentView, ...ProblemResponses },
          },
        },
        async (request, reply) => {
          const actor = requireActor(request);
          if (!request.isMultipart()) {
            throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
              type: request.headers['content-type'] ?? 'none',
            });
          }
          let messageId: string | undefined;
          for await (const part of request.parts()) {
            if (part.type === 'field') {
              if (part.fieldname === 'messageId' && typeof part.value === 'string')
                messageId = part.value;
              continue;
            }
            const attachment = await attachments.upload(actor, request.params.id, {
              fileName: part.filename,
              contentType: part.mimetype,
              content: part.file,
              ...(messageId === undefined ? {} : { messageId }),
            });
            if (part.file.truncated)
              throw new AppError('ATTACHMENT_TOO_LARGE', { limit: '10 MiB' });
            return reply.code(201).send(presentAttachment(attachment));
          }
          throw new AppError('VALIDATION_FAILED', { detail: 'a file part is required' });
        },
      );
    };
    await app.register(uploadRoute);

    app.get(
      '/tickets/:id/attachments',
      {
        schema: {
          tags,
          summary: 'The files of a ticket the caller may see',
          params: TicketIdParams,
          response: {
            200: Type.Object({ items: Type.Array(AttachmentView) }),
            ...ProblemResponses,
          },
        },
      },
      async (request) => {
        const files = await attachments.list(requireActor(request), request.params.id);
        return { items: files.map(presentAttachment) };
      },
    );

    app.get(
      '/tickets/:id/attachments/:attachmentId',
      {
        schema: {
          tags,
          summary: 'Download a file (always as an attachment, never rendered)',
          params: AttachmentParams,
        },
      },
      async (request, reply) => {
        const { attachment, content } = await attachments.open(
          requireActor(request),
          request.params.id,
          request.params.attachmentId,
        );
        const asciiName = attachment.fileName.replace(/[^\x20-\x7e]/g, '_');
        return reply
          .header('content-type', attachment.contentType)
          .header('content-length', String(attachment.size))
          .header(
            'content-disposition',
            `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
          )
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('cache-control', 'private, no-store')
          .send(content);
      },
    );
  };
}
