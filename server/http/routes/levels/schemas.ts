/** Request and response schemas of /levels. */

import { Type } from '@fastify/type-provider-typebox';
import { MAX_LEVEL_MINUTES } from '../../../app/settings/level-table.service.js';
import { IMPACTS } from '../../../domain/sla/contract-terms.js';
import { closedObject, stringEnum } from '../../schemas.js';

// The impact is a plain string here: the domain's parser answers INVALID_IMPACT with a message
// that lists the levels.
export const ImpactParams = closedObject({
  impact: Type.String({ maxLength: 40, description: `One of ${IMPACTS.join(', ')}.` }),
});

const minutes = (description: string, example: number) =>
  Type.Integer({ minimum: 1, maximum: MAX_LEVEL_MINUTES, description, examples: [example] });

export const LevelBody = closedObject({
  firstResponseMinutes: minutes(
    `First response (diagnosis) time: whole business minutes of the ticket's calendar, 1–${MAX_LEVEL_MINUTES}.`,
    240,
  ),
  notificationIntervalMinutes: minutes(
    `Most business minutes between updates to the requester; also the no-response period. 1–${MAX_LEVEL_MINUTES}.`,
    360,
  ),
});

export const LevelView = closedObject({
  impact: stringEnum(IMPACTS),
  firstResponseMinutes: Type.Integer({ description: "Business minutes of the ticket's calendar." }),
  notificationIntervalMinutes: Type.Integer({
    description: "Business minutes of the ticket's calendar.",
  }),
  isDefault: Type.Boolean({ description: 'The times are the defaults of the service levels.' }),
});

export const LevelList = closedObject({
  items: Type.Array(LevelView, { description: 'In the order high, medium, low, change.' }),
  nextCursor: Type.Null({ description: 'Always null: the table has four levels.' }),
});
