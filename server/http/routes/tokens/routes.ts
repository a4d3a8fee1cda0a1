/**
 * /api/v1/tokens: API tokens for integrations. A token acts as the user who created it; its
 * secret is returned once, at creation.
 */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Services } from '../../../app/services.js';
import { requireActor } from '../../auth/require-actor.js';
import { instantText, optionalInstantText } from '../../present.js';
import { problems } from '../../problem-schema.js';
import { IdParams } from '../../schemas.js';
import { CreatedToken, CreateTokenBody, TokenList } from './schemas.js';

const tags = ['tokens'];

/** The /tokens routes. */
export function tokenRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/tokens',
      {
        schema: {
          tags,
          summary: 'Create an API token (the secret is shown once)',
          body: CreateTokenBody,
          response: { 201: CreatedToken, ...problems(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const created = await services.apiTokens.create(actor, request.body);
        return reply.code(201).send({ ...created, createdAt: instantText(created.createdAt) });
      },
    );

    app.get(
      '/tokens',
      {
        schema: {
          tags,
          summary: 'Your API tokens (never their secrets)',
          response: { 200: TokenList, ...problems(401) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const tokens = await services.apiTokens.list(actor);
        return {
          items: tokens.map((t) => ({
            id: t.id,
            name: t.name,
            createdAt: instantText(t.createdAt),
            lastUsedAt: optionalInstantText(t.lastUsedAt),
            revokedAt: optionalInstantText(t.revokedAt),
          })),
          nextCursor: null,
        };
      },
    );

    app.delete(
      '/tokens/:id',
      {
        schema: {
          tags,
          summary: 'Revoke one of your API tokens',
          params: IdParams,
          response: { 204: { type: 'null', description: 'Revoked.' }, ...problems(401, 403, 404) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        await services.apiTokens.revoke(actor, request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
}
