/**
 * better-sqlite3 as Kysely's driver wants it, made cheaper in two ways:
 *  - prepared statements are reused. Kysely prepares every query anew, and preparing costs more
 *    than running the small statements a ticket write is made of; the SQL text of a Kysely
 *    query is stable (values are parameters), so a bounded map of statements by SQL text
 *    removes that cost;
 *  - rows are read as arrays and turned into objects by a function made for the statement's
 *    columns (sqlite-row-shape.ts). better-sqlite3 builds each row object property by property,
 *    which for a ticket's 43 columns costs twice the read itself (8 µs against 4 µs a row).
 */

import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';
import { rowShapeOf } from './sqlite-row-shape.js';

const MAX_STATEMENTS = 500;

/** Wraps a better-sqlite3 database so `prepare` returns cached statements. */
export function withStatementCache(database: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare(sql: string): SqliteStatement {
      let statement = statements.get(sql);
      if (statement === undefined) {
        statement = shaped(database.prepare(sql));
        // Oldest out first: the map keeps insertion order.
        if (statements.size >= MAX_STATEMENTS) {
          const oldest = statements.keys().next().value;
          if (oldest !== undefined) statements.delete(oldest);
        }
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

/** A statement whose rows are read raw and shaped in JavaScript, when its columns allow it. */
function shaped(statement: BetterSqlite3.Statement): SqliteStatement {
  const shape = statement.reader ? rowShapeOf(statement.columns().map(({ name }) => name)) : null;
  if (shape === null) return statement as unknown as SqliteStatement;
  statement.raw(true);
  return {
    reader: true,
    all: (parameters) => {
      const rows = statement.all(parameters as unknown[]) as unknown[][];
      const objects = new Array<unknown>(rows.length);
      for (let i = 0; i < rows.length; i++) objects[i] = shape(rows[i] as unknown[]);
      return objects;
    },
    run: (parameters) => statement.run(parameters as unknown[]),
    *iterate(parameters) {
      for (const row of statement.iterate(parameters as unknown[])) yield shape(row as unknown[]);
    },
  };
}
