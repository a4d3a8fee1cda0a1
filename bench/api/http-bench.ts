/**
 * The HTTP figures: the app started as a child process on a copy of the dataset, loaded with
 * autocannon — reads first (ticket by id, the queue, each search), then `POST /tickets`, then
 * how long a new ticket takes to become findable by search.
 */

import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type autocannon from 'autocannon';
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../server/storage/db.js';
import { formatCount, median } from '../measure.js';
import { mulberry32 } from '../prng.js';
import type { BenchAccounts } from './accounts.js';
import { type ChildServer, freePort, startChildServer } from './child-server.js';
import { type ListCase, listPath } from './list-cases.js';
import { type LoadFigure, type LoadSettings, type LoadTarget, runLoad } from './load.js';
import type { HttpCase } from './options.js';
import { TicketText } from './vocabulary.js';

const APP_SCRIPT = 'server/main.ts';
const APP_READY_TIMEOUT_MS = 120_000;
const SAMPLE_IDS = 10_000;
const FINDABLE_SAMPLES = 20;
const FINDABLE_POLL_MS = 10;
const FINDABLE_GIVE_UP_MS = 5_000;
const BACKLOG_GIVE_UP_MS = 120_000;
const SETTLED_MS = 20;
const SETTLE_GIVE_UP_MS = 120_000;
const SAMPLE_BODIES = 201;
const STARTUP_POLL_MS = 500;
const STARTUP_GIVE_UP_MS = 300_000;

export interface FindableFigure {
  readonly samples: number;
  readonly medianMs: number;
  readonly maxMs: number;
  /** Samples not found within FINDABLE_GIVE_UP_MS. */
  readonly notFound: number;
}

/** Every figure of the cases run (all of them unless `--only` chose some). */
export interface HttpFigures {
  readonly getById: LoadFigure | null;
  readonly lists: ReadonlyMap<string, LoadFigure>;
  /** The same list requests one at a time: their latency without queueing behind 49 others. */
  readonly listsAlone: ReadonlyMap<string, LoadFigure>;
  readonly post: LoadFigure | null;
  /** Tickets waiting in the search queue right after the POST run, and how long they took. */
  readonly backlog: { readonly tickets: number; readonly drainMs: number } | null;
  readonly findable: FindableFigure | null;
  /**
   * A response body of each read case run (`getById`, or a list case's key): for GET by id the
   * median-sized one of SAMPLE_BODIES tickets. `benchSameBytes` serves them again.
   */
  readonly bodies: ReadonlyMap<string, string>;
}

/** Starts the baseline server, measures GET /hello, stops it. */
export async function benchHello(settings: LoadSettings): Promise<LoadFigure> {
  const port = await freePort();
  const server = await startChildServer({
    name: 'hello server',
    script: 'bench/api/hello-server.ts',
    env: { PORT: String(port), HOST: '127.0.0.1' },
    port,
    readyPath: '/hello',
    readyTimeoutMs: 30_000,
  });
  try {
    return await runLoad(
      { origin: server.origin, requests: [{ method: 'GET', path: '/hello' }] },
      settings,
    );
  } finally {
    await server.stop();
  }
}

