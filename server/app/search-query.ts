/**
 * The full-text query language of `GET /tickets?q=`: words (all must match), `"a phrase"`,
 * and `prefix*`. Text is folded to lower case without accents, so "conexion" finds
 * "conexión". Parsing never fails on odd input: punctuation separates words, and only the
 * folded letters and digits ever reach the database's own query syntax.
 */

export type SearchTerm =
  | { readonly kind: 'word'; readonly text: string }
  | { readonly kind: 'prefix'; readonly text: string }
  | { readonly kind: 'phrase'; readonly words: readonly string[] };

const MAX_TERMS = 8;
const MIN_PREFIX_LENGTH = 2;

/** Lower case, accents removed (NFD then combining marks dropped): the form both the index and queries use. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The searchable words of a text, folded. */
export function wordsOf(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Parses a user's query into at most 8 terms; an empty list means nothing searchable. */
export function parseSearchQuery(query: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const pattern = /"([^"]*)"?|(\S+)/g;
  for (const match of query.matchAll(pattern)) {
    if (match[1] !== undefined) {
      const words = wordsOf(match[1]);
      if (words.length === 1) terms.push({ kind: 'word', text: words[0] as string });
      else if (words.length > 1) terms.push({ kind: 'phrase', words });
      continue;
    }
    const token = match[2] ?? '';
    const words = wordsOf(token);
    const isPrefix = token.endsWith('*');
    words.forEach((text, index) => {
      const last = index === words.length - 1;
      if (last && isPrefix && text.length >= MIN_PREFIX_LENGTH)
        terms.push({ kind: 'prefix', text });
      else terms.push({ kind: 'word', text });
    });
  }
  return terms.slice(0, MAX_TERMS);
}
