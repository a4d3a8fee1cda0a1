/** Request and response schemas of /test-clock. */

import { Type } from '@fastify/type-provider-typebox';
import { closedObject, InstantText } from '../../schemas.js';

export const TestClockBody = closedObject({
  now: Type.String({
    maxLength: 40,
    description: 'ISO 8601 with an offset; not before the current virtual time.',
    examples: ['2026-03-16T17:59:00-05:00'],
  }),
});

export const TestClockView = closedObject({ now: InstantText });
