/**
 * /api/v1/organizations: customer organizations and their service contracts (SPEC §2).
 * Admins write; staff read all; a customer reads its own. Another organization's id is a 404.
 */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Services } from '../../../app/services.js';
import { requireActor } from '../../auth/require-actor.js';
import { problems } from '../../problem-schema.js';
import { IdParams, PageQuery, pageSchema } from '../../schemas.js';
import { presentContract, presentOrganization } from './present.js';
import { ContractBody, ContractView, OrganizationBody, OrganizationView } from './schemas.js';

const tags = ['organizations'];

/** The /organizations routes. */
export function organizationRoutes(services: Services): FastifyPluginAsyncTypebox {
  const { organizations } = services;
  return async (app) => {
    app.get(
      '/organizations',
      {
        schema: {
          tags,
          summary: 'List organizations (a customer sees only its own)',
          querystring: PageQuery,
          response: { 200: pageSchema(OrganizationView), ...problems(400, 401) },
        },
      },
      async (request) => {
        const page = await organizations.list(requireActor(request), request.query);
        return { items: page.items.map(presentOrganization), nextCursor: page.nextCursor };
      },
    );

    app.post(
      '/organizations',
      {
        schema: {
          tags,
          summary: 'Create an organization (admins)',
          body: OrganizationBody,
          response: { 201: OrganizationView, ...problems(400, 401, 403, 409) },
        },
      },
      async (request, reply) => {
        const organization = await organizations.create(requireActor(request), request.body);
        return reply.code(201).send(presentOrganization(organization));
      },
    );

    app.get(
      '/organizations/:id',
      {
        schema: {
          tags,
          summary: 'Read an organization',
          params: IdParams,
          response: { 200: OrganizationView, ...problems(401, 404) },
        },
      },
      async (request) => {
        const organization = await organizations.get(requireActor(request), request.params.id);
        return presentOrganization(organization);
      },
    );

    app.patch(
      '/organizations/:id',
      {
        schema: {
          tags,
          summary: 'Rename an organization (admins)',
          params: IdParams,
          body: OrganizationBody,
          response: { 200: OrganizationView, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const organization = await organizations.rename(actor, request.params.id, request.body);
        return presentOrganization(organization);
      },
    );

    app.get(
      '/organizations/:id/contracts',
      {
        schema: {
          tags,
          summary: "An organization's contracts, the most recently started first",
          params: IdParams,
          querystring: PageQuery,
          response: { 200: pageSchema(ContractView), ...problems(400, 401, 404) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const page = await organizations.listContracts(actor, request.params.id, request.query);
        return { items: page.items.map(presentContract), nextCursor: page.nextCursor };
      },
    );

    app.post(
      '/organizations/:id/contracts',
      {
        schema: {
          tags,
          summary: 'Add a service contract (admins)',
          params: IdParams,
          body: ContractBody,
          response: { 201: ContractView, ...problems(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const contract = await organizations.addContract(actor, request.params.id, request.body);
        return reply.code(201).send(presentContract(contract));
      },
    );
  };
}
