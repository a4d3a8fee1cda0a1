/**
 * The portal's schema (issue 5): "this solved it" on a FAQ article, recorded as a deflection
 * (a case the FAQ answered before it was registered), for the reports of deflections by FAQ.
 */

import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
type AnyDb = Kysely<any>;

const instant = 'bigint' as const;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('faq_deflections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) =>
      c.notNull().references('faq_articles.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('organization_id', 'text', (c) => c.references('organizations.id'))
    // What the user was typing when the article answered it (the subject of the case to be).
    .addColumn('query', 'text')
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  // Reports count deflections per article over a period.
  await db.schema
    .createIndex('faq_deflections_article')
    .on('faq_deflections')
    .columns(['article_id', 'created_at'])
    .execute();
}
