/**
 * The session cookie: `mesa_session`, HttpOnly (scripts cannot read it), SameSite=Lax (not
 * sent on cross-site posts), Path=/, and Secure when the request came over TLS (directly or,
 * with trust proxy, as X-Forwarded-Proto) or when the app is told cookies are always secure.
 */

import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply } from 'fastify';
import { SESSION_LIFETIME_MS } from '../../app/identity/session.service.js';

export const SESSION_COOKIE = 'mesa_session';

function cookieOptions(secure: boolean | 'auto'): CookieSerializeOptions {
  return { path: '/', httpOnly: true, sameSite: 'lax', secure };
}

/** Sets the session cookie; it expires with the session (12 h, in real time). */
export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean | 'auto') {
  reply.setCookie(SESSION_COOKIE, token, {
    ...cookieOptions(secure),
    maxAge: Math.floor(SESSION_LIFETIME_MS / 1000),
  });
}

/** Tells the browser to forget the session cookie. */
export function clearSessionCookie(reply: FastifyReply, secure: boolean | 'auto') {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(secure));
}
