/**
 * The full-text index, the one place where SQLite and PostgreSQL differ: SQLite keeps a
 * contentless FTS5 table keyed by the ticket's `seq`; PostgreSQL keeps tsvectors with the
 * `spanish` configuration under GIN indexes. Both index text folded without accents.
 *
 * Results come newest first (by `seq`), never by relevance: ranking a word found in 10 % of a
 * million tickets means scoring 100,000 rows per query, while walking the index in `seq` order
 * stops after one page. A service desk looks for recent cases first.
 */

import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { SearchTerm } from '../app/search-query.js';
import { foldText, wordsOf } from '../app/search-query.js';
import type { DialectName } from './db.js';
import type { Database } from './schema.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
type AnyDb = Kysely<any>;

/**
 * The words this process already wrote to `search_words`: most words of a new ticket were seen
 * before, and skipping them keeps indexing as cheap as without the word list. Bounded; when
 * full it starts over (the table ignores repeats anyway).
 */
export class KnownWords {
  private readonly words = new Set<string>();

  constructor(private readonly capacity = 500_000) {}

  /** Forgets everything (after a failed write, whose words may not be stored). */
  clear(): void {
    this.words.clear();
  }

  /** The distinct words not seen yet, now remembered as seen. */
  unknownOf(words: readonly string[]): string[] {
    const fresh: string[] = [];
    for (const word of words) {
      if (this.words.has(word)) continue;
      if (this.words.size >= this.capacity) this.words.clear();
      this.words.add(word);
      fresh.push(word);
    }
    return fresh;
  }
}

/** What one ticket contributes to the index. */
export interface SearchDocument {
  readonly seq: number;
  readonly organizationId: string;
  /** Number and subject. */
  readonly subject: string;
  /** Description and public messages. */
  readonly body: string;
  /** Internal notes: searchable by staff only. */
  readonly internal: string;
}

export async function createSearchIndex(db: AnyDb, dialect: DialectName): Promise<void> {
  if (dialect === 'sqlite') {
    await sql`create virtual table ticket_search using fts5(
      subject, body, internal, org,
      content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')`.execute(db);
    // Every indexed word, to turn a long prefix into the words it stands for (fts5vocab would
    // count each word's documents to answer, 10 ms for a common word at a million tickets).
    await sql`create table search_words (word text primary key) without rowid`.execute(db);
    return;
  }
  await sql`create table ticket_search (
      seq bigint primary key,
      organization_id text not null,
      public_vector tsvector not null,
      internal_vector tsvector not null)`.execute(db);
  await sql`create index ticket_search_public on ticket_search using gin (public_vector)`.execute(
    db,
  );
  // With the default statistics a word missing from them is guessed at ~0.5 % of rows, so the
  // planner walks a million rows newest first looking for a rare word (0.5 s); with fine
  // statistics it takes the GIN index for rare words and keeps the ordered walk for common ones.
  await sql`alter table ticket_search alter column public_vector set statistics 1000`.execute(db);
  await sql`alter table ticket_search alter column internal_vector set statistics 1000`.execute(db);
  await sql`create index ticket_search_internal on ticket_search using gin (internal_vector)`.execute(
    db,
  );
  await sql`create index ticket_search_by_organization on ticket_search (organization_id, seq)`.execute(
    db,
  );
}

/** The FTS5 token naming an organization (ids contain dashes, which the tokenizer splits). */
function organizationToken(organizationId: string): string {
  return `o${organizationId.replace(/[^0-9a-zA-Z]/g, '').toLowerCase()}`;
}

/** Replaces the index entries of these tickets. */
export async function writeSearchDocuments(
  db: Kysely<Database>,
  dialect: DialectName,
  documents: readonly SearchDocument[],
  knownWords: KnownWords = new KnownWords(),
): Promise<void> {
  for (const doc of documents) {
    const subject = foldText(doc.subject);
    const body = foldText(doc.body);
    const internal = foldText(doc.internal);
    if (dialect === 'sqlite') {
      await sql`delete from ticket_search where rowid = ${doc.seq}`.execute(db);
      await sql`insert into ticket_search (rowid, subject, body, internal, org)
        values (${doc.seq}, ${subject}, ${body}, ${internal}, ${organizationToken(doc.organizationId)})`.execute(
        db,
      );
      const words = knownWords.unknownOf(wordsOf(`${subject} ${body} ${internal}`));
      if (words.length > 0) {
        await sql`insert into search_words (word) select value from json_each(${JSON.stringify(words)})
          where true on conflict do nothing`.execute(db);
      }
    } else {
      await sql`insert into ticket_search (seq, organization_id, public_vector, internal_vector)
        values (${doc.seq}, ${doc.organizationId},
          setweight(to_tsvector('spanish', ${subject}), 'A') || to_tsvector('spanish', ${body}),
          to_tsvector('spanish', ${internal}))
        on conflict (seq) do update set organization_id = excluded.organization_id,
          public_vector = excluded.public_vector, internal_vector = excluded.internal_vector`.execute(
        db,
      );
    }
  }
}

export interface SearchScope {
  readonly terms: readonly SearchTerm[];
  /** SQLite: the indexed words each long prefix stands for (see `expandPrefixes`). */
  readonly expansions?: ReadonlyMap<string, readonly string[]>;
  /** Customers search only public text. */
  readonly includeInternal: boolean;
  readonly organizationId?: string;
}

