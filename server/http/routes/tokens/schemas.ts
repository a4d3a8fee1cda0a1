/** Request and response schemas of /tokens. */

import { Type } from '@fastify/type-provider-typebox';
import { closedObject, InstantText, nullable } from '../../schemas.js';

export const CreateTokenBody = closedObject({
  name: Type.String({ maxLength: 100, examples: ['monitoring integration'] }),
});

export const CreatedToken = closedObject({
  id: Type.String(),
  name: Type.String(),
  token: Type.String({
    description: 'The secret (mesa_…): shown only now. Send it as Authorization: Bearer <token>.',
  }),
  createdAt: InstantText,
});

export const TokenView = closedObject({
  id: Type.String(),
  name: Type.String(),
  createdAt: InstantText,
  lastUsedAt: nullable(InstantText),
  revokedAt: nullable(InstantText),
});

export const TokenList = closedObject({
  items: Type.Array(TokenView),
  nextCursor: Type.Null({ description: 'Always null: a user has few tokens.' }),
});
