/**
 * Authentication and CSRF protection for every request, in one onRequest hook installed on
 * the root instance (so route modules never think about them):
 *
 * - `Authorization: Bearer mesa_…` authenticates by API token. When the header is present it
 *   decides alone — the cookie is ignored — so a bearer request never rides on a session.
 * - Otherwise the `mesa_session` cookie authenticates by session.
 * - A cookie-authenticated POST, PUT, PATCH or DELETE must carry `x-csrf-token` equal to its
 *   session's token (CSRF_TOKEN_INVALID otherwise), unless the route sets `config.csrf: false`.
 *   A cross-site page can make a browser send the cookie, but cannot read the token.
 *
 * Invalid credentials leave the request anonymous; routes that need a user answer 401.
 */

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../app/app-errors.js';
import { sameSecret } from '../../app/identity/secrets.js';
import type { Services } from '../../app/services.js';
import { ANONYMOUS } from './request-auth.js';
import { SESSION_COOKIE } from './session-cookie.js';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const BEARER = /^Bearer\s+(\S+)\s*$/i;

async function authenticate(request: FastifyRequest, services: Services): Promise<void> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const token = BEARER.exec(authorization)?.[1];
    const found = token === undefined ? null : await services.apiTokens.authenticate(token);
    if (found !== null) {
      request.actor = found.actor;
      request.authentication = { kind: 'token', tokenId: found.tokenId };
    }
    return;
  }
  const sessionToken = request.cookies[SESSION_COOKIE];
  if (sessionToken === undefined || sessionToken === '') return;
  const session = await services.sessions.authenticate(sessionToken);
  if (session === null) return;
  request.actor = session.actor;
  request.authentication = { kind: 'session', sessionToken, csrfToken: session.csrfToken };
}

function assertCsrf(request: FastifyRequest): void {
  const auth = request.authentication;
  if (auth.kind !== 'session' || !UNSAFE_METHODS.has(request.method)) return;
  if (request.routeOptions.config.csrf === false) return;
  const header = request.headers['x-csrf-token'];
  if (typeof header !== 'string' || !sameSecret(header, auth.csrfToken)) {
    throw new AppError('CSRF_TOKEN_INVALID');
  }
}

/** Installs request.actor / request.authentication and the CSRF check on every route. */
export function installAuthentication(app: FastifyInstance, services: Services): void {
  app.decorateRequest('actor', null, []);
  app.decorateRequest('authentication', null, []);
  app.addHook('onRequest', async (request) => {
    request.actor = null;
    request.authentication = ANONYMOUS;
    await authenticate(request, services);
    assertCsrf(request);
  });
}
