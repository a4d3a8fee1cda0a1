/**
 * /api/v1/levels: the impact-level table (SPEC §4). Everyone signed in reads it (the portal
 * shows each level's times); admins change a level's times.
 */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Services } from '../../../app/services.js';
import { requireActor } from '../../auth/require-actor.js';
import { problems } from '../../problem-schema.js';
import { ImpactParams, LevelBody, LevelList, LevelView } from './schemas.js';

const tags = ['levels'];

/** The /levels routes. */
export function levelRoutes(services: Services): FastifyPluginAsyncTypebox {
  const { levels } = services;
  return async (app) => {
    app.get(
      '/levels',
      {
        schema: {
          tags,
          summary: 'The impact levels and their times',
          description:
            'First-response time and notification interval of each impact level, in business ' +
            "minutes of the ticket's calendar, in the order high, medium, low, change. " +
            '`isDefault` tells whether a level still has the default times.',
          response: { 200: LevelList, ...problems(401) },
        },
      },
      async (request) => {
        requireActor(request);
        return { items: await levels.list(), nextCursor: null };
      },
    );

    app.put(
      '/levels/:impact',
      {
        schema: {
          tags,
          summary: "Set an impact level's times (admins)",
          description:
            'Replaces both times of one level. New tickets count with them at once; a ticket ' +
            'already open gets them at its next change. An unknown level is 400 INVALID_IMPACT.',
          params: ImpactParams,
          body: LevelBody,
          response: { 200: LevelView, ...problems(400, 401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        return levels.update(actor, request.params.impact, request.body);
      },
    );
  };
}
