/**
 * The PostgreSQL dataset, in its own schema `mesa_bench` (created and dropped here; other
 * suites use `public` on the same database, which this file never touches). A marker table
 * records the ticket count and schema version it was built for, so re-runs reuse it.
 */

import pg from 'pg';
import { type Db, openDatabase } from '../../server/storage/db.js';
import { migrateToLatest } from '../../server/storage/migrate.js';
import { postgresSink } from './bulk-insert.js';
import { buildSearchIndex, type DatasetInfo, loadRows, type Progress } from './dataset.js';
import { schemaVersion } from './dataset-cache.js';
import { timedAsync } from './stats.js';

export const BENCH_SCHEMA = 'mesa_bench';
const MARKER_TABLE = `${BENCH_SCHEMA}.bench_dataset`;
/** Indexers at once: PostgreSQL computes tsvectors in each connection's backend. */
const INDEX_WORKERS = 2;

if ((BENCH_SCHEMA as string) === 'public') throw new Error('the benchmark must not use public');

/** The dataset of `count` tickets in `mesa_bench`, built first if missing (or when `fresh`). */
export async function postgresDataset(
  url: string,
  count: number,
  fresh: boolean,
  progress: Progress,
): Promise<{ info: DatasetInfo; reused: boolean }> {
  const version = schemaVersion();
  const admin = new pg.Pool({ connectionString: url, max: 1 });
  try {
    if (!fresh) {
      const info = await cachedInfo(admin, count, version);
      if (info) return { info, reused: true };
    }
    await admin.query(`drop schema if exists ${BENCH_SCHEMA} cascade`);
    await admin.query(`create schema ${BENCH_SCHEMA}`);
    const info = await build(url, admin, count, progress);
    await admin.query(
      `create table ${MARKER_TABLE} (tickets bigint, schema_version text, info text)`,
    );
    await admin.query(`insert into ${MARKER_TABLE} values ($1, $2, $3)`, [
      count,
      version,
      JSON.stringify(info),
    ]);
    return { info, reused: false };
  } finally {
    await admin.end();
  }
}

/**
 * Takes out what an HTTP run wrote (tickets after the dataset's last one, their history and
 * search entries, the benchmark's accounts) so the cached dataset stays as built. Should the
 * schema have grown a table this does not know, the cache is dropped instead: rebuilding is
 * slow, measuring a different dataset would be wrong.
 */
export async function restorePostgresDataset(url: string, info: DatasetInfo): Promise<void> {
  const admin = new pg.Pool({ connectionString: url, max: 1 });
  const s = BENCH_SCHEMA;
  const added = `select id from ${s}.tickets where seq > $1`;
  const accounts = `select id from ${s}.users where email like 'bench-%@mesa.example'`;
  try {
    await admin.query('begin');
    try {
      // Foreign keys are checked row by row, and tickets.previous_ticket_id has no index: each
      // deleted ticket would scan a million. Nothing outside this list references these rows.
      await admin.query(`set local session_replication_role = replica`);
      await admin.query(`delete from ${s}.search_queue where ticket_id in (${added})`, [
        info.lastSeq,
      ]);
      await admin.query(`delete from ${s}.ticket_search where seq > $1`, [info.lastSeq]);
      await admin.query(`delete from ${s}.ticket_history where ticket_id in (${added})`, [
        info.lastSeq,
      ]);
      await admin.query(`delete from ${s}.idempotency_keys where ticket_id in (${added})`, [
        info.lastSeq,
      ]);
      await admin.query(`delete from ${s}.messages where ticket_id in (${added})`, [info.lastSeq]);
      await admin.query(`delete from ${s}.tickets where seq > $1`, [info.lastSeq]);
      await admin.query(`delete from ${s}.api_tokens where user_id in (${accounts})`);
      await admin.query(`delete from ${s}.sessions where user_id in (${accounts})`);
      await admin.query(`delete from ${s}.users where id in (${accounts})`);
      await admin.query('commit');
    } catch (error) {
      await admin.query('rollback');
      await admin.query(`drop table if exists ${MARKER_TABLE}`);
      console.warn(
        `(could not restore the PostgreSQL dataset, it will be rebuilt: ${String(error)})`,
      );
    }
  } finally {
    await admin.end();
  }
}

/** Drops the benchmark's schema and everything in it. */
export async function dropPostgresDataset(url: string): Promise<void> {
  const admin = new pg.Pool({ connectionString: url, max: 1 });
  try {
    await admin.query(`drop schema if exists ${BENCH_SCHEMA} cascade`);
  } finally {
    await admin.end();
  }
}

/** The app's database handle on the benchmark's schema. */
export function openBenchPostgres(url: string): Db {
  return openDatabase({ kind: 'postgres', url, schema: BENCH_SCHEMA });
}

async function cachedInfo(
  admin: pg.Pool,
  count: number,
  version: string,
): Promise<DatasetInfo | null> {
  const exists = await admin.query<{ t: string | null }>('select to_regclass($1) as t', [
    MARKER_TABLE,
  ]);
  if (exists.rows[0]?.t == null) return null;
  const marker = await admin.query<{ info: string }>(
    `select info from ${MARKER_TABLE} where tickets = $1 and schema_version = $2`,
    [count, version],
  );
  const row = marker.rows[0];
  return row ? (JSON.parse(row.info) as DatasetInfo) : null;
}

async function build(
  url: string,
  admin: pg.Pool,
  count: number,
  progress: Progress,
): Promise<DatasetInfo> {
  const db = openBenchPostgres(url);
  try {
    await migrateToLatest(db);
    // Never load a million rows anywhere else (say, `public`) should the migrator look elsewhere.
    const tickets = await admin.query<{ t: string | null }>('select to_regclass($1) as t', [
      `${BENCH_SCHEMA}.tickets`,
    ]);
    if (tickets.rows[0]?.t == null) {
      throw new Error(`migrateToLatest did not create ${BENCH_SCHEMA}.tickets`);
    }

    const loader = new pg.Pool({
      connectionString: url,
      max: 1,
      // A fixture: no need to wait for each bulk commit to reach the disk.
      options: `-c search_path=${BENCH_SCHEMA} -c synchronous_commit=off`,
    });
    const load = await timedAsync(async () => {
      const client = await loader.connect();
      try {
        return await loadRows(postgresSink(client), count, Date.now(), progress);
      } finally {
        client.release();
        await loader.end();
      }
    });
    const { summary: _summary, ...rows } = load.result;
    progress(`  rows loaded in ${(load.ms / 1000).toFixed(1)} s; building the search index…`);
    const index = await timedAsync(() => buildSearchIndex(db, INDEX_WORKERS, progress));
    // What autovacuum would have done by the time a million tickets were written.
    await admin.query(`vacuum analyze ${BENCH_SCHEMA}.tickets`);
    await admin.query(`vacuum analyze ${BENCH_SCHEMA}.ticket_search`);
    await admin.query(`vacuum analyze ${BENCH_SCHEMA}.messages`);
    return { ...rows, loadMs: load.ms, indexMs: index.ms };
  } finally {
    await db.close();
  }
}
