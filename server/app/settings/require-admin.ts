/** Who may change the settings the SLA clock reads (levels, closures): admins (SPEC §1). */

import type { Actor } from '../actor.js';
import { AppError } from '../app-errors.js';

/** FORBIDDEN unless the actor is an admin. */
export function requireAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw new AppError('FORBIDDEN');
}
