/**
 * The checkpoint worker: the app's connection never checkpoints, yet what is committed reaches
 * the database file — copied there by the worker's connection — and closing stops the worker.
 */

import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './db.js';

describe('SQLite checkpoints on a worker thread', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mesa-checkpoint-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('copies committed pages into the database file while the app only appends to the WAL', async () => {
    const path = join(dir, 'checkpoint.db');
    const db = openDatabase({ kind: 'sqlite', path });
    const auto = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(
      db.kysely,
    );
    expect(auto.rows[0]?.wal_autocheckpoint).toBe(0);
    await sql`create table filler (id integer primary key, body text not null)`.execute(db.kysely);
    const before = statSync(path).size;
    const body = 'x'.repeat(1_000);
    // About 8 MB in 20 commits: by default SQLite would checkpoint inside eight of them.
    for (let commit = 0; commit < 20; commit++) {
      await db.transaction(async (trx) => {
        for (let row = 0; row < 400; row++) {
          await sql`insert into filler (body) values (${body})`.execute(trx);
        }
      });
    }
    const deadline = Date.now() + 10_000;
    while (statSync(path).size < before + 7_000_000 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(statSync(path).size).toBeGreaterThan(before + 7_000_000);
    await db.close();

    const reopened = openDatabase({ kind: 'sqlite', path });
    const count = await sql<{ n: number }>`select count(*) as n from filler`.execute(
      reopened.kysely,
    );
    expect(count.rows[0]?.n).toBe(8_000);
    await reopened.close();
  });
});
