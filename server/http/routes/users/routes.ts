/**
 * /api/v1/users: the people who sign in. Admins manage everyone; a customer admin manages the
 * customers of its organization; agents and supervisors read. Another organization's user is
 * a 404.
 */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Services } from '../../../app/services.js';
import { requireActor } from '../../auth/require-actor.js';
import { problems } from '../../problem-schema.js';
import { IdParams, pageSchema } from '../../schemas.js';
import { presentUser } from './present-user.js';
import { CreateUserBody, UpdateUserBody, UserListQuery, UserView } from './schemas.js';

const tags = ['users'];

/** The /users routes. */
export function userRoutes(services: Services): FastifyPluginAsyncTypebox {
  const { users } = services;
  return async (app) => {
    app.get(
      '/users',
      {
        schema: {
          tags,
          summary: 'List users by e-mail (a customer admin: its organization’s)',
          querystring: UserListQuery,
          response: { 200: pageSchema(UserView), ...problems(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const page = await users.list(requireActor(request), request.query);
        return { items: page.items.map(presentUser), nextCursor: page.nextCursor };
      },
    );

    app.post(
      '/users',
      {
        schema: {
          tags,
          summary: 'Create a user (admins; a customer admin: customers of its organization)',
          body: CreateUserBody,
          response: { 201: UserView, ...problems(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request, reply) => {
        const user = await users.create(requireActor(request), request.body);
        return reply.code(201).send(presentUser(user));
      },
    );

    app.get(
      '/users/:id',
      {
        schema: {
          tags,
          summary: 'Read a user',
          params: IdParams,
          response: { 200: UserView, ...problems(401, 403, 404) },
        },
      },
      async (request) => presentUser(await users.get(requireActor(request), request.params.id)),
    );

    app.patch(
      '/users/:id',
      {
        schema: {
          tags,
          summary: 'Change a user: name, role, active, language, password',
          description:
            'Deactivating ends the user’s sessions and revokes its API tokens; a new password ends its sessions.',
          params: IdParams,
          body: UpdateUserBody,
          response: { 200: UserView, ...problems(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        return presentUser(await users.update(actor, request.params.id, request.body));
      },
    );
  };
}
