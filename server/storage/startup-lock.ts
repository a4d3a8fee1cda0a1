/**
 * Start-up work (seeding reference content, the demo, the first admin) checks that a table is
 * empty and then fills it. Several app instances may start at once on one PostgreSQL database
 * (a deploy, or the exactly-once test's two servers): under READ COMMITTED both would see the
 * table empty and both fill it — a unique-key error that kills one instance, or, where no key
 * stops it, the phone directory twice.
 *
 * **Decision:** on PostgreSQL the whole start-up work runs under one session-level advisory
 * lock, held on a connection of its own and released when the work ends — or when the process
 * dies, since the lock goes with its connection. Instances start one after the other; the
 * second finds the tables filled and does nothing. On SQLite nothing is needed: every write
 * transaction begins IMMEDIATE (sqlite-group-commit.ts), so each check-then-fill transaction
 * already runs alone, and mesa serves a SQLite file from one process.
 */

import { sql } from 'kysely';
import type { Db } from './db.js';

/** The advisory lock's key: "mesa" in ASCII, so it shows what it is in pg_locks. */
const STARTUP_LOCK_KEY = 0x6d657361;

/** Runs `work` while no other instance on the same database runs its own. */
export async function withStartupLock<T>(db: Db, work: () => Promise<T>): Promise<T> {
  if (db.dialect !== 'postgres') return work();
  return db.kysely.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${STARTUP_LOCK_KEY})`.execute(connection);
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(${STARTUP_LOCK_KEY})`.execute(connection);
    }
  });
}
