/**
 * Serves the built portal and console (`vite build` → dist/web) from the API's own app: files
 * by their path, precompressed `.br`/`.gz` siblings when the client accepts them, hashed
 * assets cached for a year (their names change with their content), index.html never cached,
 * and every other GET that is not the API's answered with index.html so the browser's router
 * can draw the page (a reload of /portal/tickets/… works). API paths keep their problem+json
 * ROUTE_NOT_FOUND.
 */

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Paths that belong to the server: never answered with the web app's index.html. */
const SERVER_PATHS = /^\/(api(\/|$)|healthz$|readyz$)/;

/** The content security policy of the web app's pages (no inline script; only this origin). */
export const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const YEAR_SECONDS = 365 * 24 * 60 * 60;

function pageHeaders(reply: FastifyReply): void {
  reply.header('cache-control', 'no-cache');
  reply.header('content-security-policy', WEB_CSP);
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'same-origin');
}

/** Where `vite build` puts the web app: dist/web at the repository's root. */
export const WEB_BUILD_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/web');

/** Whether `root` holds a built web app (index.html). */
export function hasWebBuild(root: string = WEB_BUILD_DIR): boolean {
  return existsSync(join(root, 'index.html'));
}

/** Serves the web app in `root` (built by `vite build`) at `/`, with the SPA fallback. */
export async function serveWebApp(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    // One route per built file (the build exists before the server starts); unknown paths fall
    // to the fallback below instead of a 404.
    wildcard: false,
    globIgnore: ['**/*.gz', '**/*.br'],
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => {
      if (/[\\/]assets[\\/]/.test(path)) {
        reply.header('cache-control', `public, max-age=${YEAR_SECONDS}, immutable`);
        reply.header('x-content-type-options', 'nosniff');
      } else {
        pageHeaders(reply);
      }
    },
  });
  app.route({
    method: ['GET', 'HEAD'],
    url: '/*',
    schema: { hide: true },
    handler: (request, reply) => {
      const path = request.url.split('?')[0] ?? '/';
      // A missing asset or an unknown API path is a real 404, not a page.
      if (SERVER_PATHS.test(path) || path.startsWith('/assets/')) return reply.callNotFound();
      pageHeaders(reply);
      return reply.sendFile('index.html');
    },
  });
}
