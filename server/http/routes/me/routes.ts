/** /api/v1/me: who is signed in (and, for a session, its CSRF token again after a reload). */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Services } from '../../../app/services.js';
import { requireActor } from '../../auth/require-actor.js';
import { problems } from '../../problem-schema.js';
import { presentUser } from '../users/present-user.js';
import { MeView } from './schemas.js';

/** The /me route. */
export function meRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/me',
      {
        schema: {
          tags: ['auth'],
          summary: 'The signed-in user',
          response: { 200: MeView, ...problems(401) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const user = await services.users.me(actor);
        const auth = request.authentication;
        return {
          user: presentUser(user),
          csrfToken: auth.kind === 'session' ? auth.csrfToken : null,
        };
      },
    );
  };
}
