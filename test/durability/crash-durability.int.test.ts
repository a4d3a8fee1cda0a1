/**
 * An acknowledged write survives the process being killed (SIGKILL mid-write): every ticket
 * number the child printed after its commit is in the database when it is opened again. The
 * power-cut half of the promise rests on the settings checked below (WAL with
 * synchronous=FULL; synchronous_commit=on), which a test cannot pull the plug on.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { type DatabaseLocation, openDatabase } from '../../server/storage/db.js';
import { describeEachDatabase, testDatabaseUrl } from '../support/harness.js';

const CHILD = new URL('./register-until-killed.ts', import.meta.url).pathname;

async function acknowledgedUntilKilled(args: string[], count: number): Promise<string[]> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const acknowledged: string[] = [];
  let buffer = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`only ${acknowledged.length} acknowledgements in 60 s`));
    }, 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('OG-')) acknowledged.push(line);
      if (acknowledged.length >= count) {
        clearTimeout(timer);
        child.kill('SIGKILL');
        resolve();
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  await new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve(null)
      : child.on('exit', resolve),
  );
  return acknowledged;
}

describeEachDatabase('durability after a crash', (database) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('keeps every acknowledged ticket when the process is killed mid-write', async () => {
    let location: DatabaseLocation;
    let args: string[];
    if (database === 'sqlite') {
      const dir = mkdtempSync(join(tmpdir(), 'mesa-crash-'));
      cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
      location = { kind: 'sqlite', path: join(dir, 'mesa.db') };
      args = [location.path];
    } else {
      const url = testDatabaseUrl() as string;
      const schema = `mesa_crash_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      cleanups.push(async () => {
        await admin.query(`drop schema ${schema} cascade`);
        await admin.end();
      });
      location = { kind: 'postgres', url, schema };
      args = [url, schema];
    }
    const acknowledged = await acknowledgedUntilKilled(args, 300);
    expect(acknowledged.length).toBeGreaterThanOrEqual(300);

    const db = openDatabase(location);
    try {
      const rows = await db.kysely.selectFrom('tickets').select('number').execute();
      const stored = new Set(rows.map((row) => row.number));
      const lost = acknowledged.filter((number) => !stored.has(number));
      expect(lost).toEqual([]);
      if (database === 'sqlite') {
        const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db.kysely);
        const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(db.kysely);
        expect(mode.rows[0]?.journal_mode).toBe('wal');
        expect(sync.rows[0]?.synchronous).toBe(2); // FULL
      } else {
        const setting = await sql<{ synchronous_commit: string }>`show synchronous_commit`.execute(
          db.kysely,
        );
        expect(setting.rows[0]?.synchronous_commit).toBe('on');
      }
    } finally {
      await db.close();
    }
  });
});
