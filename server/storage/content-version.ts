/**
 * Whether a database's content may have changed since an earlier moment, asked in one cheap
 * statement: what lets an in-memory copy of something read from it (credential-cache.ts) be
 * reused without reading it again.
 *
 * On SQLite two counters together change whenever any content changes: `total_changes()`
 * counts every row this connection inserted, updated or deleted (mesa's process writes through
 * this one connection, whatever the code path), and `PRAGMA data_version` changes when another
 * connection — another process such as the CLI, or an operator's sqlite3 shell — commits (also
 * on a checkpoint that resets the WAL, which only costs a needless re-read). A rolled-back
 * write still counts: again only a needless re-read.
 *
 * **Decision:** `total_changes()` is asked every time (0.6 µs: a counter of the connection),
 * `data_version` at most every DATA_VERSION_EVERY_MS of real time (7 µs on a file in WAL mode:
 * it opens a read transaction, as much as a small indexed read). So a change made in this
 * process shows at once; one made by another process within 100 ms. On SQLite mesa serves
 * from one process, and the CLI only adds users, which changes nothing already read.
 *
 * PostgreSQL has no such cheap question: other app instances write to the same database, and
 * asking it costs the same round trip as reading what the copy holds. So there is no probe
 * there, and callers read every time.
 */

import { CompiledQuery } from 'kysely';
import type { Db } from './db.js';

/** The two counters; equal pairs mean no content changed in between. */
export interface ContentVersion {
  readonly changes: number;
  readonly dataVersion: number;
}

/** Reads the current content version. */
export type ContentVersionProbe = () => Promise<ContentVersion>;

/** How stale another process's commit may be seen (real time: other processes live in it). */
export const DATA_VERSION_EVERY_MS = 100;

const TOTAL_CHANGES = CompiledQuery.raw('select total_changes() as "changes"', []);
const DATA_VERSION = CompiledQuery.raw('pragma data_version', []);

/** The probe of a database, or null where none is cheap (PostgreSQL). */
export function contentVersionProbe(db: Db): ContentVersionProbe | null {
  if (db.dialect !== 'sqlite') return null;
  let dataVersion = 0;
  let dataVersionReadAt = Number.NEGATIVE_INFINITY;
  return async () => {
    const now = performance.now();
    if (now - dataVersionReadAt >= DATA_VERSION_EVERY_MS) {
      const { rows } = await db.kysely.executeQuery<{ data_version: number }>(DATA_VERSION);
      dataVersion = firstRow(rows).data_version;
      dataVersionReadAt = now;
    }
    const { rows } = await db.kysely.executeQuery<{ changes: number }>(TOTAL_CHANGES);
    return { changes: firstRow(rows).changes, dataVersion };
  };
}

function firstRow<Row>(rows: readonly Row[]): Row {
  const [row] = rows;
  if (row === undefined) throw new Error('a content version statement returned no row');
  return row;
}
