/**
 * The OpenAPI 3.1 document, generated from the route schemas by @fastify/swagger, served at
 * `/api/v1/openapi.json`, and readable docs (Swagger UI) at `/api/docs`.
 */

import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

const description = `The REST API of mesa, a service desk with SLA clocks on Colombian calendars.

**Authentication.** Either sign in with \`POST /api/v1/auth/login\` (the \`mesa_session\` cookie;
send the returned \`csrfToken\` as the \`x-csrf-token\` header on every POST, PUT, PATCH and
DELETE), or send an API token from \`POST /api/v1/tokens\` as \`Authorization: Bearer mesa_…\`.

**Errors** are \`application/problem+json\` with a stable \`code\`; \`detail\` is in Spanish, or
English for users whose language is \`en\` or clients whose Accept-Language prefers it.

**Lists** answer \`{items, nextCursor}\`; pass \`?cursor=<nextCursor>\` for the next page.`;

/** Registers the document generator (before any route) and the docs UI. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'mesa API', version: 'v1', description },
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'mesa_session',
            description: 'The session cookie of POST /auth/login (writes also need x-csrf-token).',
          },
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description: 'An API token from POST /tokens (mesa_…).',
          },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
}

/** Serves the generated document at /api/v1/openapi.json (call after every route is added). */
export function serveOpenApiDocument(app: FastifyInstance): void {
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
