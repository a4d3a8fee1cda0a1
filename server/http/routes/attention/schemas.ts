/** Response schema of /attention. */

import { Type } from '@fastify/type-provider-typebox';
import { IMPACTS, MODALITIES, SERVICES } from '../../../domain/sla/contract-terms.js';
import { closedObject, InstantText, nullable, stringEnum } from '../../schemas.js';

const Level = closedObject({
  firstResponseMinutes: Type.Integer(),
  notificationIntervalMinutes: Type.Integer(),
});

export const AttentionView = closedObject({
  now: InstantText,
  contract: nullable(
    closedObject({
      organizationName: Type.String(),
      modality: stringEnum(MODALITIES),
      services: Type.Array(stringEnum(SERVICES)),
      onSiteCity: nullable(Type.String()),
      coveredPlatforms: Type.Array(Type.String()),
      validTo: nullable(Type.String()),
      impacts: Type.Array(stringEnum(IMPACTS), {
        description: 'The levels this contract may choose (change: managed or administration).',
      }),
    }),
  ),
  attendingNow: Type.Boolean({ description: '7x24: whether Mon–Sat 08:00–18:00 is running.' }),
  nextOpeningAt: nullable(InstantText),
  highImpactByPhoneOnly: Type.Boolean({
    description: '7x24 out of attended hours: only high impact, reported by phone (SPEC §3).',
  }),
  levels: closedObject({
    high: Level,
    medium: Level,
    low: Level,
    change: Level,
  }),
});
