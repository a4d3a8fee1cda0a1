/**
 * Satisfaction (issue 5): the requester rates a closed ticket 1–5 once, from the portal
 * (`/tickets/{id}/satisfaction`) or signed out from the e-mail link
 * (`/satisfaction/{token}`). GET never rates — mail scanners prefetch links — so the link's
 * page shows the score pre-selected and rates only when the person confirms with the POST.
 */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { SatisfactionView as View } from '../../../app/satisfaction/satisfaction.service.js';
import type { Services } from '../../../app/services.js';
import { requireActor } from '../../auth/require-actor.js';
import { optionalInstantText } from '../../present.js';
import { problems } from '../../problem-schema.js';
import { IdParams } from '../../schemas.js';
import { RatingBody, SatisfactionView, TokenParams } from './schemas.js';

const tags = ['satisfaction'];

function present(view: View) {
  return {
    ...view,
    closedAt: optionalInstantText(view.closedAt),
    ratedAt: optionalInstantText(view.ratedAt),
  };
}

/** The satisfaction routes. */
export function satisfactionRoutes(services: Services): FastifyPluginAsyncTypebox {
  const { satisfaction } = services;
  return async (app) => {
    app.get(
      '/tickets/:id/satisfaction',
      {
        schema: {
          tags,
          summary: "A ticket's rating: open, awaiting a rating, or rated (who can see the ticket)",
          params: IdParams,
          response: { 200: SatisfactionView, ...problems(401, 404) },
        },
      },
      async (request) =>
        present(await satisfaction.forTicket(requireActor(request), request.params.id)),
    );

    app.post(
      '/tickets/:id/satisfaction',
      {
        schema: {
          tags,
          summary: 'The requester rates the closed ticket, once',
          params: IdParams,
          body: RatingBody,
          response: { 201: SatisfactionView, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const view = await satisfaction.rateTicket(
          requireActor(request),
          request.params.id,
          request.body,
        );
        return reply.code(201).send(present(view));
      },
    );

    app.get(
      '/satisfaction/:token',
      {
        schema: {
          tags,
          summary: 'The survey behind an e-mail link (no sign-in; reading changes nothing)',
          security: [],
          params: TokenParams,
          response: { 200: SatisfactionView, ...problems(404) },
        },
      },
      async (request) => present(await satisfaction.byToken(request.params.token)),
    );

    app.post(
      '/satisfaction/:token',
      {
        // The token in the path is the proof; a cross-site page cannot know it.
        config: { csrf: false },
        schema: {
          tags,
          summary: 'Rate from the e-mail link (no sign-in), once',
          security: [],
          params: TokenParams,
          body: RatingBody,
          response: { 201: SatisfactionView, ...problems(400, 404, 409) },
        },
      },
      async (request, reply) => {
        const view = await satisfaction.rateByToken(request.params.token, request.body);
        return reply.code(201).send(present(view));
      },
    );
  };
}
