/** Request and response schemas of /faq/articles (the admins' FAQ editing). */

import { Type } from '@fastify/type-provider-typebox';
import { closedObject, InstantText, nullable, stringEnum } from '../../schemas.js';

export const FaqArticleBody = closedObject({
  title: Type.String({ minLength: 1, maxLength: 200, examples: ['¿El equipo responde ping?'] }),
  body: Type.String({
    minLength: 1,
    maxLength: 20_000,
    description:
      'Markdown. Raw HTML is shown as text; links only to http, https and mailto; no images.',
  }),
  tags: Type.Array(Type.String({ maxLength: 40 }), { maxItems: 20 }),
  language: stringEnum(['es', 'en'] as const),
});

export const FaqArticleAdminView = closedObject({
  id: Type.String(),
  slug: Type.String({ description: 'Chosen from the title at creation; stays when edited.' }),
  title: Type.String(),
  body: Type.String({ description: 'The Markdown source.' }),
  html: Type.String({ description: 'The body as the portal shows it (rendered safely).' }),
  tags: Type.Array(Type.String()),
  language: Type.String(),
  retired: Type.Boolean({ description: 'Off the portal; its deflections still count.' }),
  retiredAt: nullable(InstantText),
  createdAt: InstantText,
  updatedAt: InstantText,
});

export const FaqArticleAdminList = closedObject({
  items: Type.Array(FaqArticleAdminView, { description: 'Newest first, retired ones too.' }),
  nextCursor: Type.Null({ description: 'Always null: the FAQ fits in one page.' }),
});
