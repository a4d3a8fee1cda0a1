/**
 * The FAQ the portal shows before the ticket form (SPEC §6–7): articles of a language, the ones
 * matching what the user types, and "this solved it", recorded as a deflection (a case the FAQ
 * answered) for the reports of deflections by FAQ.
 */

import type { Language } from '../../domain/errors.js';
import type { Db } from '../../storage/db.js';
import type { FaqArticleRecord, FaqStore } from '../../storage/faq.store.js';
import { type Actor, isStaff } from '../actor.js';
import { AppError } from '../app-errors.js';
import type { Clock } from '../clock.js';
import { isId, newId } from '../ids.js';
import { rankArticles } from './faq-ranking.js';

/** Suggestions shown at once while a subject is typed. */
export const FAQ_SUGGESTIONS = 5;

export interface FaqSearch {
  /** What the user typed; absent or blank lists every article. */
  readonly q?: string;
  readonly language: Language;
}

function articleNotFound(): AppError {
  return new AppError('NOT_FOUND', { what: 'el artículo', whatEn: 'article' });
}

export class FaqService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly store: FaqStore,
  ) {}

  /**
   * The articles of the language (Spanish when none is written in it yet: the shipped FAQ is
   * Spanish), all of them without a query, else the best matches of the query.
   */
  async search(search: FaqSearch): Promise<FaqArticleRecord[]> {
    const ex = this.db.kysely;
    let articles = await this.store.listByLanguage(ex, search.language);
    if (articles.length === 0 && search.language !== 'es') {
      articles = await this.store.listByLanguage(ex, 'es');
    }
    const q = search.q?.trim() ?? '';
    return q === '' ? articles : rankArticles(articles, q, FAQ_SUGGESTIONS);
  }

  /** "This solved it": a customer's case answered by an article (staff are not counted). */
  async recordDeflection(
    actor: Actor,
    articleId: string,
    query: string | undefined,
  ): Promise<{ id: string }> {
    if (isStaff(actor)) throw new AppError('FORBIDDEN');
    const at = this.clock.now();
    const id = newId(at);
    await this.db.transaction(async (trx) => {
      if (!isId(articleId) || !(await this.store.exists(trx, articleId))) {
        throw articleNotFound();
      }
      await this.store.insertDeflection(trx, {
        id,
        articleId,
        userId: actor.userId,
        organizationId: actor.organizationId,
        query: query === undefined || query.trim() === '' ? null : query.trim(),
        createdAt: at,
      });
    });
    return { id };
  }
}
