/**
 * Statements over a list of value tuples (`values (?, ?), (?, ?)`), which the batch writes of
 * the jobs send without the query builder (bulk-insert.ts, sla-and-life-batch.ts). Their text
 * depends only on the dialect and the number of rows, so each size is built once and reused
 * (on SQLite, the same prepared statement).
 */

import { PostgresAdapter } from 'kysely';
import type { Executor } from './db.js';

/** Below SQLite's 32,766 parameters a statement (PostgreSQL takes 65,535). */
export const MAX_PARAMETERS = 30_000;

/** Whether `ex` talks to PostgreSQL (`$1` placeholders) rather than SQLite (`?`). */
export function isPostgres(ex: Executor): boolean {
  return ex.getExecutor().adapter instanceof PostgresAdapter;
}

/** `(?, ?), (?, ?)` — or `($1, $2), ($3, $4)` on PostgreSQL — for `rows` tuples of `columns`. */
export function valuesList(postgres: boolean, rows: number, columns: number): string {
  const tuples: string[] = [];
  let n = 0;
  for (let row = 0; row < rows; row++) {
    const marks: string[] = [];
    for (let column = 0; column < columns; column++) {
      n++;
      marks.push(postgres ? `$${n}` : '?');
    }
    tuples.push(`(${marks.join(', ')})`);
  }
  return tuples.join(', ');
}

/** The text of a statement for a given dialect and row count, built on first use. */
export function statementsBySize(
  build: (postgres: boolean, rows: number) => string,
): (postgres: boolean, rows: number) => string {
  const texts = new Map<string, string>();
  return (postgres, rows) => {
    const key = `${postgres ? 'pg' : 'sqlite'} ${rows}`;
    let text = texts.get(key);
    if (text === undefined) {
      text = build(postgres, rows);
      // Batches come in a few sizes; a text of every size up to the chunk could be 100s of MB.
      if (texts.size >= 32) texts.clear();
      texts.set(key, text);
    }
    return text;
  };
}
