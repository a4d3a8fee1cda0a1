/**
 * A ticket's messages are read oldest first with the id breaking ties (`order by created_at,
 * id`): with the id in the index too, the read walks the index in order instead of sorting
 * what it found — every ticket page and `GET /tickets/{id}` reads them (issue 3).
 */

import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createIndex('messages_in_order')
    .on('messages')
    .columns(['ticket_id', 'created_at', 'id'])
    .execute();
  await db.schema.dropIndex('messages_by_ticket').execute();
}
