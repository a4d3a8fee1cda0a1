/** Reads and writes FAQ articles, and records deflections ("this solved it"). */

import type { Executor } from './db.js';

export interface FaqArticleRecord {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly body: string;
  readonly tags: readonly string[];
  readonly language: string;
}

/** An article as admins see it: with when it was written, changed and retired. */
export interface FaqArticleAdminRecord extends FaqArticleRecord {
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly retiredAt: number | null;
}

/** What an admin writes of an article (the slug is chosen once, at creation). */
export interface FaqArticleContent {
  readonly title: string;
  readonly body: string;
  readonly tags: readonly string[];
  readonly language: string;
}

const ADMIN_COLUMNS = [
  'id',
  'slug',
  'title',
  'body',
  'tags',
  'language',
  'created_at',
  'updated_at',
  'retired_at',
] as const;

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
  /** Every article of a language not retired (the FAQ is small: tens of articles). */
  async listByLanguage(ex: Executor, language: string): Promise<FaqArticleRecord[]> {
    const rows = await ex
      .selectFrom('faq_articles')
      .select(['id', 'slug', 'title', 'body', 'tags', 'language'])
      .where('language', '=', language)
      .where('retired_at', 'is', null)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((row) => ({ ...row, tags: parseTags(row.tags) }));
  }

  /** Every article, retired ones too, newest first (the admins' list). */
  async listAll(ex: Executor): Promise<FaqArticleAdminRecord[]> {
    const rows = await ex
      .selectFrom('faq_articles')
      .select(ADMIN_COLUMNS)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map(toAdminRecord);
  }

  async find(ex: Executor, id: string): Promise<FaqArticleAdminRecord | null> {
    const row = await ex
      .selectFrom('faq_articles')
      .select(ADMIN_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? null : toAdminRecord(row);
  }

  /** Inserts an article; a taken slug fails with a unique violation. */
  async insert(
    ex: Executor,
    article: { readonly id: string; readonly slug: string; readonly at: number },
    content: FaqArticleContent,
  ): Promise<void> {
    await ex
      .insertInto('faq_articles')
      .values({
        id: article.id,
        slug: article.slug,
        ...contentColumns(content),
        created_at: article.at,
        updated_at: article.at,
        retired_at: null,
      })
      .execute();
  }

  async update(ex: Executor, id: string, content: FaqArticleContent, at: number): Promise<void> {
    await ex
      .updateTable('faq_articles')
      .set({ ...contentColumns(content), updated_at: at })
      .where('id', '=', id)
      .execute();
  }

  /** Retires (an instant) or restores (null) an article. */
  async setRetired(ex: Executor, id: string, retiredAt: number | null, at: number): Promise<void> {
    await ex
      .updateTable('faq_articles')
      .set({ retired_at: retiredAt, updated_at: at })
      .where('id', '=', id)
      .execute();
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

function contentColumns(content: FaqArticleContent) {
  return {
    title: content.title,
    body: content.body,
    tags: JSON.stringify(content.tags),
    language: content.language,
  };
}

function toAdminRecord(row: {
  id: string;
  slug: string;
  title: string;
  body: string;
  tags: string;
  language: string;
  created_at: number;
  updated_at: number;
  retired_at: number | null;
}): FaqArticleAdminRecord {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    body: row.body,
    tags: parseTags(row.tags),
    language: row.language,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    retiredAt: row.retired_at === null ? null : Number(row.retired_at),
  };
}
