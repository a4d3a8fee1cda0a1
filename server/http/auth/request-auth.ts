/**
 * What authentication adds to every request: `request.actor` (who is acting, or null) and
 * `request.authentication` (how: a session cookie, an API token, or nothing). Route config
 * `csrf: false` exempts an unsafe route from the CSRF check.
 */

import type { Actor } from '../../app/actor.js';

/** How the request proved who it is. */
export type Authentication =
  | { readonly kind: 'none' }
  /** A session cookie: unsafe methods must also send the session's CSRF token. */
  | { readonly kind: 'session'; readonly sessionToken: string; readonly csrfToken: string }
  /** `Authorization: Bearer mesa_…`: no cookie rides along, so no CSRF token is needed. */
  | { readonly kind: 'token'; readonly tokenId: string };

/** No credentials, or credentials that did not check out. */
export const ANONYMOUS: Authentication = Object.freeze({ kind: 'none' });

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user as the use cases see it; null when anonymous. */
    actor: Actor | null;
    authentication: Authentication;
  }
  interface FastifyContextConfig {
    /** false exempts an unsafe route from the CSRF check (login, the test clock). */
    csrf?: boolean;
  }
}