/** Starts the app on `databaseUrl` and takes every HTTP figure; `db` is the same database. */
export async function benchApp(options: {
  readonly db: Db;
  readonly databaseUrl: string;
  readonly dataDir: string;
  readonly accounts: BenchAccounts;
  readonly cases: readonly ListCase[];
  /** The cases to run, or null for all. */
  readonly only: ReadonlySet<HttpCase> | null;
  readonly settings: LoadSettings;
  readonly onFigure: (label: string, figure: LoadFigure, alone?: boolean) => void;
  /** Told once the app's start-up work is done, before the first run. */
  readonly onStartup: (startup: StartupWork) => void;
}): Promise<HttpFigures> {
  const { db, accounts, settings, onFigure } = options;
  const runs = (httpCase: HttpCase): boolean => options.only?.has(httpCase) ?? true;
  const ids = await sampleTicketIds(db);
  const port = await freePort();
  const server = await startChildServer({
    name: 'mesa',
    script: APP_SCRIPT,
    env: {
      DATABASE_URL: options.databaseUrl,
      DATA_DIR: options.dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      MESA_DEMO: '0',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
    },
    port,
    readyPath: '/readyz',
    readyTimeoutMs: APP_READY_TIMEOUT_MS,
  });
  try {
    const startup = await waitForStartupWork(db);
    options.onStartup(startup);
    const agent = { authorization: `Bearer ${accounts.agentToken}` };
    const measure = async (target: LoadTarget, load: LoadSettings): Promise<LoadFigure> => {
      const figure = await runLoad(target, load);
      await settle(server);
      return figure;
    };
    const bodies = new Map<string, string>();
    let getById: LoadFigure | null = null;
    if (runs('get')) {
      getById = await measure(
        { origin: server.origin, headers: agent, requests: [randomIdRequest(ids)] },
        settings,
      );
      onFigure(`GET /tickets/{id} (random of ${formatCount(ids.length)})`, getById);
      const sampled = await Promise.all(
        ids
          .slice(0, SAMPLE_BODIES)
          .map((id) => responseBody(server, agent, `/api/v1/tickets/${id}`)),
      );
      bodies.set('getById', medianBySize(sampled));
    }
    const lists = new Map<string, LoadFigure>();
    const listsAlone = new Map<string, LoadFigure>();
    for (const listCase of runs('lists') ? options.cases : []) {
      const target: LoadTarget = {
        origin: server.origin,
        headers: agent,
        requests: [{ method: 'GET', path: listPath(listCase) }],
      };
      const figure = await measure(target, settings);
      lists.set(listCase.key, figure);
      onFigure(listCase.label, figure);
      bodies.set(listCase.key, await responseBody(server, agent, listPath(listCase)));
      // Already warm from the run above.
      const alone = await measure(target, {
        connections: 1,
        durationS: Math.max(2, Math.round(settings.durationS / 2)),
        warmupS: 0,
      });
      listsAlone.set(listCase.key, alone);
      onFigure(listCase.label, alone, true);
    }
    if (!runs('post')) {
      return { getById, lists, listsAlone, post: null, backlog: null, findable: null, bodies };
    }
    const post = await measure(
      {
        origin: server.origin,
        headers: {
          authorization: `Bearer ${accounts.customerToken}`,
          'content-type': 'application/json',
        },
        requests: [registerRequest()],
      },
      settings,
    );
    onFigure('POST /tickets (customer, distinct subjects)', post);
    const backlog = await drainBacklog(db);
    const findable = await measureFindable(server, accounts);
    return { getById, lists, listsAlone, post, backlog, findable, bodies };
  } catch (error) {
    throw new Error(`${String(error)}\n--- mesa output ---\n${server.output()}`);
  } finally {
    await server.stop();
  }
}

/** What the app did after starting and before the first load run. */
export interface StartupWork {
  readonly ms: number;
  /** The most e-mails seen waiting to be sent, and tickets with a due SLA event. */
  readonly emails: number;
  readonly dueTickets: number;
  /** False when STARTUP_GIVE_UP_MS ran out first. */
  readonly done: boolean;
}

/**
 * Waits until the app has done its start-up work. The cached dataset's deadlines fall due while
 * it waits in the cache, so an app started on it first sweeps them and sends their e-mails
 * (thousands at a million tickets), and the search indexer may have a queue: work that would
 * otherwise share the CPU with the first load runs. The targets are about a desk at work, not
 * one catching up after a restart. Done means nothing due, nothing to send, nothing to index,
 * twice in a row.
 */
async function waitForStartupWork(db: Db): Promise<StartupWork> {
  const t0 = performance.now();
  let emails = 0;
  let dueTickets = 0;
  let quiet = 0;
  while (quiet < 2) {
    if (performance.now() - t0 > STARTUP_GIVE_UP_MS) {
      return { ms: Math.round(performance.now() - t0), emails, dueTickets, done: false };
    }
    const [due, pending, queued] = await Promise.all([
      countOf(db, sql`select count(*) as n from tickets where sla_wake_at <= ${Date.now()}`),
      countOf(db, sql`select count(*) as n from outbox where status = 'pending'`),
      countOf(db, sql`select count(*) as n from search_queue`),
    ]);
    emails = Math.max(emails, pending);
    dueTickets = Math.max(dueTickets, due);
    quiet = due + pending + queued === 0 ? quiet + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, STARTUP_POLL_MS));
  }
  return { ms: Math.round(performance.now() - t0), emails, dueTickets, done: true };
}

async function countOf(db: Db, query: RawBuilder<{ n: number | string }>): Promise<number> {
  const { rows } = await query.execute(db.kysely);
  return Number(rows[0]?.n ?? 0);
}

/**
 * The transport floor: each body served again, as is, by a route that does nothing else
 * (same-bytes-server.ts), loaded exactly like the app. Run after the app has stopped, so the
 * two never share the machine.
 */
export async function benchSameBytes(
  bodies: ReadonlyMap<string, string>,
  settings: LoadSettings,
  dir: string,
): Promise<Map<string, LoadFigure>> {
  await mkdir(dir, { recursive: true });
  const bodiesFile = join(dir, 'same-bytes.json');
  await writeFile(bodiesFile, JSON.stringify(Object.fromEntries(bodies)));
  const port = await freePort();
  const server = await startChildServer({
    name: 'same-bytes server',
    script: 'bench/api/same-bytes-server.ts',
    env: { PORT: String(port), HOST: '127.0.0.1', BODIES_FILE: bodiesFile },
    port,
    readyPath: '/ready',
    readyTimeoutMs: 30_000,
  });
  try {
    const figures = new Map<string, LoadFigure>();
    for (const name of bodies.keys()) {
      const path = `/same-bytes/${encodeURIComponent(name)}`;
      figures.set(
        name,
        await runLoad({ origin: server.origin, requests: [{ method: 'GET', path }] }, settings),
      );
    }
    return figures;
  } finally {
    await server.stop();
  }
}

