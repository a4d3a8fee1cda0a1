/**
 * better-sqlite3 with its prepared statements reused. Kysely prepares every query anew, and
 * preparing costs more than running the small statements a ticket write is made of; the SQL
 * text of a Kysely query is stable (values are parameters), so a bounded map of statements by
 * SQL text removes that cost.
 */

import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

const MAX_STATEMENTS = 500;

/** Wraps a better-sqlite3 database so `prepare` returns cached statements. */
export function withStatementCache(database: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare(sql: string): SqliteStatement {
      let statement = statements.get(sql);
      if (statement === undefined) {
        statement = database.prepare(sql);
        // Oldest out first: the map keeps insertion order.
        if (statements.size >= MAX_STATEMENTS) {
          const oldest = statements.keys().next().value;
          if (oldest !== undefined) statements.delete(oldest);
        }
        statements.set(sql, statement);
      }
      return statement as unknown as SqliteStatement;
    },
  };
}
