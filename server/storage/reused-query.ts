/**
 * Kysely builds and compiles a query on every call, which costs more than SQLite takes to run
 * the small indexed reads of a request (tens of microseconds each, four of them per GET). A hot
 * query whose shape never changes is compiled once per dialect and then run as the same SQL
 * text with new parameters (on SQLite, the same prepared statement).
 */

import { type Compilable, CompiledQuery, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * Wraps a query builder so its SQL is compiled once per dialect. The compiled parameters must
 * be exactly the arguments, in order; otherwise (the builder inlines or reorders values) every
 * call compiles anew, which is merely slower.
 */
export function reusedQuery<Args extends readonly unknown[], Row>(
  build: (ex: Kysely<Database>, ...args: Args) => Compilable<Row>,
): (ex: Kysely<Database>, ...args: Args) => Promise<Row[]> {
  // Keyed by the dialect's adapter: a database and its transactions share one, and a process
  // holding both SQLite and PostgreSQL (the test suites) keeps one SQL text for each.
  const sqlByDialect = new WeakMap<object, string | null>();
  return async (ex, ...args) => {
    const dialect = ex.getExecutor().adapter;
    const known = sqlByDialect.get(dialect);
    if (typeof known === 'string') {
      return (await ex.executeQuery(CompiledQuery.raw(known, [...args]))).rows as Row[];
    }
    const compiled = build(ex, ...args).compile();
    if (known === undefined) {
      const reusable =
        compiled.parameters.length === args.length &&
        compiled.parameters.every((value, index) => value === args[index]);
      sqlByDialect.set(dialect, reusable ? compiled.sql : null);
    }
    return (await ex.executeQuery(compiled)).rows;
  };
}

/**
 * Like `reusedQuery`, for a write without RETURNING: resolves with the number of rows it
 * changed. (On SQLite, RETURNING on an UPDATE costs about as much again as the update.)
 */
export function reusedCommand<Args extends readonly unknown[]>(
  build: (ex: Kysely<Database>, ...args: Args) => Compilable<unknown>,
): (ex: Kysely<Database>, ...args: Args) => Promise<number> {
  const sqlByDialect = new WeakMap<object, string | null>();
  return async (ex, ...args) => {
    const dialect = ex.getExecutor().adapter;
    const known = sqlByDialect.get(dialect);
    let compiled: CompiledQuery;
    if (typeof known === 'string') {
      compiled = CompiledQuery.raw(known, [...args]);
    } else {
      compiled = build(ex, ...args).compile();
      if (known === undefined) {
        const reusable =
          compiled.parameters.length === args.length &&
          compiled.parameters.every((value, index) => value === args[index]);
        sqlByDialect.set(dialect, reusable ? compiled.sql : null);
      }
    }
    const result = await ex.executeQuery(compiled);
    return Number(result.numAffectedRows ?? 0n);
  };
}
