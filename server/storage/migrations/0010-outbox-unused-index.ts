/**
 * The outbox's index by creation instant served no query (the admin view and the reply lookup
 * go by id, which is time-ordered; the dispatcher by its pending index), and every e-mail written
 * paid for it — the SLA sweep writes one per due event (issue 4).
 */

import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('outbox_by_created').execute();
}
