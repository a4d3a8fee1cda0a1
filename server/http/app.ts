/**
 * Builds the HTTP application (not listening: tests use `inject()`, server.ts listens).
 *
 * Requests are validated by TypeBox (validation.ts): bodies strictly (no type coercion, unknown
 * fields refused by `additionalProperties: false`, nothing silently removed); query strings,
 * path parameters and headers after converting exact numerals and booleans. JSON bodies are
 * limited to 1 MiB. Every failure becomes problem+json in error-handler.ts.
 */

import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { TestClock } from '../app/clock.js';
import type { Services } from '../app/services.js';
import { installAuthentication } from './auth/authenticate.js';
import { installErrorHandling } from './error-handler.js';
import { registerOpenApi, serveOpenApiDocument } from './openapi.js';
import { attentionRoutes } from './routes/attention/routes.js';
import { authRoutes } from './routes/auth/routes.js';
import { calendarRoutes } from './routes/calendar/routes.js';
import { closureRoutes } from './routes/closures/routes.js';
import { directoryRoutes } from './routes/directory/routes.js';
import { faqRoutes } from './routes/faq/routes.js';
import { faqArticleRoutes } from './routes/faq-articles/routes.js';
import { healthRoutes } from './routes/health/routes.js';
import { inboundMailRoutes } from './routes/inbound-mail/routes.js';
import { integrationRoutes } from './routes/integrations/routes.js';
import { levelRoutes } from './routes/levels/routes.js';
import { mailSettingsRoutes } from './routes/mail-settings/routes.js';
import { maintenanceWindowRoutes } from './routes/maintenance-windows/routes.js';
import { meRoutes } from './routes/me/routes.js';
import { organizationRoutes } from './routes/organizations/routes.js';
import { outboxRoutes } from './routes/outbox/routes.js';
import { passwordResetRoutes } from './routes/password-reset/routes.js';
import { reportRoutes } from './routes/reports/routes.js';
import { satisfactionRoutes } from './routes/satisfaction/routes.js';
import { testClockRoutes } from './routes/test-clock/routes.js';
import { ticketRoutes } from './routes/tickets/routes.js';
import { tokenRoutes } from './routes/tokens/routes.js';
import { travelTimeRoutes } from './routes/travel-times/routes.js';
import { userRoutes } from './routes/users/routes.js';
import { visitRoutes } from './routes/visits/routes.js';
import { validatorCompiler } from './validation.js';
import { serveWebApp } from './web-static.js';

/** Where the API lives. */
export const API_PREFIX = '/api/v1';

/** The largest JSON body accepted (413 BODY_TOO_LARGE beyond). */
export const JSON_BODY_LIMIT = 1024 * 1024;

export interface AppOptions {
  /** Serve POST /api/v1/test-clock moving this clock; without it the route does not exist. */
  readonly testClock?: TestClock;
  /** Secure cookies always (true), never (false), or when the request came over TLS ('auto'). */
  readonly secureCookies?: boolean | 'auto';
  /** Behind a reverse proxy: trust X-Forwarded-For/-Proto (client address, https). */
  readonly trustProxy?: boolean;
  /** Fastify's logger options; false (silent) when absent. */
  readonly logger?: FastifyServerOptions['logger'];
  /** The built web app (dist/web) to serve at `/`; without it only the API is served. */
  readonly webRoot?: string;
}

/** Builds the app over the services; resolves once every route is registered. */
export async function buildApp(
  services: Services,
  options: AppOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: JSON_BODY_LIMIT,
  });
  app.setValidatorCompiler(validatorCompiler);
  // A JSON API: text/plain bodies are refused (415) instead of failing validation later.
  app.removeContentTypeParser('text/plain');
  installErrorHandling(app);
  await app.register(cookie);
  installAuthentication(app, services);
  await registerOpenApi(app);

  await app.register(healthRoutes(services));
  const secureCookies = options.secureCookies ?? 'auto';
  await app.register(
    async (api) => {
      await api.register(authRoutes(services, { secureCookies }));
      await api.register(passwordResetRoutes(services));
      await api.register(meRoutes(services));
      await api.register(tokenRoutes(services));
      await api.register(organizationRoutes(services));
      await api.register(userRoutes(services));
      await api.register(calendarRoutes(services));
      await api.register(levelRoutes(services));
      await api.register(closureRoutes(services));
      await api.register(directoryRoutes(services));
      await api.register(ticketRoutes(services));
      await api.register(outboxRoutes(services));
      await api.register(mailSettingsRoutes(services));
      await api.register(faqRoutes(services));
      await api.register(faqArticleRoutes(services));
      await api.register(attentionRoutes(services));
      await api.register(integrationRoutes(services));
      await api.register(travelTimeRoutes(services));
      await api.register(visitRoutes(services));
      await api.register(maintenanceWindowRoutes(services));
      await api.register(inboundMailRoutes(services));
      await api.register(satisfactionRoutes(services));
      await api.register(reportRoutes(services));
      if (options.testClock !== undefined) await api.register(testClockRoutes(options.testClock));
    },
    { prefix: API_PREFIX },
  );
  serveOpenApiDocument(app);
  if (options.webRoot !== undefined) await serveWebApp(app, options.webRoot);
  return app;
}
