/** Whether the database answers: what /readyz asks. */

import { sql } from 'kysely';
import type { Db } from './db.js';

/** Runs `select 1`; rejects when the database does not answer. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db.kysely);
}
