/**
 * Bulk loading for the dataset: multi-row INSERTs inside large transactions, straight on the
 * drivers (better-sqlite3, pg) because a million tickets through one Kysely statement each
 * would take longer than the benchmark itself. The rows come from the app's own mappings
 * (ticketToRow and friends), so only the transport differs from what the app does.
 */

import type SqliteDatabase from 'better-sqlite3';
import type pg from 'pg';

type Row = object;

export interface RowSink {
  /** Inserts `rows` (all with the keys of the first) into `table`. */
  insert(table: string, rows: readonly Row[]): Promise<void>;
  /** Runs `work` in one transaction. */
  transaction(work: () => Promise<void>): Promise<void>;
}

/** better-sqlite3 binds at most 32,766 parameters a statement; 40 columns × 500 rows fits. */
const SQLITE_ROWS_PER_STATEMENT = 500;
/** pg binds at most 65,535 parameters; 40 columns × 1,000 rows fits. */
const POSTGRES_ROWS_PER_STATEMENT = 1000;

function insertSql(
  table: string,
  columns: readonly string[],
  rowCount: number,
  placeholder: (n: number) => string,
): string {
  const tuples: string[] = [];
  let n = 0;
  for (let r = 0; r < rowCount; r++) {
    tuples.push(`(${columns.map(() => placeholder(++n)).join(', ')})`);
  }
  return `insert into ${table} (${columns.join(', ')}) values ${tuples.join(', ')}`;
}

function flatten(rows: readonly Row[], columns: readonly string[]): unknown[] {
  const values: unknown[] = [];
  for (const row of rows) {
    for (const column of columns) values.push((row as Record<string, unknown>)[column]);
  }
  return values;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A sink over one better-sqlite3 connection; statements are prepared once per shape. */
export function sqliteSink(database: SqliteDatabase.Database): RowSink {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    async insert(table, rows) {
      if (rows.length === 0) return;
      const columns = Object.keys(rows[0] as Row);
      for (const chunk of chunks(rows, SQLITE_ROWS_PER_STATEMENT)) {
        const key = `${table}/${chunk.length}`;
        let statement = statements.get(key);
        if (!statement) {
          statement = database.prepare(insertSql(table, columns, chunk.length, () => '?'));
          statements.set(key, statement);
        }
        statement.run(flatten(chunk, columns));
      }
    },
    async transaction(work) {
      database.exec('begin');
      try {
        await work();
        database.exec('commit');
      } catch (error) {
        database.exec('rollback');
        throw error;
      }
    },
  };
}

/** A sink over one pg client (a transaction needs a single connection). */
export function postgresSink(client: pg.PoolClient): RowSink {
  return {
    async insert(table, rows) {
      if (rows.length === 0) return;
      const columns = Object.keys(rows[0] as Row);
      for (const chunk of chunks(rows, POSTGRES_ROWS_PER_STATEMENT)) {
        const text = insertSql(table, columns, chunk.length, (n) => `$${n}`);
        // Named, so pg prepares each shape once per connection.
        await client.query({
          name: `bulk-${table}-${chunk.length}`,
          text,
          values: flatten(chunk, columns),
        });
      }
    },
    async transaction(work) {
      await client.query('begin');
      try {
        await work();
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      }
    },
  };
}
