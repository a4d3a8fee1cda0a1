/**
 * /api/v1/maintenance-windows: preventive maintenance of covered equipment (SPEC §8). Customer
 * admins (their organization) and staff (any) schedule windows, which must lie inside the
 * contract's attention hours — refused with the parts outside, in Bogotá time — and cancel
 * them; every customer user reads its organization's calendar, also as iCalendar.
 */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type {
  ListedMaintenanceWindow,
  MaintenanceWindowInput,
} from '../../../app/onsite/maintenance-window.service.js';
import type { Services } from '../../../app/services.js';
import { parseInstant } from '../../../domain/time/instant.js';
import { requireActor } from '../../auth/require-actor.js';
import { instantText, optionalInstantText } from '../../present.js';
import { problems } from '../../problem-schema.js';
import { IdParams } from '../../schemas.js';
import { type CalendarEvent, renderICalendar } from './icalendar.js';
import {
  CancelWindowBody,
  FeedQuery,
  MaintenanceWindowBody,
  MaintenanceWindowList,
  MaintenanceWindowView,
  OutsideHoursProblemSchema,
  WindowAlertList,
  WindowCheckView,
  WindowsQuery,
} from './schemas.js';

const tags = ['maintenance windows'];

const outsideHoursProblem = {
  description: 'A problem; MAINTENANCE_OUTSIDE_HOURS lists the parts outside in `outside`.',
  content: { 'application/problem+json': { schema: OutsideHoursProblemSchema } },
} as const;

/** Actions whose fields are all optional may be posted without a body. */
async function bodyDefaultsToEmpty(request: FastifyRequest): Promise<void> {
  if (request.body === undefined || request.body === null) request.body = {};
}

function presentWindow(window: ListedMaintenanceWindow) {
  return {
    id: window.id,
    organizationId: window.organizationId,
    organizationName: window.organizationName,
    contractId: window.contractId,
    equipment: window.equipment,
    title: window.title,
    notes: window.notes,
    startsAt: instantText(window.startsAt),
    endsAt: instantText(window.endsAt),
    status: window.status,
    requestedBy:
      window.requestedBy === null
        ? null
        : { id: window.requestedBy, name: window.requestedByName ?? '' },
    createdAt: instantText(window.createdAt),
    cancelledAt: optionalInstantText(window.cancelledAt),
    cancelReason: window.cancelReason,
    alertCount: window.alertCount,
  };
}

/** The event of a window in the iCalendar feed (Spanish, like the portal). */
function windowEvent(window: ListedMaintenanceWindow): CalendarEvent {
  const description = [
    `Organización: ${window.organizationName}`,
    `Equipo: ${window.equipment}`,
    ...(window.requestedByName === null ? [] : [`Programada por: ${window.requestedByName}`]),
    ...(window.notes === null ? [] : ['', window.notes]),
  ].join('\n');
  return {
    uid: `${window.id}@mesa`,
    start: window.startsAt,
    end: window.endsAt,
    created: window.createdAt,
    lastModified: window.updatedAt,
    summary: `Mantenimiento ${window.equipment}: ${window.title}`,
    description,
    status: 'CONFIRMED',
  };
}

type WindowBody = {
  readonly organizationId?: string;
  readonly equipment: string;
  readonly title: string;
  readonly notes?: string;
  readonly startsAt: string;
  readonly endsAt: string;
};

function windowInput(body: WindowBody): MaintenanceWindowInput {
  return { ...body, startsAt: parseInstant(body.startsAt), endsAt: parseInstant(body.endsAt) };
}

