/** The actor of trusted local callers: the `mesa` CLI and the start-up data of main.ts. */

import type { Actor } from '../actor.js';

/**
 * An administrator that is no user: whoever runs the CLI on the server already holds the
 * database, so it may do what an admin may. Never stored as an author (its id is no user id).
 */
export const OPERATOR: Actor = Object.freeze({
  userId: 'operator',
  role: 'admin',
  organizationId: null,
  language: 'es',
});
