/**
 * Many rows into one table, one statement per chunk, without Kysely's query builder: building
 * and compiling a multi-row insert parses every value of every row (≈ 5 µs a row), and the SLA
 * scheduler writes three rows a ticket for 100,000 tickets. The SQL text depends only on the
 * dialect and the row count, so it is made once per chunk size and reused (on SQLite, the same
 * prepared statement).
 */

import { CompiledQuery, PostgresAdapter } from 'kysely';
import type { Executor } from './db.js';
import type { Database } from './schema.js';

// Below SQLite's 32,766 parameters a statement (PostgreSQL takes 65,535).
const MAX_PARAMETERS = 30_000;

/** Every column of a table, named once: the compiler refuses a list that misses one. */
export type AllColumns<Row> = Record<keyof Row & string, true>;

/**
 * An inserter for `table` writing exactly `columns`; `suffix` follows the values (e.g. an
 * `on conflict … do nothing returning …`). Resolves with the rows the statements returned.
 */
export function bulkInserter<Table extends keyof Database & string, Returned = never>(
  table: Table,
  columns: AllColumns<Database[Table]>,
  suffix = '',
): (ex: Executor, rows: readonly Database[Table][]) => Promise<Returned[]> {
  const names = Object.keys(columns) as (keyof Database[Table] & string)[];
  const chunk = Math.floor(MAX_PARAMETERS / names.length);
  const head = `insert into "${table}" (${names.map((name) => `"${name}"`).join(', ')}) values `;
  const sqlBySize = new Map<string, string>();

  const statement = (postgres: boolean, size: number): string => {
    const key = `${postgres ? 'pg' : 'sqlite'} ${size}`;
    let text = sqlBySize.get(key);
    if (text === undefined) {
      const tuples: string[] = [];
      let n = 0;
      for (let row = 0; row < size; row++) {
        const marks: string[] = [];
        for (let column = 0; column < names.length; column++) {
          n++;
          marks.push(postgres ? `$${n}` : '?');
        }
        tuples.push(`(${marks.join(', ')})`);
      }
      text = `${head}${tuples.join(', ')} ${suffix}`.trimEnd();
      // Batches come in a few sizes; a text of every size up to the chunk could be 100s of MB.
      if (sqlBySize.size >= 32) sqlBySize.clear();
      sqlBySize.set(key, text);
    }
    return text;
  };

  return async (ex, rows) => {
    const postgres = ex.getExecutor().adapter instanceof PostgresAdapter;
    const returned: Returned[] = [];
    for (let start = 0; start < rows.length; start += chunk) {
      const slice = rows.slice(start, start + chunk);
      const parameters: unknown[] = [];
      for (const row of slice) for (const name of names) parameters.push(row[name] ?? null);
      const result = await ex.executeQuery<Returned>(
        CompiledQuery.raw(statement(postgres, slice.length), parameters),
      );
      for (const row of result.rows) returned.push(row);
    }
    return returned;
  };
}
