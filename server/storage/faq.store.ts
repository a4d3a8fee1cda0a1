/** Reads FAQ articles and records deflections ("this solved it"). */

import type { Executor } from './db.js';

export interface FaqArticleRecord {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly body: string;
  readonly tags: readonly string[];
  readonly language: string;
}

export interface FaqDeflectionRecord {
  readonly id: string;
  readonly articleId: string;
  readonly userId: string | null;
  readonly organizationId: string | null;
  readonly query: string | null;
  readonly createdAt: number;
}

function parseTags(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.map(String) : [];
}

export class FaqStore {
  /** Every article of a language, by slug (the FAQ is small: tens of articles). */
  async listByLanguage(ex: Executor, language: string): Promise<FaqArticleRecord[]> {
    const rows = await ex
      .selectFrom('faq_articles')
      .select(['id', 'slug', 'title', 'body', 'tags', 'language'])
      .where('language', '=', language)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((row) => ({ ...row, tags: parseTags(row.tags) }));
  }

  async exists(ex: Executor, id: string): Promise<boolean> {
    const rows = await ex.selectFrom('faq_articles').select('id').where('id', '=', id).execute();
    return rows.length > 0;
  }

  async insertDeflection(ex: Executor, deflection: FaqDeflectionRecord): Promise<void> {
    await ex
      .insertInto('faq_deflections')
      .values({
        id: deflection.id,
        article_id: deflection.articleId,
        user_id: deflection.userId,
        organization_id: deflection.organizationId,
        query: deflection.query,
        created_at: deflection.createdAt,
      })
      .execute();
  }

  /** How many deflections each article has (reports; tests). */
  async deflectionCounts(ex: Executor): Promise<Map<string, number>> {
    const rows = await ex
      .selectFrom('faq_deflections')
      .select(({ fn }) => ['article_id', fn.countAll<number | string>().as('count')])
      .groupBy('article_id')
      .execute();
    return new Map(rows.map((row) => [row.article_id, Number(row.count)]));
  }
}
