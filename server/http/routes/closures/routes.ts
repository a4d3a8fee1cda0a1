/**
 * /api/v1/closures: the days admins close without a new release (SPEC §3), a new holiday or a
 * company day off. Everyone signed in reads them; admins add and remove them.
 */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Services } from '../../../app/services.js';
import type { Closure } from '../../../app/settings/closure.service.js';
import { requireActor } from '../../auth/require-actor.js';
import { instantText } from '../../present.js';
import { problems } from '../../problem-schema.js';
import { IdParams } from '../../schemas.js';
import { ClosureBody, ClosureList, ClosuresQuery, ClosureView } from './schemas.js';

const tags = ['closures'];

function presentClosure(closure: Closure) {
  return {
    id: closure.id,
    date: closure.date,
    name: closure.name,
    createdAt: instantText(closure.createdAt),
  };
}

/** The /closures routes. */
export function closureRoutes(services: Services): FastifyPluginAsyncTypebox {
  const { closures } = services;
  return async (app) => {
    app.get(
      '/closures',
      {
        schema: {
          tags,
          summary: 'The closures admins added, by date',
          description:
            'Whole days the 5x8 and 6x8 calendars skip besides public holidays (7x24 counts ' +
            'them). GET /calendar/holidays lists them with the holidays.',
          querystring: ClosuresQuery,
          response: { 200: ClosureList, ...problems(400, 401) },
        },
      },
      async (request) => {
        requireActor(request);
        const items = await closures.list(request.query.year);
        return { items: items.map(presentClosure), nextCursor: null };
      },
    );

    app.post(
      '/closures',
      {
        schema: {
          tags,
          summary: 'Close a date (admins)',
          description:
            'A new holiday or a company day off, in America/Bogota. New tickets skip it at once; ' +
            'the deadlines of open tickets are recomputed right after (nothing already sent is ' +
            'sent again). One closure per date: another on the same date is 409 ' +
            'CLOSURE_DATE_TAKEN.',
          body: ClosureBody,
          response: { 201: ClosureView, ...problems(400, 401, 403, 409) },
        },
      },
      async (request, reply) => {
        const closure = await closures.add(requireActor(request), request.body);
        return reply.code(201).send(presentClosure(closure));
      },
    );

    app.delete(
      '/closures/:id',
      {
        schema: {
          tags,
          summary: 'Remove a closure (admins)',
          description: 'The date counts again, for new tickets at once.',
          params: IdParams,
          response: { 204: { type: 'null', description: 'Removed.' }, ...problems(401, 403, 404) },
        },
      },
      async (request, reply) => {
        await closures.remove(requireActor(request), request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
}
