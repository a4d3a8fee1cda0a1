/** Request and response schemas of /closures. */

import { Type } from '@fastify/type-provider-typebox';
import { closedObject, DateText, InstantText } from '../../schemas.js';

export const ClosuresQuery = closedObject({
  year: Type.Optional(
    Type.Integer({
      description: 'Only the closures of this year (1984–2199); all of them when absent.',
      examples: [2026],
    }),
  ),
});

export const ClosureBody = closedObject({
  date: DateText,
  name: Type.String({
    maxLength: 200,
    description: 'Shown wherever the day is explained, in both languages.',
    examples: ['Día de la familia'],
  }),
});

export const ClosureView = closedObject({
  id: Type.String(),
  date: DateText,
  name: Type.String(),
  createdAt: InstantText,
});

export const ClosureList = closedObject({
  items: Type.Array(ClosureView, { description: 'By date.' }),
  nextCursor: Type.Null({ description: 'Always null: closures are few.' }),
});
