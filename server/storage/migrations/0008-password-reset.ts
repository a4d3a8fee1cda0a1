/**
 * Password reset by e-mail (issue 5): each link's token, kept only as its SHA-256 (like
 * sessions), with its expiry. A used, superseded or expired token is deleted, so a row that
 * exists and has not expired is exactly a link that still works.
 */

import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
type AnyDb = Kysely<any>;

const instant = 'bigint' as const;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('password_reset_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('expires_at', instant, (c) => c.notNull())
    .execute();
  // A reset ends the user's other links; a request counts the user's recent ones.
  await db.schema
    .createIndex('password_reset_tokens_by_user')
    .on('password_reset_tokens')
    .columns(['user_id', 'created_at'])
    .execute();
}
