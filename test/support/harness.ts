/**
 * The test harness: a migrated database (a temporary SQLite file, or an isolated schema of
 * the PostgreSQL at TEST_DATABASE_URL), the services over a TestClock, and the HTTP app for
 * `inject()`. `describeEachDatabase` runs a suite on SQLite always and on PostgreSQL when its
 * URL is set — loudly skipped otherwise, and a failure under CI.
 */

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { TestClock } from '../../server/app/clock.js';
import type { ScryptCost } from '../../server/app/identity/password-hasher.js';
import type { MailTransport } from '../../server/app/notifications/mail-transport.js';
import { createServices, type Services } from '../../server/app/services.js';
import { parseInstant } from '../../server/domain/time/instant.js';
import { type AppOptions, buildApp } from '../../server/http/app.js';
import { type Db, openDatabase } from '../../server/storage/db.js';
import { migrateToLatest } from '../../server/storage/migrate.js';

export type DatabaseKind = 'sqlite' | 'postgres';

/** Monday 16 March 2026, 10:00 in Bogotá: inside every contract calendar's hours. */
export const HARNESS_START = '2026-03-16T10:00:00-05:00';

/** A cheap scrypt cost: the same code path as production, a thousand times faster. */
export const FAST_SCRYPT: ScryptCost = { N: 1024, r: 8, p: 1 };

export interface HarnessOptions {
  readonly database?: DatabaseKind;
  /** Serve POST /api/v1/test-clock (default true). */
  readonly testClockRoute?: boolean;
  /** Where virtual time starts (default HARNESS_START). */
  readonly start?: string;
  /** Extra app options (e.g. secureCookies). */
  readonly app?: Omit<AppOptions, 'testClock'>;
  /** Where e-mails go (default: `.eml` files under the harness's data folder). */
  readonly mailTransport?: MailTransport;
}

export interface Harness {
  readonly database: DatabaseKind;
  readonly db: Db;
  readonly clock: TestClock;
  readonly services: Services;
  readonly app: FastifyInstance;
  readonly dataDir: string;
  /** A URL other processes can open this database with (PostgreSQL: its schema included). */
  readonly databaseUrl: string;
  /** Closes the app and the database, and removes the temporary files or schema. */
  close(): Promise<void>;
}

const PG_WARNING = '*** PostgreSQL suites SKIPPED: TEST_DATABASE_URL not set ***';
let warned = false;

/** The PostgreSQL URL of the test database, if configured. */
export function testDatabaseUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL;
  return url === undefined || url === '' ? undefined : url;
}

async function withAdminClient(url: string, run: (client: pg.Client) => Promise<void>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

async function openTestDatabase(
  database: DatabaseKind,
  dataDir: string,
): Promise<{ db: Db; url: string; dispose: () => Promise<void> }> {
  if (database === 'sqlite') {
    const path = join(dataDir, 'mesa.db');
    const db = openDatabase({ kind: 'sqlite', path });
    return { db, url: path, dispose: async () => {} };
  }
  const url = testDatabaseUrl();
  if (url === undefined) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `mesa_test_${process.pid}_${randomBytes(6).toString('hex')}`;
  await withAdminClient(url, async (client) => {
    await client.query(`create schema ${schema}`);
  });
  const db = openDatabase({ kind: 'postgres', url, schema });
  const separator = url.includes('?') ? '&' : '?';
  return {
    db,
    url: `${url}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    dispose: () =>
      withAdminClient(url, async (client) => {
        await client.query(`drop schema ${schema} cascade`);
      }),
  };
}

/** A migrated database, services and app, with virtual time at `start`. */
export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const database = options.database ?? 'sqlite';
  const dataDir = mkdtempSync(join(tmpdir(), 'mesa-test-'));
  const { db, url: databaseUrl, dispose } = await openTestDatabase(database, dataDir);
  const clock = new TestClock();
  clock.set(parseInstant(options.start ?? HARNESS_START));
  const services = createServices({
    db,
    clock,
    dataDir,
    passwordCost: FAST_SCRYPT,
    ...(options.mailTransport && { mailTransport: options.mailTransport }),
  });
  let app: FastifyInstance;
  try {
    await migrateToLatest(db);
    app = await buildApp(services, {
      ...options.app,
      ...(options.testClockRoute !== false && { testClock: clock }),
    });
    await app.ready();
  } catch (error) {
    // Leave no schema or files behind when the harness cannot be built.
    await db.close();
    await dispose();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    database,
    db,
    clock,
    services,
    app,
    dataDir,
    databaseUrl,
    async close() {
      try {
        await app.close();
        await services.searchIndexer.stop();
        await services.slaScheduler.stop();
        await services.deadlineRecompute.stop();
        await services.maintenanceReminders.stop();
        await services.mailDispatcher.stop();
      } finally {
        await db.close();
        await dispose();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

/** A second connection to a harness's database, as another process would open it. */
export function openOtherConnection(h: Harness): Db {
  return openDatabase(
    h.database === 'sqlite'
      ? { kind: 'sqlite', path: h.databaseUrl }
      : { kind: 'postgres', url: h.databaseUrl },
  );
}

/**
 * A harness for the enclosing describe block: created before its tests, closed after. Returns
 * a getter, since the harness exists only once beforeAll has run.
 */
export function useHarness(
  database: DatabaseKind,
  options: Omit<HarnessOptions, 'database'> = {},
): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await createHarness({ ...options, database });
  });
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (harness === undefined) throw new Error('The harness is used before beforeAll ran');
    return harness;
  };
}

/**
 * Runs `suite` once per database: SQLite always; PostgreSQL when TEST_DATABASE_URL is set.
 * Without it the PostgreSQL run is skipped with a loud warning — or fails when CI is set, so
 * CI can never pass without the PostgreSQL suites.
 */
export function describeEachDatabase(name: string, suite: (database: DatabaseKind) => void): void {
  describe(`${name} [sqlite]`, () => suite('sqlite'));
  describeOnPostgres(`${name} [postgres]`, () => suite('postgres'));
}

/**
 * A suite that needs PostgreSQL itself (several instances sharing one database): run when
 * TEST_DATABASE_URL is set, a failure under CI without it, loudly skipped otherwise.
 */
export function describePostgres(
  name: string,
  suite: () => void,
  options: { readonly timeZoneFree?: boolean } = {},
): void {
  if (options.timeZoneFree && process.env.MESA_E2E === '0') {
    // .ci/run runs its second time zone with MESA_E2E=0: whole-process suites that read no
    // local time ran in the first pass and would only add minutes here.
    console.warn(`*** ${name}: skipped with MESA_E2E=0 (ran in the first time zone) ***`);
    describe.skip(`${name} [postgres]`, suite);
    return;
  }
  describeOnPostgres(`${name} [postgres]`, suite);
}

/** The one PostgreSQL gate: run, fail under CI without a URL, or skip loudly on a laptop. */
function describeOnPostgres(name: string, suite: () => void): void {
  if (testDatabaseUrl() !== undefined) {
    describe(name, suite);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      it('requires TEST_DATABASE_URL under CI', () => {
        throw new Error(`${PG_WARNING} — CI must run the PostgreSQL suites`);
      });
    });
    return;
  }
  if (!warned) {
    console.warn(PG_WARNING);
    warned = true;
  }
  // Skipped only on a developer machine without PostgreSQL, after the warning above; under CI
  // the branch before fails instead, so CI never skips these suites.
  describe.skip(name, suite);
}

export * from './factories.js';
