/**
 * The SQLite dataset: built once per (ticket count, schema version) into the cache folder and
 * copied for each run, because the HTTP benchmark writes tickets and a cached file must stay
 * what it was built as.
 */

import { constants, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { copyFile, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { openDatabase } from '../../server/storage/db.js';
import { migrateToLatest } from '../../server/storage/migrate.js';
import { sqliteSink } from './bulk-insert.js';
import { buildSearchIndex, type DatasetInfo, loadRows, type Progress } from './dataset.js';
import { CACHE_DIR, schemaVersion } from './dataset-cache.js';
import { timedAsync } from './stats.js';

export interface CachedDataset {
  readonly path: string;
  readonly info: DatasetInfo;
  /** True when taken from the cache rather than built now. */
  readonly reused: boolean;
}

/** The cached dataset of `count` tickets, built first if missing (or when `fresh`). */
export async function sqliteDataset(
  count: number,
  fresh: boolean,
  progress: Progress,
): Promise<CachedDataset> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const version = schemaVersion();
  const base = join(CACHE_DIR, `sqlite-${count}-${version}`);
  const path = `${base}.db`;
  const infoPath = `${base}.json`;
  if (!fresh && existsSync(path) && existsSync(infoPath)) {
    const info = JSON.parse(await readFile(infoPath, 'utf8')) as DatasetInfo;
    return { path, info, reused: true };
  }
  pruneOtherVersions(version);
  const building = `${base}.building-${process.pid}.db`;
  removeDatabase(building);
  const info = await build(building, count, progress);
  // Renamed only when complete: an interrupted build is never taken for a cached one.
  await rename(building, path);
  await writeFile(infoPath, `${JSON.stringify(info)}\n`);
  return { path, info, reused: false };
}

/** A private copy of the dataset for one run (a reflink where the file system has them). */
export async function copyDataset(dataset: CachedDataset, dir: string): Promise<string> {
  const target = join(dir, 'mesa.db');
  await copyFile(dataset.path, target, constants.COPYFILE_FICLONE);
  return target;
}

/** Cached datasets of another schema version can never be used again: 2 GB each, gone. */
function pruneOtherVersions(version: string): void {
  for (const name of readdirSync(CACHE_DIR)) {
    if (name.startsWith('sqlite-') && !name.includes(`-${version}.`)) {
      rmSync(join(CACHE_DIR, name), { force: true });
    }
  }
}

/** Deletes a SQLite database with its WAL and shared-memory files. */
export function removeDatabase(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal'])
    rmSync(`${path}${suffix}`, { force: true });
}

async function build(path: string, count: number, progress: Progress): Promise<DatasetInfo> {
  const schema = openDatabase({ kind: 'sqlite', path });
  await migrateToLatest(schema);
  await schema.close();

  const load = await timedAsync(async () => {
    const raw = new SqliteDatabase(path);
    // A fixture, not data to keep safe: no journal and no fsync while loading.
    raw.pragma('journal_mode = OFF');
    raw.pragma('synchronous = OFF');
    raw.pragma('cache_size = -1048576');
    try {
      return await loadRows(sqliteSink(raw), count, Date.now(), progress);
    } finally {
      raw.pragma('journal_mode = WAL');
      raw.close();
    }
  });
  const { summary: _summary, ...rows } = load.result;
  progress(`  rows loaded in ${(load.ms / 1000).toFixed(1)} s; building the search index…`);

  const db = openDatabase({ kind: 'sqlite', path });
  try {
    const index = await timedAsync(() => buildSearchIndex(db, 1, progress));
    await sql`pragma wal_checkpoint(truncate)`.execute(db.kysely);
    return { ...rows, loadMs: load.ms, indexMs: index.ms };
  } finally {
    await db.close();
  }
}