/** The /maintenance-windows routes. */
export function maintenanceWindowRoutes(services: Services): FastifyPluginAsyncTypebox {
  const { maintenanceWindows } = services;
  return async (app) => {
    app.post(
      '/maintenance-windows',
      {
        schema: {
          tags,
          summary: 'Schedule a maintenance window (customer admins and staff)',
          description:
            'For covered equipment (422 EQUIPMENT_NOT_COVERED), inside the contract’s ' +
            'attention hours: 5x8 and 6x8 Mon–Fri/Mon–Sat 08:00–12:00 and 14:00–18:00 without ' +
            'holidays or closures, 7x24 any time. Otherwise 422 MAINTENANCE_OUTSIDE_HOURS with ' +
            '`outside`: the parts that fall outside, in Bogotá time. Another scheduled window ' +
            'of the same equipment at the same time is 409 MAINTENANCE_WINDOW_OVERLAP.',
          body: MaintenanceWindowBody,
          response: {
            201: MaintenanceWindowView,
            ...problems(400, 401, 403, 404, 409),
            422: outsideHoursProblem,
          },
        },
      },
      async (request, reply) => {
        const window = await maintenanceWindows.request(
          requireActor(request),
          windowInput(request.body),
        );
        reply.header('location', `/api/v1/maintenance-windows/${window.id}`);
        return reply.code(201).send(presentWindow(window));
      },
    );

    app.post(
      '/maintenance-windows/check',
      {
        schema: {
          tags,
          summary: 'Would this window be accepted? (a dry run for forms)',
          description:
            'Answers `{ok: false, outside}` when the window falls outside attention hours; ' +
            'every other refusal is the same problem POST /maintenance-windows would answer.',
          body: MaintenanceWindowBody,
          response: { 200: WindowCheckView, ...problems(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request) => {
        const check = await maintenanceWindows.check(
          requireActor(request),
          windowInput(request.body),
        );
        return check.ok ? { ok: true, outside: [] } : { ok: false, outside: [...check.outside] };
      },
    );

    app.get(
      '/maintenance-windows',
      {
        schema: {
          tags,
          summary: 'The maintenance calendar, by start',
          description:
            'Staff see every organization’s windows (or one’s); customers only their own. ' +
            '`from`/`to` keep the windows overlapping that span.',
          querystring: WindowsQuery,
          response: { 200: MaintenanceWindowList, ...problems(400, 401, 404) },
        },
      },
      async (request) => {
        const { status, from, to, ...query } = request.query;
        const page = await maintenanceWindows.list(requireActor(request), {
          ...query,
          ...(from !== undefined && { from: parseInstant(from) }),
          ...(to !== undefined && { to: parseInstant(to) }),
          ...(status !== undefined && { statuses: Array.isArray(status) ? status : [status] }),
        });
        return { items: page.items.map(presentWindow), nextCursor: page.nextCursor };
      },
    );

    app.get(
      '/maintenance-windows.ics',
      {
        schema: {
          tags,
          summary: 'The maintenance calendar as iCalendar (RFC 5545)',
          description:
            'Scheduled windows that ended at most 30 days ago, for a calendar application ' +
            '(subscribe with an API token as a Bearer header, or download while signed in). ' +
            'Customers get their organization’s; staff one organization’s, or all without ' +
            '`organizationId`.',
          querystring: FeedQuery,
          response: {
            200: {
              description: 'text/calendar',
              content: { 'text/calendar': { schema: { type: 'string' } } },
            },
            ...problems(400, 401, 404),
          },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const feed = await maintenanceWindows.feed(actor, request.query.organizationId);
        const body = renderICalendar({
          name:
            feed.organizationName === null
              ? 'Mantenimientos programados'
              : `Mantenimientos programados — ${feed.organizationName}`,
          generatedAt: services.deps.clock.now(),
          events: feed.windows.map(windowEvent),
        });
        return reply
          .header('content-type', 'text/calendar; charset=utf-8')
          .header('content-disposition', 'inline; filename="mantenimientos.ics"')
          .header('cache-control', 'private, max-age=300')
          .send(body);
      },
    );

    app.get(
      '/maintenance-windows/:id',
      {
        schema: {
          tags,
          summary: 'One maintenance window',
          params: IdParams,
          response: { 200: MaintenanceWindowView, ...problems(401, 404) },
        },
      },
      async (request) =>
        presentWindow(await maintenanceWindows.get(requireActor(request), request.params.id)),
    );

    app.get(
      '/maintenance-windows/:id/alerts',
      {
        schema: {
          tags,
          summary: 'The monitoring alerts recorded on a window',
          description:
            'An alert for equipment inside a window in force is recorded here instead of ' +
            'opening a ticket (SPEC §8).',
          params: IdParams,
          response: { 200: WindowAlertList, ...problems(401, 404) },
        },
      },
      async (request) => {
        const alerts = await maintenanceWindows.alerts(requireActor(request), request.params.id);
        return {
          items: alerts.map((alert) => ({
            id: alert.id,
            key: alert.key,
            source: alert.source,
            equipment: alert.equipment,
            summary: alert.summary,
            details: alert.details,
            receivedAt: instantText(alert.receivedAt),
          })),
          nextCursor: null,
        };
      },
    );

    app.post(
      '/maintenance-windows/:id/cancel',
      {
        preValidation: bodyDefaultsToEmpty,
        schema: {
          tags,
          summary: 'Cancel a window that has not ended (customer admins and staff)',
          params: IdParams,
          body: CancelWindowBody,
          response: { 200: MaintenanceWindowView, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        presentWindow(
          await maintenanceWindows.cancel(requireActor(request), request.params.id, request.body),
        ),
    );
  };
}
