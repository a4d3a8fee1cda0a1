/**
 * The use cases wired to their adapters: what the HTTP layer, the CLI and the jobs call. Built
 * once by the composition root (server/main.ts) or by a test harness.
 */

import type { Db } from '../storage/db.js';
import type { Clock } from './clock.js';

export interface ServiceDependencies {
  readonly db: Db;
  readonly clock: Clock;
  /** Attachments and other files live under it. */
  readonly dataDir: string;
}

export interface Services {
  readonly deps: ServiceDependencies;
}

/** Builds every use-case service over one database and clock. */
export function createServices(deps: ServiceDependencies): Services {
  return { deps };
}
