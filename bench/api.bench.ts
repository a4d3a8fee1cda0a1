/**
 * `npm run bench:api`: the "Speed" targets of the ticket service (issue 3). Builds (or takes
 * from the cache) a dataset of a million tickets, measures the queue and every kind of
 * full-text query at the store level, then starts the app as a child process and loads it
 * with autocannon beside a Fastify hello route as baseline; with --postgres, the same on
 * PostgreSQL. Prints every figure, PASS/FAIL per target, and ends with one JSON line.
 * Exits 1 only when a run had errors (its figures would be meaningless), not for a missed
 * target — the same rule as bench:sla.
 */

import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../server/storage/db.js';
import { killAllServers, stopAllServers } from './api/child-server.js';
import { benchDatabase } from './api/database-bench.js';
import type { DatasetInfo } from './api/dataset.js';
import { CACHE_DIR, repositoryPath, schemaVersion } from './api/dataset-cache.js';
import { benchHello } from './api/http-bench.js';
import type { LoadFigure } from './api/load.js';
import { type BenchOptions, parseOptions } from './api/options.js';
import {
  BENCH_SCHEMA,
  openBenchPostgres,
  postgresDataset,
  restorePostgresDataset,
} from './api/postgres-dataset.js';
import { Report } from './api/report.js';
import { copyDataset, sqliteDataset } from './api/sqlite-dataset.js';
import { timedAsync } from './api/stats.js';
import { formatCount } from './measure.js';

const APP_ENTRY = 'server/main.ts';

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`bench:api: ${(error as Error).message}`);
    return 2;
  }
  const report = new Report();
  const runDir = await mkdtemp(join(tmpdir(), 'mesa-bench-run-'));
  // Interrupted (Ctrl-C, a timeout's SIGTERM): no server left running, no 2 GB copy left behind.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      killAllServers();
      rmSync(runDir, { recursive: true, force: true });
      process.exit(130);
    });
  }
  const started = performance.now();
  let clean = true;
  try {
    report.print(
      `bench:api — ${formatCount(options.tickets)} tickets, schema version ${schemaVersion()}, ` +
        `cache ${CACHE_DIR}`,
    );
    report.record(['tickets'], options.tickets);
    report.record(['schemaVersion'], schemaVersion());
    const baseline = await helloBaseline(options, report);
    clean = (await benchSqlite(options, report, runDir, baseline)) && clean;
    if (options.postgres) clean = (await benchPostgres(options, report, runDir, baseline)) && clean;
  } finally {
    await stopAllServers();
    await rm(runDir, { recursive: true, force: true });
  }
  const totalS = Math.round((performance.now() - started) / 1000);
  report.record(['totalSeconds'], totalS);
  report.printTargets();
  report.print(`\nwhole run: ${totalS} s`);
  console.log(report.jsonLine());
  return clean ? 0 : 1;
}

/** The Fastify hello route, measured once per run; null when HTTP is not measured. */
async function helloBaseline(options: BenchOptions, report: Report): Promise<LoadFigure | null> {
  if (!options.http) return null;
  if (!existsSync(repositoryPath(APP_ENTRY))) {
    report.print(`(${APP_ENTRY} does not exist yet: HTTP figures skipped, store level only)`);
    return null;
  }
  const baseline = await benchHello(loadSettings(options));
  report.record(['hello'], baseline);
  return baseline;
}

async function benchSqlite(
  options: BenchOptions,
  report: Report,
  runDir: string,
  baseline: LoadFigure | null,
): Promise<boolean> {
  report.section('SQLite dataset');
  const dataset = await timedAsync(() =>
    sqliteDataset(options.tickets, options.fresh, (line) => report.print(line)),
  );
  const { info } = dataset.result;
  printDataset(report, 'sqlite', info, dataset.result.reused, dataset.ms);
  report.print(`  file ${dataset.result.path}`);
  const copy = await timedAsync(() => copyDataset(dataset.result, runDir));
  const path = copy.result;
  report.print(`  copied for this run in ${(copy.ms / 1000).toFixed(1)} s`);
  const db = openDatabase({ kind: 'sqlite', path });
  try {
    return await benchDatabase(
      {
        key: 'sqlite',
        label: 'SQLite',
        db,
        info,
        planTarget: { kind: 'sqlite', path },
        databaseUrl: path,
        dataDir: join(runDir, 'data'),
      },
      benchOptions(options, baseline),
      report,
    );
  } finally {
    await db.close();
  }
}

async function benchPostgres(
  options: BenchOptions,
  report: Report,
  runDir: string,
  baseline: LoadFigure | null,
): Promise<boolean> {
  const url = options.postgresUrl;
  report.section(`PostgreSQL dataset (schema ${BENCH_SCHEMA})`);
  const dataset = await timedAsync(() =>
    postgresDataset(url, options.tickets, options.fresh, (line) => report.print(line)),
  );
  const { info } = dataset.result;
  printDataset(report, 'postgres', info, dataset.result.reused, dataset.ms);
  const db = openBenchPostgres(url);
  try {
    return await benchDatabase(
      {
        key: 'postgres',
        label: 'PostgreSQL',
        db,
        info,
        planTarget: { kind: 'postgres', url, schema: BENCH_SCHEMA },
        databaseUrl: appPostgresUrl(url),
        dataDir: join(runDir, 'data-pg'),
      },
      benchOptions(options, baseline),
      report,
    );
  } finally {
    await db.close();
    // The HTTP run registered tickets: take them out so the cached dataset stays as built.
    if (baseline !== null) await restorePostgresDataset(url, info);
  }
}

/** DATABASE_URL for the app: the benchmark's schema first on the search path. */
function appPostgresUrl(url: string): string {
  const withSchema = new URL(url);
  withSchema.searchParams.set('options', `-c search_path=${BENCH_SCHEMA}`);
  return withSchema.toString();
}

function printDataset(
  report: Report,
  key: string,
  info: DatasetInfo,
  reused: boolean,
  ms: number,
): void {
  const built =
    `built in ${((info.loadMs + info.indexMs) / 1000).toFixed(1)} s ` +
    `(rows ${(info.loadMs / 1000).toFixed(1)} s, search index ${(info.indexMs / 1000).toFixed(1)} s)`;
  report.print(
    reused
      ? `  reused from the cache in ${(ms / 1000).toFixed(1)} s; it was ${built}`
      : `  ${built}`,
  );
  const open = Object.entries(info.byStatus)
    .filter(([status]) => status !== 'closed')
    .map(([status, n]) => `${status} ${formatCount(n)}`)
    .join(', ');
  report.print(
    `  ${formatCount(info.tickets)} tickets (${open}; closed ${formatCount(info.byStatus.closed ?? 0)}), ` +
      `${formatCount(info.messages)} messages, ${info.organizations} organizations, ` +
      `${formatCount(info.users)} users`,
  );
  report.record([key, 'dataset'], {
    ...info,
    reused,
    loadMs: Math.round(info.loadMs),
    indexMs: Math.round(info.indexMs),
  });
}

function loadSettings(options: BenchOptions) {
  return {
    connections: options.connections,
    durationS: options.durationS,
    warmupS: options.warmupS,
  };
}

function benchOptions(options: BenchOptions, baseline: LoadFigure | null) {
  return {
    storeRuns: options.storeRuns,
    explain: options.explain,
    only: options.only,
    load: loadSettings(options),
    baseline,
  };
}

process.exitCode = await main().catch(async (error: unknown) => {
  await stopAllServers();
  console.error('bench:api failed:', error);
  return 1;
});
