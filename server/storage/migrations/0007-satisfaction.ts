/**
 * Satisfaction (issue 5): one survey per closed ticket, opened in the closure's transaction with
 * the secret of its e-mail link, and rated once — the score stays null until the requester
 * answers, and the conditional update that fills it is what makes "once per ticket" hold under
 * concurrent clicks.
 */

import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
type AnyDb = Kysely<any>;

const instant = 'bigint' as const;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('satisfaction_surveys')
    .addColumn('ticket_id', 'text', (c) => c.primaryKey().references('tickets.id'))
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('requester_id', 'text', (c) => c.notNull().references('users.id'))
    // SHA-256 of the e-mail link's secret: a leaked table does not leak working links.
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('closed_at', instant, (c) => c.notNull())
    .addColumn('score', 'integer')
    .addColumn('comment', 'text')
    .addColumn('rated_at', instant)
    // 'portal' (signed in) or 'email' (the link, signed out).
    .addColumn('rated_via', 'text')
    .execute();
  // Reports read the surveys of a period of closures.
  await db.schema
    .createIndex('satisfaction_surveys_closed')
    .on('satisfaction_surveys')
    .columns(['closed_at'])
    .execute();
}
