/**
 * Probes for process managers and load balancers, at the root (not under /api/v1):
 * `/healthz` — the process is up; `/readyz` — it can also reach its database.
 */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@fastify/type-provider-typebox';
import type { Services } from '../../../app/services.js';
import { pingDatabase } from '../../../storage/health.store.js';
import { closedObject, stringEnum } from '../../schemas.js';

const Status = closedObject({ status: stringEnum(['ok', 'unavailable'] as const) });
const ReadyStatus = closedObject({
  status: stringEnum(['ok', 'unavailable'] as const),
  database: Type.Optional(stringEnum(['ok', 'unavailable'] as const)),
});

/** The /healthz and /readyz routes. */
export function healthRoutes(services: Services): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/healthz',
      {
        schema: {
          tags: ['health'],
          summary: 'Liveness: the process is up',
          security: [],
          response: { 200: Status },
        },
      },
      async () => ({ status: 'ok' as const }),
    );

    app.get(
      '/readyz',
      {
        schema: {
          tags: ['health'],
          summary: 'Readiness: the database answers',
          security: [],
          response: { 200: ReadyStatus, 503: ReadyStatus },
        },
      },
      async (request, reply) => {
        try {
          await pingDatabase(services.deps.db);
          return { status: 'ok' as const, database: 'ok' as const };
        } catch (error) {
          request.log.warn({ err: error }, 'database not ready');
          return reply.code(503).send({ status: 'unavailable', database: 'unavailable' });
        }
      },
    );
  };
}
