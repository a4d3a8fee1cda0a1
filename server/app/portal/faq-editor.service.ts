/**
 * The admins' side of the FAQ (issue 5): every article, retired ones too; write one in Markdown
 * (rendered safely where it is served, http/routes/faq/markdown.ts); change it; retire it from
 * the portal or bring it back. Retiring keeps the row, so its deflections still count.
 */

import type { Language } from '../../domain/errors.js';
import type { Db } from '../../storage/db.js';
import type {
  FaqArticleAdminRecord,
  FaqArticleContent,
  FaqStore,
} from '../../storage/faq.store.js';
import { isUniqueViolation } from '../../storage/unique-violation.js';
import type { Actor } from '../actor.js';
import { AppError } from '../app-errors.js';
import type { Clock } from '../clock.js';
import { isId, newId } from '../ids.js';
import { requireAdmin } from '../settings/require-admin.js';

export type { FaqArticleAdminRecord } from '../../storage/faq.store.js';

/** An article as an admin writes it. */
export interface FaqArticleInput {
  readonly title: string;
  /** Markdown. */
  readonly body: string;
  readonly tags: readonly string[];
  readonly language: Language;
}

function articleNotFound(): AppError {
  return new AppError('NOT_FOUND', { what: 'el artículo', whatEn: 'article' });
}

/** A URL-friendly slug of a title: lower-case ASCII words joined by hyphens. */
export function slugOf(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug === '' ? 'articulo' : slug;
}

/** Trimmed title and tags (INVALID_NAME for a blank title), tags once each. */
function contentOf(input: FaqArticleInput): FaqArticleContent {
  const title = input.title.trim().replace(/\s+/g, ' ');
  if (title === '') throw new AppError('INVALID_NAME');
  const tags = [...new Set(input.tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))];
  return { title, body: input.body, tags, language: input.language };
}

export class FaqEditor {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly store: FaqStore,
  ) {}

  /** Every article, newest first (admins). */
  async list(actor: Actor): Promise<FaqArticleAdminRecord[]> {
    requireAdmin(actor);
    return this.store.listAll(this.db.kysely);
  }

  /** Writes a new article, on the portal at once; its slug comes from the title. */
  async create(actor: Actor, input: FaqArticleInput): Promise<FaqArticleAdminRecord> {
    requireAdmin(actor);
    const content = contentOf(input);
    const at = this.clock.now();
    const id = newId(at);
    const base = slugOf(content.title);
    // A title like an existing one gets the id's tail: slugs stay unique and readable.
    for (const slug of [base, `${base}-${id.slice(-8)}`]) {
      try {
        await this.db.transaction((trx) => this.store.insert(trx, { id, slug, at }, content));
        return this.get(id);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
    throw new Error(`no free slug for ${base}`);
  }

  /** Changes an article's title, body, tags or language (its slug stays). */
  async update(actor: Actor, id: string, input: FaqArticleInput): Promise<FaqArticleAdminRecord> {
    requireAdmin(actor);
    const content = contentOf(input);
    await this.get(id);
    await this.db.transaction((trx) => this.store.update(trx, id, content, this.clock.now()));
    return this.get(id);
  }

  /** Takes an article off the portal (`retired` true) or brings it back (false). */
  async setRetired(actor: Actor, id: string, retired: boolean): Promise<FaqArticleAdminRecord> {
    requireAdmin(actor);
    const article = await this.get(id);
    const now = this.clock.now();
    // Retiring twice keeps the first instant.
    const retiredAt = retired ? (article.retiredAt ?? now) : null;
    await this.db.transaction((trx) => this.store.setRetired(trx, id, retiredAt, now));
    return this.get(id);
  }

  private async get(id: string): Promise<FaqArticleAdminRecord> {
    const article = isId(id) ? await this.store.find(this.db.kysely, id) : null;
    if (article === null) throw articleNotFound();
    return article;
  }
}
