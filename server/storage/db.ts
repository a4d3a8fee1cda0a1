/**
 * Opens mesa's database: embedded SQLite (the default, a file under the data folder) or
 * PostgreSQL (production, several app instances on one database). Both are configured so an
 * acknowledged write survives a crash and a power cut.
 */

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { type SqliteCheckpointer, startCheckpointer } from './sqlite-checkpointer.js';
import { SqliteGroupCommit } from './sqlite-group-commit.js';
import { withStatementCache } from './sqlite-statement-cache.js';

export type DatabaseLocation =
  | { readonly kind: 'sqlite'; readonly path: string }
  | {
      readonly kind: 'postgres';
      readonly url: string;
      /** Work inside this schema (search_path): test harnesses isolate each suite in one. */
      readonly schema?: string;
    };

export type DialectName = DatabaseLocation['kind'];

/** What store methods run on: the database or a transaction of it. */
export type Executor = Kysely<Database>;

export interface TransactionOptions {
  /**
   * What the commit must survive once the transaction resolves. `power-cut` (the default):
   * everything acknowledged to someone — fsynced. `process-crash`: a crash or kill -9 of mesa
   * but not of the machine — no fsync of its own (the next `power-cut` commit flushes it too).
   * Only for records whose loss merely repeats work recognisably, like the outbox's "sent"
   * marks (a lost mark resends the message under the same Message-ID). It matters on SQLite,
   * where an fsync blocks the process; PostgreSQL flushes every commit anyway.
   */
  readonly survives?: 'power-cut' | 'process-crash';
}

export interface Db {
  readonly kysely: Kysely<Database>;
  readonly dialect: DialectName;
  /**
   * Runs `work` in a transaction and resolves once it is durable. Writes go through here (on
   * SQLite concurrent writes share one commit); inside `work`, use only the executor given.
   */
  transaction<T>(work: (trx: Executor) => Promise<T>, options?: TransactionOptions): Promise<T>;
  close(): Promise<void>;
}

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** Opens (and creates, for SQLite) the database; run `migrateToLatest` before use. */
export function openDatabase(location: DatabaseLocation): Db {
  return location.kind === 'sqlite'
    ? openSqlite(location.path)
    : openPostgres(location.url, location.schema);
}

function openSqlite(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new SqliteDatabase(path);
  // WAL lets readers run beside the writer; synchronous=FULL fsyncs the WAL on every commit,
  // so an acknowledged ticket survives a power cut (NORMAL would only survive a crash).
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('cache_size = -65536');
  const kysely = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(database) }),
  });
  const groupCommit = new SqliteGroupCommit(kysely);
  let checkpointer: SqliteCheckpointer | null = null;
  if (path !== ':memory:') {
    // Checkpoints run on a worker thread (sqlite-checkpointer.ts), not inside our commits.
    database.pragma('wal_autocheckpoint = 0');
    checkpointer = startCheckpointer(path, () => {
      database.pragma('wal_autocheckpoint = 1000');
    });
  }
  return {
    kysely,
    dialect: 'sqlite',
    transaction: (work, options) => groupCommit.run(work, options?.survives ?? 'power-cut'),
    close: async () => {
      await checkpointer?.stop();
      await kysely.destroy();
    },
  };
}

function openPostgres(url: string, schema?: string): Db {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new Error(`Invalid PostgreSQL schema name: ${schema}`);
  }
  const searchPath = schema === undefined ? '' : ` -c search_path=${schema}`;
  // `options` given here replaces the URL's: keep the URL's (e.g. its search_path) first.
  const urlOptions = URL.canParse(url) ? (new URL(url).searchParams.get('options') ?? '') : '';
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // On by default; set per connection so a server configured otherwise still cannot
    // acknowledge a ticket before it is on disk.
    options: `${urlOptions} -c synchronous_commit=on${searchPath}`.trim(),
    // Instants are bigint epoch milliseconds, well inside 2^53: read them as numbers.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => Number(value);
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kysely,
    dialect: 'postgres',
    // Every commit is flushed, `survives` or not: the flush happens in the server while this
    // process goes on, and relaxing it would cost a round trip of its own (`set local`), which
    // kept the dispatcher's marks in flight longer.
    transaction: (work) => kysely.transaction().execute(work),
    close: () => kysely.destroy(),
  };
}
