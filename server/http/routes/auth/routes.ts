/**
 * /api/v1/auth: sign in with e-mail and password (a session cookie plus the CSRF token the
 * client sends back on writes), and sign out.
 */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Services } from '../../../app/services.js';
import { clearSessionCookie, setSessionCookie } from '../../auth/session-cookie.js';
import { problems } from '../../problem-schema.js';
import { presentUser } from '../users/present-user.js';
import { LoginBody, LoginResult } from './schemas.js';

const tags = ['auth'];

/** The /auth routes; `secureCookies` decides the session cookie's Secure attribute. */
export function authRoutes(
  services: Services,
  options: { readonly secureCookies: boolean | 'auto' },
): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/auth/login',
      {
        // Signing in starts a session, so there is no token to check yet.
        config: { csrf: false },
        schema: {
          tags,
          summary: 'Sign in: sets the mesa_session cookie and returns the CSRF token',
          description:
            'At most 10 failed attempts per client address and e-mail in 15 minutes (then 429).',
          security: [],
          body: LoginBody,
          response: { 200: LoginResult, ...problems(400, 401, 413, 415, 429) },
        },
      },
      async (request, reply) => {
        const signedIn = await services.sessions.login({
          email: request.body.email,
          password: request.body.password,
          source: request.ip,
        });
        setSessionCookie(reply, signedIn.sessionToken, options.secureCookies);
        return { user: presentUser(signedIn.user), csrfToken: signedIn.csrfToken };
      },
    );

    app.post(
      '/auth/logout',
      {
        schema: {
          tags,
          summary: 'Sign out: ends the session of the cookie (needs x-csrf-token)',
          response: { 204: { type: 'null', description: 'Signed out.' }, ...problems(403) },
        },
      },
      async (request, reply) => {
        if (request.authentication.kind === 'session') {
          await services.sessions.logout(request.authentication.sessionToken);
        }
        clearSessionCookie(reply, options.secureCookies);
        return reply.code(204).send(null);
      },
    );
  };
}
