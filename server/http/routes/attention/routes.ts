/**
 * /api/v1/attention: whether the Service Center attends the signed-in customer's contract now
 * (SPEC §3), for the portal's home and the ticket form, and the server's "now" (the test clock
 * in demos) that countdowns run from.
 */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Services } from '../../../app/services.js';
import { requireActor } from '../../auth/require-actor.js';
import { instantText } from '../../present.js';
import { problems } from '../../problem-schema.js';
import { AttentionView } from './schemas.js';

/** The /attention route. */
export function attentionRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/attention',
      {
        schema: {
          tags: ['attention'],
          summary: 'The contract in force and whether the center attends it now',
          response: { 200: AttentionView, ...problems(401) },
        },
      },
      async (request) => {
        const attention = await services.attention.now(requireActor(request));
        return {
          ...attention,
          now: instantText(attention.now),
          contract:
            attention.contract === null
              ? null
              : {
                  ...attention.contract,
                  services: [...attention.contract.services],
                  coveredPlatforms: [...attention.contract.coveredPlatforms],
                  impacts: [...attention.contract.impacts],
                },
          nextOpeningAt:
            attention.nextOpeningAt === null ? null : instantText(attention.nextOpeningAt),
        };
      },
    );
  };
}
