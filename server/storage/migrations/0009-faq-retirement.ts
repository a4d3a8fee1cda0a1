/**
 * FAQ articles admins retire (issue 5): a retired article leaves the portal but stays in the
 * table, so the deflections it recorded keep counting in the reports.
 */

import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('faq_articles').addColumn('retired_at', 'bigint').execute();
}
