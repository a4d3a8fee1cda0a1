/** Request and response schemas of the satisfaction routes. */

import { Type } from '@fastify/type-provider-typebox';
import {
  MAX_COMMENT_LENGTH,
  MAX_SCORE,
  MIN_SCORE,
} from '../../../app/satisfaction/satisfaction.service.js';
import { closedObject, InstantText, nullable, stringEnum } from '../../schemas.js';

export const RatingBody = closedObject({
  score: Type.Integer({ minimum: MIN_SCORE, maximum: MAX_SCORE, description: '1 (poor) to 5.' }),
  comment: Type.Optional(Type.String({ maxLength: MAX_COMMENT_LENGTH })),
});

export const TokenParams = closedObject({
  token: Type.String({ maxLength: 100, description: 'The secret of the e-mail link.' }),
});

export const SatisfactionView = closedObject({
  ticketId: Type.String(),
  ticketNumber: Type.String(),
  subject: Type.String(),
  state: stringEnum(['open', 'awaiting', 'rated'] as const, 'open: the ticket is not closed.'),
  closedAt: nullable(InstantText),
  score: nullable(Type.Integer()),
  comment: nullable(Type.String()),
  ratedAt: nullable(InstantText),
  canRate: Type.Boolean({ description: 'Whether the caller may rate now.' }),
});
