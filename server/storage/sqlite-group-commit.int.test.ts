/**
 * Group commit on SQLite: writes that arrive together share one transaction, each in its own
 * savepoint — a failing write takes back only its own changes and rejects only its caller.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from './db.js';

describe('SQLite group commit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mesa-group-'));
  let db: Db;

  beforeAll(async () => {
    db = openDatabase({ kind: 'sqlite', path: join(dir, 'group.db') });
    await sql`create table item (name text primary key)`.execute(db.kysely);
  });

  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('commits the writes that succeed and rolls back only the ones that fail', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        db.transaction(async (trx) => {
          await sql`insert into item (name) values (${`a${i}`})`.execute(trx);
          await sql`insert into item (name) values (${`b${i}`})`.execute(trx);
          if (i % 3 === 0) throw new Error(`refused ${i}`);
          return i;
        }),
      ),
    );
    const refused = outcomes.flatMap((o, i) => (o.status === 'rejected' ? [i] : []));
    expect(refused).toEqual([0, 3, 6, 9, 12, 15, 18]);
    const rows = await sql<{ name: string }>`select name from item order by name`.execute(
      db.kysely,
    );
    const names = new Set(rows.rows.map((r) => r.name));
    for (let i = 0; i < 20; i++) {
      expect(names.has(`a${i}`), `a${i}`).toBe(i % 3 !== 0);
      expect(names.has(`b${i}`), `b${i}`).toBe(i % 3 !== 0);
    }
  });

  it('rejects a write whose statement fails without disturbing its neighbours', async () => {
    const outcomes = await Promise.allSettled([
      db.transaction((trx) => sql`insert into item (name) values ('c1')`.execute(trx)),
      db.transaction((trx) => sql`insert into item (name) values ('c1')`.execute(trx)),
      db.transaction((trx) => sql`insert into item (name) values ('c2')`.execute(trx)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const count = await sql<{
      n: number;
    }>`select count(*) as n from item where name in ('c1', 'c2')`.execute(db.kysely);
    expect(count.rows[0]?.n).toBe(2);
  });

  it('fsyncs a group unless every write in it only has to survive a crash of the process', async () => {
    // `pragma synchronous` inside the transaction: 2 is FULL (fsync at commit), 1 NORMAL.
    const setting = (trx: Parameters<Parameters<Db['transaction']>[0]>[0]) =>
      sql<{ synchronous: number }>`pragma synchronous`
        .execute(trx)
        .then((result) => result.rows[0]?.synchronous);
    expect(await db.transaction(setting)).toBe(2);
    expect(await db.transaction(setting, { survives: 'process-crash' })).toBe(1);
    const mixed = await Promise.all([
      db.transaction(setting, { survives: 'process-crash' }),
      db.transaction(setting),
    ]);
    expect(mixed).toEqual([2, 2]);
    expect(await db.transaction(setting)).toBe(2);
  });
});
