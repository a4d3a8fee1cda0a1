/**
 * /api/v1/visits: on-site visits (SPEC §8). Staff schedule a visit on a ticket whose contract
 * includes on-site support and move it scheduled → on_the_way → on_site → done (or cancel it
 * before arrival); customers read their organization's visits.
 */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../app/actor.js';
import type { ListedVisit } from '../../../app/onsite/visit.service.js';
import type { Services } from '../../../app/services.js';
import { parseInstant } from '../../../domain/time/instant.js';
import { requireActor } from '../../auth/require-actor.js';
import { instantText, optionalInstantText } from '../../present.js';
import { problems } from '../../problem-schema.js';
import { IdParams } from '../../schemas.js';
import {
  CancelVisitBody,
  CompleteVisitBody,
  ProposalQuery,
  ScheduleVisitBody,
  VisitList,
  VisitProposalView,
  VisitsQuery,
  VisitView,
} from './schemas.js';

const tags = ['on-site'];

/** Actions whose fields are all optional may be posted without a body. */
async function bodyDefaultsToEmpty(request: FastifyRequest): Promise<void> {
  if (request.body === undefined || request.body === null) request.body = {};
}

function presentVisit(visit: ListedVisit) {
  return {
    id: visit.id,
    ticketId: visit.ticketId,
    ticketNumber: visit.ticketNumber,
    organizationId: visit.organizationId,
    technician: { id: visit.technicianId, name: visit.technicianName },
    reason: visit.reason,
    city: visit.city,
    travelMinutes: visit.travelMinutes,
    travelTimeExample: visit.travelTimeExample,
    status: visit.status,
    scheduledBy: visit.scheduledBy,
    scheduledAt: instantText(visit.scheduledAt),
    plannedArrivalAt: instantText(visit.plannedArrivalAt),
    departedAt: optionalInstantText(visit.departedAt),
    arrivedAt: optionalInstantText(visit.arrivedAt),
    completedAt: optionalInstantText(visit.completedAt),
    cancelledAt: optionalInstantText(visit.cancelledAt),
    outcome: visit.outcome,
    cancelReason: visit.cancelReason,
    updatedAt: instantText(visit.updatedAt),
  };
}

/** The /visits routes. */
export function visitRoutes(services: Services): FastifyPluginAsyncTypebox {
  const { visits } = services;
  return async (app) => {
    app.post(
      '/visits',
      {
        schema: {
          tags,
          summary: 'Schedule an on-site visit for a ticket (staff)',
          description:
            'Only on tickets whose contract includes on-site support (422 ' +
            'ON_SITE_NOT_CONTRACTED) and that are not closed. The planned arrival is the one ' +
            'agreed (422 VISIT_ARRIVAL_OUT_OF_RANGE before now or over 31 days ahead), else now ' +
            'plus the travel time of the contract’s city (wall-clock time; 422 ' +
            'TRAVEL_TIME_UNKNOWN when the city is not in the table). One visit under way per ' +
            'ticket (409 VISIT_ALREADY_ACTIVE).',
          body: ScheduleVisitBody,
          response: { 201: VisitView, ...problems(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request, reply) => {
        const { plannedArrivalAt, ...body } = request.body;
        const visit = await visits.schedule(requireActor(request), {
          ...body,
          ...(plannedArrivalAt !== undefined && {
            plannedArrivalAt: parseInstant(plannedArrivalAt),
          }),
        });
        reply.header('location', `/api/v1/visits/${visit.id}`);
        return reply.code(201).send(presentVisit(visit));
      },
    );

    app.get(
      '/visits',
      {
        schema: {
          tags,
          summary: 'Visits, newest first',
          description:
            'Staff see every organization’s visits; customers only their organization’s. ' +
            'Filter by ticket, organization, technician (`me`) and status.',
          querystring: VisitsQuery,
          response: { 200: VisitList, ...problems(400, 401, 404) },
        },
      },
      async (request) => {
        const { status, ...query } = request.query;
        const page = await visits.list(requireActor(request), {
          ...query,
          ...(status !== undefined && { statuses: Array.isArray(status) ? status : [status] }),
        });
        return { items: page.items.map(presentVisit), nextCursor: page.nextCursor };
      },
    );

    app.get(
      '/visits/proposal',
      {
        schema: {
          tags,
          summary: 'What a schedule form starts from (staff)',
          description:
            'Whether the ticket’s contract includes on-site support and, if so, its city, the ' +
            'travel time and the arrival it gives from now (422 TRAVEL_TIME_UNKNOWN when the ' +
            'city is not in the table).',
          querystring: ProposalQuery,
          response: { 200: VisitProposalView, ...problems(400, 401, 403, 404, 422) },
        },
      },
      async (request) => {
        const proposal = await visits.propose(requireActor(request), request.query.ticketId);
        return proposal.onSite
          ? { ...proposal, plannedArrivalAt: instantText(proposal.plannedArrivalAt) }
          : {
              onSite: false,
              city: null,
              travelMinutes: null,
              travelTimeExample: false,
              plannedArrivalAt: null,
            };
      },
    );

    app.get(
      '/visits/:id',
      {
        schema: {
          tags,
          summary: 'One visit',
          params: IdParams,
          response: { 200: VisitView, ...problems(401, 404) },
        },
      },
      async (request) => presentVisit(await visits.get(requireActor(request), request.params.id)),
    );

    const move = (
      path: string,
      summary: string,
      run: (actor: Actor, id: string) => Promise<ListedVisit>,
    ) =>
      app.post(
        `/visits/:id/${path}`,
        {
          schema: {
            tags,
            summary,
            description: 'Staff only; from any other state it is 409 ILLEGAL_VISIT_TRANSITION.',
            params: IdParams,
            response: { 200: VisitView, ...problems(400, 401, 403, 404, 409) },
          },
        },
        async (request) => presentVisit(await run(requireActor(request), request.params.id)),
      );

    move('depart', 'The technician is on the way (from scheduled)', (actor, id) =>
      visits.depart(actor, id),
    );
    move('arrive', 'The technician is on site (from on_the_way)', (actor, id) =>
      visits.arrive(actor, id),
    );

    app.post(
      '/visits/:id/complete',
      {
        preValidation: bodyDefaultsToEmpty,
        schema: {
          tags,
          summary: 'The visit is done, with what was done (from on_site)',
          description: 'Staff only; from any other state it is 409 ILLEGAL_VISIT_TRANSITION.',
          params: IdParams,
          body: CompleteVisitBody,
          response: { 200: VisitView, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        presentVisit(await visits.complete(requireActor(request), request.params.id, request.body)),
    );

    app.post(
      '/visits/:id/cancel',
      {
        preValidation: bodyDefaultsToEmpty,
        schema: {
          tags,
          summary: 'Call the visit off (from scheduled or on_the_way)',
          description: 'Staff only; once on site the visit ends as done instead (409).',
          params: IdParams,
          body: CancelVisitBody,
          response: { 200: VisitView, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        presentVisit(await visits.cancel(requireActor(request), request.params.id, request.body)),
    );
  };
}
