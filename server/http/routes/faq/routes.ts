/**
 * /api/v1/faq: the FAQ of SPEC §7 with suggestions for what the user types, and "this solved
 * it" (a deflection). **Decision:** reading is public, like the directory: the FAQ is the
 * guide's first stop, also for someone who cannot sign in.
 */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Services } from '../../../app/services.js';
import { requireActor } from '../../auth/require-actor.js';
import { languageOf } from '../../language.js';
import { problems } from '../../problem-schema.js';
import { renderFaqMarkdown } from './markdown.js';
import { DeflectionBody, DeflectionParams, DeflectionView, FaqList, FaqQuery } from './schemas.js';

const tags = ['faq'];

/** The /faq routes. */
export function faqRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/faq',
      {
        schema: {
          tags,
          summary: 'FAQ articles: all, or the best matches of q (at most 5), with safe HTML',
          security: [],
          querystring: FaqQuery,
          response: { 200: FaqList, ...problems(400) },
        },
      },
      async (request) => {
        const language = request.query.language ?? languageOf(request);
        const articles = await services.faq.search({
          language,
          ...(request.query.q === undefined ? {} : { q: request.query.q }),
        });
        return {
          items: articles.map((article) => ({
            id: article.id,
            slug: article.slug,
            title: article.title,
            body: article.body,
            html: renderFaqMarkdown(article.body),
            tags: [...article.tags],
            language: article.language,
          })),
          nextCursor: null,
        };
      },
    );

    app.post(
      '/faq/:id/deflections',
      {
        preValidation: async (request) => {
          if (request.body === undefined || request.body === null) request.body = {};
        },
        schema: {
          tags,
          summary: '"This solved it": the article answered a customer’s case (customers only)',
          params: DeflectionParams,
          body: DeflectionBody,
          response: { 201: DeflectionView, ...problems(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const recorded = await services.faq.recordDeflection(
          actor,
          request.params.id,
          request.body.query,
        );
        return reply.code(201).send(recorded);
      },
    );
  };
}
