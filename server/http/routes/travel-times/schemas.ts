/** Request and response schemas of /travel-times. */

import { Type } from '@fastify/type-provider-typebox';
import { MAX_TRAVEL_MINUTES } from '../../../app/onsite/travel-time.service.js';
import { closedObject, InstantText, nullable } from '../../schemas.js';

export const TravelTimeView = closedObject({
  city: Type.String(),
  minutes: Type.Integer(),
  hours: Type.Number({ description: 'minutes / 60, for display.' }),
  example: Type.Boolean({ description: 'A shipped example value, not the center’s own.' }),
  updatedAt: InstantText,
});

export const TravelTimeTableView = closedObject({
  example: Type.Boolean({ description: 'True while any row is still a shipped example.' }),
  note: nullable(Type.String({ description: 'What to tell users while examples are in force.' })),
  noteEn: nullable(Type.String()),
  items: Type.Array(TravelTimeView, { description: 'By city.' }),
});

export const TravelTimeTableBody = closedObject({
  entries: Type.Array(
    closedObject({
      city: Type.String({ minLength: 1, maxLength: 100, examples: ['Medellín'] }),
      minutes: Type.Integer({
        minimum: 1,
        maximum: MAX_TRAVEL_MINUTES,
        description: 'Travel time from the center, in minutes (1–10,080).',
        examples: [480],
      }),
    }),
    {
      minItems: 1,
      maxItems: 500,
      description: 'The whole table: it replaces the current one (cities not listed are removed).',
    },
  ),
});
