/**
 * /api/v1/directory: the phone numbers of the guide (SPEC §6). **Decision:** public (no
 * sign-in): a customer who cannot sign in is exactly who needs to call. Admins replace it.
 */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Services } from '../../../app/services.js';
import { requireActor } from '../../auth/require-actor.js';
import { problems } from '../../problem-schema.js';
import { DirectoryBody, DirectoryList } from './schemas.js';

/** The /directory route. */
export function directoryRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/directory',
      {
        schema: {
          tags: ['directory'],
          summary: 'The phone directory of the Service Center',
          security: [],
          response: { 200: DirectoryList },
        },
      },
      async () => ({ items: await services.directory.list(), nextCursor: null }),
    );

    app.put(
      '/directory',
      {
        schema: {
          tags: ['directory'],
          summary: 'Replace the phone directory (admins)',
          description: 'National lines are kept before the city table; the rest keeps its order.',
          body: DirectoryBody,
          response: { 200: DirectoryList, ...problems(400, 401, 403) },
        },
      },
      async (request) => ({
        items: await services.directory.replace(requireActor(request), request.body.entries),
        nextCursor: null,
      }),
    );
  };
}
