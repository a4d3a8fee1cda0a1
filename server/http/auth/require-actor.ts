/** Guards for route handlers: who must be signed in, and with which role. */

import type { FastifyRequest } from 'fastify';
import type { Actor, Role } from '../../app/actor.js';
import { AppError } from '../../app/app-errors.js';

/** The signed-in actor, or UNAUTHENTICATED (401). */
export function requireActor(request: FastifyRequest): Actor {
  if (request.actor === null) throw new AppError('UNAUTHENTICATED');
  return request.actor;
}

/** The actor if its role is one of `roles`, or FORBIDDEN (403). */
export function requireRole(actor: Actor, ...roles: readonly Role[]): Actor {
  if (!roles.includes(actor.role)) throw new AppError('FORBIDDEN');
  return actor;
}
