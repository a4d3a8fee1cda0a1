/** Request and response schemas of /faq. */

import { Type } from '@fastify/type-provider-typebox';
import { closedObject, IdParams, stringEnum } from '../../schemas.js';

export const FaqQuery = closedObject({
  q: Type.Optional(
    Type.String({ maxLength: 200, description: 'What the user is typing; absent lists all.' }),
  ),
  language: Type.Optional(stringEnum(['es', 'en'] as const, 'Default: the caller’s language.')),
});

export const FaqArticleView = closedObject({
  id: Type.String(),
  slug: Type.String(),
  title: Type.String(),
  /** Markdown source, for editors. */
  body: Type.String(),
  html: Type.String({ description: 'The body rendered safely (no raw HTML, safe links only).' }),
  tags: Type.Array(Type.String()),
  language: Type.String({ description: 'es when no article is written in the asked language.' }),
});

export const FaqList = closedObject({
  items: Type.Array(FaqArticleView),
  nextCursor: Type.Null({ description: 'Always null: the FAQ fits in one page.' }),
});

export const DeflectionParams = IdParams;

export const DeflectionBody = closedObject({
  query: Type.Optional(
    Type.String({ maxLength: 200, description: 'What the user had typed when it helped.' }),
  ),
});

export const DeflectionView = closedObject({ id: Type.String() });
