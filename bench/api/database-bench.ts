/**
 * Every figure for one database: the store-level list cases (with query plans for the ones
 * that miss their target), then — when the app can run on it — the HTTP figures, each checked
 * against the targets and recorded for the JSON line.
 */

import { join } from 'node:path';
import type { Db } from '../../server/storage/db.js';
import { formatCount } from '../measure.js';
import { createBenchAccounts } from './accounts.js';
import type { DatasetInfo } from './dataset.js';
import { explainCases, type PlanTarget } from './explain.js';
import { benchApp, benchSameBytes } from './http-bench.js';
import { type ListCase, listCases } from './list-cases.js';
import type { LoadFigure, LoadSettings } from './load.js';
import type { HttpCase } from './options.js';
import type { Report } from './report.js';
import { benchStore } from './store-bench.js';

const TARGET = {
  postReqPerSec: 2_000,
  postP99Ms: 50,
  getByIdReqPerSec: 8_000,
  findableMs: 2_000,
  commonWordShare: 0.1,
};

export interface DatabaseUnderTest {
  /** `sqlite` or `postgres`: the key of its figures in the JSON line. */
  readonly key: string;
  readonly label: string;
  readonly db: Db;
  readonly info: DatasetInfo;
  readonly planTarget: PlanTarget;
  /** The app's DATABASE_URL for it, or null to skip HTTP. */
  readonly databaseUrl: string | null;
  readonly dataDir: string;
}

export interface DatabaseBenchOptions {
  readonly storeRuns: number;
  readonly explain: boolean;
  /** The HTTP cases to run alone (no store level), or null for every figure. */
  readonly only: ReadonlySet<HttpCase> | null;
  readonly load: LoadSettings;
  /** The hello baseline, or null when HTTP is not measured. */
  readonly baseline: LoadFigure | null;
}

/** Takes the figures of one database; returns false when a load run had errors. */
export async function benchDatabase(
  target: DatabaseUnderTest,
  options: DatabaseBenchOptions,
  report: Report,
): Promise<boolean> {
  const cases = listCases(target.info.bigOrganizationId);
  if (options.only === null) await storeFigures(target, cases, options, report);
  if (target.databaseUrl === null || options.baseline === null) return true;
  return httpFigures(target, cases, options, options.baseline, report);
}

async function storeFigures(
  target: DatabaseUnderTest,
  cases: readonly ListCase[],
  options: DatabaseBenchOptions,
  report: Report,
): Promise<void> {
  const { info } = target;
  report.section(
    `${target.label}, store level — TicketStore.list, one call at a time, ` +
      `${options.storeRuns} runs each (ms):`,
  );
  const figures = await benchStore(target.db, cases, options.storeRuns);
  const failing = new Set(
    cases.filter((c, i) => (figures[i]?.p95 ?? Number.POSITIVE_INFINITY) >= c.p95TargetMs),
  );
  const plans = await explainCases(target.planTarget, options.explain ? cases : [...failing]);
  cases.forEach((listCase, i) => {
    const figure = figures[i];
    if (!figure) return;
    report.store(listCase, figure, info.tickets, options.storeRuns);
    const plan = plans.get(listCase.key);
    if (plan) report.plan(plan);
    report.record([target.key, 'store', listCase.key], figure);
    report.check(
      `${target.label} store: ${listCase.label} p95 < ${listCase.p95TargetMs} ms`,
      figure.p95 < listCase.p95TargetMs,
      `p95 ${figure.p95} ms`,
    );
  });
  const common = figures.find((f) => f.key === 'search.common');
  if (common) {
    const share = common.matches / info.tickets;
    report.check(
      `${target.label}: the very common word matches > 10 % of tickets`,
      share > TARGET.commonWordShare,
      `${(share * 100).toFixed(1)} % (${formatCount(common.matches)})`,
    );
  }
}