function quoteFts(text: string): string {
  // Terms hold only folded letters and digits (search-query.ts); quoting is belt and braces.
  return `"${text.replace(/"/g, '""')}"`;
}

/** The FTS5 MATCH expression of a scope. */
export function fts5Expression(scope: SearchScope): string {
  const parts = scope.terms.map((term): string => {
    const words = term.kind === 'prefix' ? scope.expansions?.get(term.text) : undefined;
    if (words !== undefined) return `(${words.map(quoteFts).join(' OR ')})`;
    if (term.kind === 'prefix') return `${quoteFts(term.text)}*`;
    return quoteFts(term.kind === 'word' ? term.text : term.words.join(' '));
  });
  const columns = scope.includeInternal ? '{subject body internal}' : '{subject body}';
  let expression = `${columns} : (${parts.join(' AND ')})`;
  if (scope.organizationId !== undefined) {
    expression += ` AND org : ${quoteFts(organizationToken(scope.organizationId))}`;
  }
  return expression;
}

function tsquery(term: SearchTerm): RawBuilder<unknown> {
  switch (term.kind) {
    case 'word':
      return sql`plainto_tsquery('spanish', ${term.text})`;
    case 'prefix':
      return sql`to_tsquery('spanish', ${`${term.text}:*`})`;
    case 'phrase':
      return sql`phraseto_tsquery('spanish', ${term.words.join(' ')})`;
  }
}

/**
 * The column of `ticket_search` holding the ticket's `seq`. Listing joins
 * `ticket_search → tickets` on it and orders by it descending, so both engines walk the
 * full-text index newest first and stop after one page (FTS5 consumes `order by rowid desc`).
 */
export function searchKeyColumn(dialect: DialectName): 'ticket_search.rowid' | 'ticket_search.seq' {
  return dialect === 'sqlite' ? 'ticket_search.rowid' : 'ticket_search.seq';
}

/** The condition on `ticket_search` that keeps the documents matching the scope. */
export function searchCondition(dialect: DialectName, scope: SearchScope): RawBuilder<SqlBool> {
  if (dialect === 'sqlite') {
    return sql<SqlBool>`ticket_search match ${fts5Expression(scope)}`;
  }
  const query = sql.join(scope.terms.map(tsquery), sql` && `);
  const vectorMatch = scope.includeInternal
    ? sql`(ticket_search.public_vector @@ (${query}) or ticket_search.internal_vector @@ (${query}))`
    : sql`ticket_search.public_vector @@ (${query})`;
  if (scope.organizationId === undefined) return sql<SqlBool>`${vectorMatch}`;
  return sql<SqlBool>`${vectorMatch} and ticket_search.organization_id = ${scope.organizationId}`;
}

/**
 * Takes up to `limit` tickets off the search queue. On PostgreSQL several instances index at
 * once, each claiming different rows (`for update skip locked`); SQLite has one writer.
 */
export async function claimQueuedTickets(
  ex: Kysely<Database>,
  dialect: DialectName,
  limit: number,
): Promise<string[]> {
  if (dialect === 'postgres') {
    const result = await sql<{ ticket_id: string }>`delete from search_queue where ticket_id in (
        select ticket_id from search_queue order by queued_at limit ${limit} for update skip locked)
      returning ticket_id`.execute(ex);
    return result.rows.map((row) => row.ticket_id);
  }
  const rows = await ex
    .selectFrom('search_queue')
    .select('ticket_id')
    .orderBy('queued_at')
    .limit(limit)
    .execute();
  const ids = rows.map((row) => row.ticket_id);
  if (ids.length > 0) await ex.deleteFrom('search_queue').where('ticket_id', 'in', ids).execute();
  return ids;
}

/** Prefixes the FTS5 prefix index covers ('2 3 4'); longer ones are expanded. */
const INDEXED_PREFIX_LENGTH = 4;
/** A prefix standing for more words than this is left to FTS5's own prefix scan. */
const MAX_EXPANSION = 64;

/**
 * SQLite: a prefix longer than the prefix index makes FTS5 merge the whole doclist of every
 * word it matches before returning the first row (30 ms for "conex*" at a million tickets).
 * The same prefix written as `"conexion" OR "conexiones" OR …` is read lazily newest first and
 * stops after one page. The words come from `search_words`, kept by the indexer.
 */
export async function expandPrefixes(
  ex: Kysely<Database>,
  scope: SearchScope,
): Promise<SearchScope> {
  const expansions = new Map<string, readonly string[]>();
  for (const term of scope.terms) {
    if (term.kind !== 'prefix' || term.text.length <= INDEXED_PREFIX_LENGTH) continue;
    const upper = `${term.text.slice(0, -1)}${String.fromCodePoint((term.text.codePointAt(term.text.length - 1) ?? 0) + 1)}`;
    const result = await sql<{ word: string }>`select word from search_words
      where word >= ${term.text} and word < ${upper} limit ${MAX_EXPANSION + 1}`.execute(ex);
    const words = result.rows.map((row) => row.word);
    if (words.length > 0 && words.length <= MAX_EXPANSION) expansions.set(term.text, words);
  }
  return expansions.size === 0 ? scope : { ...scope, expansions };
}
