/**
 * Many rows into one table, one statement per chunk, without Kysely's query builder: building
 * and compiling a multi-row insert parses every value of every row (≈ 5 µs a row), and the SLA
 * scheduler writes three rows a ticket for 100,000 tickets.
 */

import { CompiledQuery } from 'kysely';
import type { Executor } from './db.js';
import type { Database } from './schema.js';
import { isPostgres, MAX_PARAMETERS, statementsBySize, valuesList } from './values-statement.js';

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
  const statement = statementsBySize((postgres, size) =>
    `${head}${valuesList(postgres, size, names.length)} ${suffix}`.trimEnd(),
  );

  return async (ex, rows) => {
    const postgres = isPostgres(ex);
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
