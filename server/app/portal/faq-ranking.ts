/**
 * Ranks FAQ articles against what a user is typing (the subject of a case to be): each query
 * word, accents and case folded, scores where it appears — title, tags, body — and the last
 * word also matches as a prefix, since it is usually still being typed. Common Spanish and
 * English words score nothing, so "no tengo internet" ranks by "internet".
 */

import { foldText, wordsOf } from '../search-query.js';

export interface RankableArticle {
  readonly title: string;
  readonly body: string;
  readonly tags: readonly string[];
}

const STOP_WORDS = new Set(
  (
    'a al como con de del el en es esta este hay la las lo los me mi mis no nos o para pero por ' +
    'que se si sin su sus un una uno y ya tengo tiene funciona sirve ' +
    'an and are at be by do does for from how i in is it my not of on or the to with what why'
  ).split(' '),
);

const MIN_WORD = 2;

function queryWords(query: string): { words: string[]; prefix: string | null } {
  const all = wordsOf(query).filter((w) => w.length >= MIN_WORD && !STOP_WORDS.has(w));
  // A query ending in a letter is still being typed: its last word may be incomplete.
  const typing = /[\p{L}\p{N}]$/u.test(query.trim());
  const prefix = typing && all.length > 0 ? (all[all.length - 1] ?? null) : null;
  return { words: all, prefix: prefix !== null && prefix.length >= 3 ? prefix : null };
}

function scoreIn(words: ReadonlySet<string>, word: string, prefix: boolean): number {
  if (words.has(word)) return 1;
  if (!prefix) return 0;
  for (const candidate of words) if (candidate.startsWith(word)) return 0.8;
  return 0;
}

/** The articles matching `query`, best first (at most `limit`); none for an empty query. */
export function rankArticles<T extends RankableArticle>(
  articles: readonly T[],
  query: string,
  limit: number,
): T[] {
  const { words, prefix } = queryWords(query);
  if (words.length === 0) return [];
  const scored = articles.map((article, index) => {
    const title = new Set(wordsOf(article.title));
    const tags = new Set(article.tags.flatMap((tag) => wordsOf(foldText(tag))));
    const body = new Set(wordsOf(article.body));
    let score = 0;
    for (const word of words) {
      const asPrefix = word === prefix;
      score +=
        3 * scoreIn(title, word, asPrefix) +
        2 * scoreIn(tags, word, asPrefix) +
        scoreIn(body, word, asPrefix);
    }
    return { article, score, index };
  });
  return scored
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((entry) => entry.article);
}
