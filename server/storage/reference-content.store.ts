/**
 * Writes the reference content a fresh install starts with (the guide's phone directory and the
 * FAQ). Admins edit both afterwards; seeding only fills empty tables.
 */

import type { Executor } from './db.js';

export interface DirectoryRow {
  readonly id: string;
  readonly position: number;
  readonly kind: 'national_line' | 'city';
  readonly label: string;
  readonly labelEn: string | null;
  readonly phone: string;
}

export interface FaqRow {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly body: string;
  readonly tags: readonly string[];
  readonly language: string;
  readonly at: number;
}

export class ReferenceContentStore {
  async directoryIsEmpty(ex: Executor): Promise<boolean> {
    return (await ex.selectFrom('directory_entries').select('id').limit(1).execute()).length === 0;
  }

  async insertDirectory(ex: Executor, rows: readonly DirectoryRow[]): Promise<void> {
    if (rows.length === 0) return;
    await ex
      .insertInto('directory_entries')
      .values(
        rows.map((row) => ({
          id: row.id,
          position: row.position,
          kind: row.kind,
          label: row.label,
          label_en: row.labelEn,
          phone: row.phone,
        })),
      )
      .execute();
  }

  async faqIsEmpty(ex: Executor): Promise<boolean> {
    return (await ex.selectFrom('faq_articles').select('id').limit(1).execute()).length === 0;
  }

  async insertFaq(ex: Executor, rows: readonly FaqRow[]): Promise<void> {
    if (rows.length === 0) return;
    await ex
      .insertInto('faq_articles')
      .values(
        rows.map((row) => ({
          id: row.id,
          slug: row.slug,
          title: row.title,
          body: row.body,
          tags: JSON.stringify(row.tags),
          language: row.language,
          created_at: row.at,
          updated_at: row.at,
        })),
      )
      .execute();
  }

  async hasOrganizations(ex: Executor): Promise<boolean> {
    return (await ex.selectFrom('organizations').select('id').limit(1).execute()).length > 0;
  }
}
