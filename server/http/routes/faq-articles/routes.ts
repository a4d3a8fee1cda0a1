/**
 * /api/v1/faq/articles: the admins' FAQ editing (issue 5). Articles are written in Markdown;
 * what the portal shows is rendered in one place, renderFaqMarkdown, also for the preview here.
 */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FaqArticleAdminRecord } from '../../../app/portal/faq-editor.service.js';
import type { Services } from '../../../app/services.js';
import { requireActor } from '../../auth/require-actor.js';
import { instantText, optionalInstantText } from '../../present.js';
import { problems } from '../../problem-schema.js';
import { IdParams } from '../../schemas.js';
import { renderFaqMarkdown } from '../faq/markdown.js';
import { FaqArticleAdminList, FaqArticleAdminView, FaqArticleBody } from './schemas.js';

const tags = ['faq'];

function presentArticle(article: FaqArticleAdminRecord) {
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    body: article.body,
    html: renderFaqMarkdown(article.body),
    tags: [...article.tags],
    language: article.language,
    retired: article.retiredAt !== null,
    retiredAt: optionalInstantText(article.retiredAt),
    createdAt: instantText(article.createdAt),
    updatedAt: instantText(article.updatedAt),
  };
}

/** The /faq/articles routes (admins only). */
export function faqArticleRoutes(services: Services): FastifyPluginAsyncTypebox {
  const { faqEditor } = services;
  return async (app) => {
    app.get(
      '/faq/articles',
      {
        schema: {
          tags,
          summary: 'Every FAQ article, retired ones too (admins)',
          response: { 200: FaqArticleAdminList, ...problems(401, 403) },
        },
      },
      async (request) => {
        const articles = await faqEditor.list(requireActor(request));
        return { items: articles.map(presentArticle), nextCursor: null };
      },
    );

    app.post(
      '/faq/articles',
      {
        schema: {
          tags,
          summary: 'Write a FAQ article (admins); on the portal at once',
          body: FaqArticleBody,
          response: { 201: FaqArticleAdminView, ...problems(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const article = await faqEditor.create(requireActor(request), request.body);
        return reply.code(201).send(presentArticle(article));
      },
    );

    app.put(
      '/faq/articles/:id',
      {
        schema: {
          tags,
          summary: 'Change a FAQ article (admins)',
          params: IdParams,
          body: FaqArticleBody,
          response: { 200: FaqArticleAdminView, ...problems(400, 401, 403, 404) },
        },
      },
      async (request) =>
        presentArticle(
          await faqEditor.update(requireActor(request), request.params.id, request.body),
        ),
    );

    for (const [action, retired] of [
      ['retire', true],
      ['restore', false],
    ] as const) {
      app.post(
        `/faq/articles/:id/${action}`,
        {
          schema: {
            tags,
            summary: retired
              ? 'Retire a FAQ article from the portal (admins); its deflections still count'
              : 'Bring a retired FAQ article back to the portal (admins)',
            params: IdParams,
            response: { 200: FaqArticleAdminView, ...problems(401, 403, 404) },
          },
        },
        async (request) =>
          presentArticle(
            await faqEditor.setRetired(requireActor(request), request.params.id, retired),
          ),
      );
    }
  };
}