async function responseBody(
  server: ChildServer,
  headers: Readonly<Record<string, string>>,
  path: string,
): Promise<string> {
  const response = await fetch(`${server.origin}${path}`, { headers });
  const body = await response.text();
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${body}`);
  return body;
}

function medianBySize(bodies: readonly string[]): string {
  const sorted = [...bodies].sort((a, b) => a.length - b.length);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (middle === undefined) throw new Error('no body sampled');
  return middle;
}

/**
 * Waits until the server answers /readyz (which asks the database) quickly twice in a row: a
 * run that overloaded it leaves requests — on PostgreSQL, queries — running after autocannon
 * stops, and they must not slow the next run.
 */
async function settle(server: ChildServer): Promise<void> {
  const deadline = Date.now() + SETTLE_GIVE_UP_MS;
  let quick = 0;
  while (quick < 2 && Date.now() < deadline) {
    const t0 = performance.now();
    try {
      const response = await fetch(`${server.origin}/readyz`, {
        signal: AbortSignal.timeout(SETTLE_GIVE_UP_MS),
      });
      await response.arrayBuffer();
      quick = response.ok && performance.now() - t0 < SETTLED_MS ? quick + 1 : 0;
    } catch {
      quick = 0;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function sampleTicketIds(db: Db): Promise<string[]> {
  const rows = await db.kysely
    .selectFrom('tickets')
    .select('id')
    .orderBy(sql`random()`)
    .limit(SAMPLE_IDS)
    .execute();
  return rows.map((row) => row.id);
}

function randomIdRequest(ids: readonly string[]): autocannon.Request {
  const random = mulberry32(7);
  return {
    method: 'GET',
    path: '/api/v1/tickets/',
    setupRequest: (request) => ({
      ...request,
      path: `/api/v1/tickets/${ids[Math.floor(random() * ids.length)]}`,
    }),
  };
}

/** A customer's registration with a subject no other request of the run has. */
function registerRequest(): autocannon.Request {
  const text = new TicketText(mulberry32(11));
  const descriptions = Array.from({ length: 500 }, () => text.description());
  const subjects = Array.from({ length: 500 }, () => text.subject());
  let n = 0;
  return {
    method: 'POST',
    path: '/api/v1/tickets',
    setupRequest: (request) => {
      n++;
      return {
        ...request,
        body: JSON.stringify({
          subject: `${subjects[n % subjects.length]} ${n}`,
          description: descriptions[n % descriptions.length],
          impact: 'medium',
        }),
      };
    },
  };
}

/** Waits until the search queue is empty; returns how many were waiting and for how long. */
async function drainBacklog(db: Db): Promise<{ tickets: number; drainMs: number }> {
  const pending = () => countOf(db, sql`select count(*) as n from search_queue`);
  const t0 = performance.now();
  const tickets = await pending();
  while ((await pending()) > 0) {
    if (performance.now() - t0 > BACKLOG_GIVE_UP_MS) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { tickets, drainMs: Math.round(performance.now() - t0) };
}

/**
 * Registers tickets one at a time, each with a word found nowhere else, and polls the search
 * until it finds it: the delay from the POST's answer to the first search that finds it.
 */
async function measureFindable(
  server: ChildServer,
  accounts: BenchAccounts,
): Promise<FindableFigure> {
  const tag = randomBytes(4)
    .toString('hex')
    .replace(/[0-9]/g, (d) => 'ghijklmnop'[Number(d)] as string);
  const delays: number[] = [];
  let notFound = 0;
  for (let i = 0; i < FINDABLE_SAMPLES; i++) {
    const word = `hallazgo${tag}${'abcdefghijklmnopqrstuvwxyz'[i]}`;
    const posted = await fetch(`${server.origin}/api/v1/tickets`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${accounts.customerToken}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        subject: `Prueba de búsqueda ${word}`,
        description: 'El servidor de archivos no responde desde la mañana.',
        impact: 'low',
      }),
    });
    if (posted.status !== 201)
      throw new Error(`POST /tickets answered ${posted.status}: ${await posted.text()}`);
    const t0 = performance.now();
    for (;;) {
      const elapsed = performance.now() - t0;
      if (elapsed > FINDABLE_GIVE_UP_MS) {
        notFound++;
        break;
      }
      const response = await fetch(`${server.origin}/api/v1/tickets?q=${word}`, {
        headers: { authorization: `Bearer ${accounts.agentToken}` },
      });
      const page = (await response.json()) as { items?: unknown[] };
      if ((page.items?.length ?? 0) > 0) {
        delays.push(performance.now() - t0);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, FINDABLE_POLL_MS));
    }
  }
  return {
    samples: FINDABLE_SAMPLES,
    medianMs: delays.length > 0 ? Math.round(median(delays)) : Number.NaN,
    maxMs: delays.length > 0 ? Math.round(Math.max(...delays)) : Number.NaN,
    notFound,
  };
}