async function httpFigures(
  target: DatabaseUnderTest,
  cases: readonly ListCase[],
  options: DatabaseBenchOptions,
  baseline: LoadFigure,
  report: Report,
): Promise<boolean> {
  const { load } = options;
  report.section(
    `${target.label}, HTTP — autocannon, ${load.connections} connections, ` +
      `${load.durationS} s each after ${load.warmupS} s warm-up:`,
  );
  report.load('GET /hello (baseline)', baseline, null);
  const accounts = await createBenchAccounts(target.db, target.info.bigOrganizationId);
  let clean = true;
  const figures = await benchApp({
    db: target.db,
    databaseUrl: target.databaseUrl as string,
    dataDir: target.dataDir,
    accounts,
    cases,
    only: options.only,
    settings: load,
    onFigure: (label, figure, alone) => {
      if (alone) {
        report.alone(figure);
        return;
      }
      report.load(label, figure, baseline);
      if (figure.non2xx + figure.errors + figure.timeouts > 0) clean = false;
    },
    onStartup: (startup) => {
      report.print(
        `  (the app's start-up work first: ${formatCount(startup.dueTickets)} tickets with a due ` +
          `SLA event, up to ${formatCount(startup.emails)} e-mails waiting; ` +
          `${startup.done ? 'done' : 'NOT done, measuring anyway'} after ${(startup.ms / 1000).toFixed(1)} s)`,
      );
      report.record([target.key, 'http', 'startupWork'], startup);
    },
  });
  const key = target.key;
  const { getById, post, backlog, findable } = figures;
  const floors = await sameBytesFloors(target, cases, figures.bodies, load, report);
  if (getById) report.record([key, 'http', 'getById'], figure(getById, baseline));
  if (post) report.record([key, 'http', 'post'], figure(post, baseline));
  for (const listCase of cases) {
    const list = figures.lists.get(listCase.key);
    if (!list) continue;
    report.record([key, 'http', 'list', listCase.key], figure(list, baseline));
    const alone = figures.listsAlone.get(listCase.key);
    if (alone) report.record([key, 'http', 'listOneConnection', listCase.key], alone);
    report.check(
      `${target.label} HTTP: ${listCase.label} p95 < ${listCase.p95TargetMs} ms`,
      list.p95 < listCase.p95TargetMs,
      `p95 ${list.p95} ms at ${formatCount(list.reqPerSec)} req/s${floorText(floors.get(listCase.key))}`,
    );
  }
  if (post && backlog && findable) {
    report.print(
      `  search backlog after the POST run: ${formatCount(backlog.tickets)} tickets, ` +
        `indexed in ${formatCount(backlog.drainMs)} ms`,
    );
    report.print(
      `  POST then findable by search: median ${findable.medianMs} ms, max ${findable.maxMs} ms ` +
        `over ${findable.samples} tickets (${findable.notFound} not found within 5 s)`,
    );
    report.record([key, 'http', 'searchBacklog'], backlog);
    report.record([key, 'http', 'findable'], findable);
    report.check(
      `${target.label} HTTP: POST /tickets ≥ ${formatCount(TARGET.postReqPerSec)} req/s, p99 < ${TARGET.postP99Ms} ms`,
      post.reqPerSec >= TARGET.postReqPerSec && post.p99 < TARGET.postP99Ms,
      `${formatCount(post.reqPerSec)} req/s, p99 ${post.p99} ms`,
    );
    report.check(
      `${target.label} HTTP: new ticket findable by search within 2 s`,
      findable.notFound === 0 && findable.maxMs <= TARGET.findableMs,
      `median ${findable.medianMs} ms, max ${findable.maxMs} ms`,
    );
  }
  if (getById) {
    report.check(
      `${target.label} HTTP: GET /tickets/{id} ≥ ${formatCount(TARGET.getByIdReqPerSec)} req/s`,
      getById.reqPerSec >= TARGET.getByIdReqPerSec,
      `${formatCount(getById.reqPerSec)} req/s${floorText(floors.get('getById'))}`,
    );
  }
  return clean;
}

/**
 * Each read case's response body served again by a route that does nothing: how much of a
 * case's time is mesa's work and how much the bytes' own trip to 50 connections on this
 * machine, which no work on the app can take away.
 */
async function sameBytesFloors(
  target: DatabaseUnderTest,
  cases: readonly ListCase[],
  bodies: ReadonlyMap<string, string>,
  load: LoadSettings,
  report: Report,
): Promise<ReadonlyMap<string, LoadFigure>> {
  if (bodies.size === 0) return new Map();
  report.section(
    `${target.label}, HTTP — the same response bodies from a Fastify route that does nothing ` +
      '(the floor of sending them here):',
  );
  const floors = await benchSameBytes(bodies, load, join(target.dataDir, 'same-bytes'));
  const labels = new Map(cases.map((listCase) => [listCase.key, listCase.label]));
  for (const [name, floor] of floors) {
    const kib = Buffer.byteLength(bodies.get(name) ?? '') / 1024;
    const label = `${name === 'getById' ? 'GET /tickets/{id}' : (labels.get(name) ?? name)} (${kib.toFixed(1)} KiB)`;
    report.load(label, floor, null);
    report.record([target.key, 'http', 'sameBytes', name], {
      ...floor,
      bytes: Math.round(kib * 1024),
    });
  }
  return floors;
}

/** The floor beside a target's figure. */
function floorText(floor: LoadFigure | undefined): string {
  return floor === undefined
    ? ''
    : ` (the same bytes alone: ${formatCount(floor.reqPerSec)} req/s, p95 ${floor.p95} ms)`;
}

function figure(load: LoadFigure, baseline: LoadFigure): LoadFigure & { ratioToHello: number } {
  return { ...load, ratioToHello: Math.round((load.reqPerSec / baseline.reqPerSec) * 1000) / 1000 };
}
