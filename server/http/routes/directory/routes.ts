/**
 * /api/v1/directory: the phone numbers of the guide (SPEC §6). **Decision:** public (no
 * sign-in): a customer who cannot sign in is exactly who needs to call.
 */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Services } from '../../../app/services.js';
import { DirectoryList } from './schemas.js';

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
  };
}
