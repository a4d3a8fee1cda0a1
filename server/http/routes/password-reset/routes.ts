/**
 * /api/v1/auth/password-reset: ask for a reset link by e-mail, and set a new password with
 * it. Both are for people who cannot sign in, so neither needs a session or a CSRF token.
 */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Services } from '../../../app/services.js';
import { problems } from '../../problem-schema.js';
import { ResetCompleteBody, ResetRequestBody, ResetRequested } from './schemas.js';

const tags = ['auth'];

/** The /auth/password-reset routes. */
export function passwordResetRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/auth/password-reset/request',
      {
        config: { csrf: false },
        schema: {
          tags,
          summary: 'E-mail a password-reset link (the same answer for any address)',
          description:
            'An active account with this e-mail gets a link valid for 1 hour, in its language; ' +
            'the answer is 202 either way. At most 10 requests per client address in 15 ' +
            'minutes (then 429) and 3 e-mails per account per hour (then silently none).',
          security: [],
          body: ResetRequestBody,
          response: { 202: ResetRequested, ...problems(400, 413, 415, 429) },
        },
      },
      async (request, reply) => {
        await services.passwordResets.request({ email: request.body.email, source: request.ip });
        return reply.code(202).send({ accepted: true as const });
      },
    );

    app.post(
      '/auth/password-reset/complete',
      {
        config: { csrf: false },
        schema: {
          tags,
          summary: 'Set a new password with the token of a reset link',
          description:
            'The link works once. Its user’s sessions and other reset links end; sign in ' +
            'with the new password afterwards. 400 RESET_TOKEN_INVALID for a link unknown, ' +
            'used, expired or of an inactive user; 400 WEAK_PASSWORD under 12 characters.',
          security: [],
          body: ResetCompleteBody,
          response: { 204: { type: 'null', description: 'Password changed.' }, ...problems(400) },
        },
      },
      async (request, reply) => {
        await services.passwordResets.complete(request.body);
        return reply.code(204).send(null);
      },
    );
  };
}
