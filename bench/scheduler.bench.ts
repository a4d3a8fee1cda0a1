/**
 * `npm run bench:scheduler`: the "Speed" targets of issue 4 on SQLite (with --postgres also on
 * the PostgreSQL of TEST_DATABASE_URL / BENCH_DATABASE_URL, in a scratch schema):
 *  - sweep 100,000 due SLA events (< 5 s), against reading the same due tickets as baseline;
 *  - dispatch their e-mails to a local SMTP sink (≥ 500 e-mails/s), against nodemailer sending
 *    the same messages, already rendered, handed to the same transport as baseline;
 *  - recompute the deadlines of 100,000 open tickets after a new holiday (< 5 s on SQLite), against
 *    computing the same SLA fields in memory as baseline.
 * Prints the figures and ratios, and ends with one JSON line. Options: --tickets N.
 */

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { TestClock } from '../server/app/clock.js';
import { OPERATOR } from '../server/app/identity/operator.js';
import { DEFAULT_MAIL_CONFIG } from '../server/app/notifications/mail-config.js';
import { createServices } from '../server/app/services.js';
import { slaFor } from '../server/app/tickets/ticket-changes.js';
import { composeOutgoing } from '../server/mail/outbound/compose-outgoing.js';
import { SmtpTransport } from '../server/mail/outbound/smtp-transport.js';
import { type Db, openDatabase } from '../server/storage/db.js';
import { migrateToLatest } from '../server/storage/migrate.js';
import { TicketStore } from '../server/storage/ticket.store.js';
import { TicketPartiesStore } from '../server/storage/ticket-parties.store.js';
import { insertWaitingTickets } from '../test/support/due-tickets.js';

const REPORTED = Date.parse('2026-03-16T10:00:00-05:00');
// One interval (6 business hours) after 10:01 on Monday: Tuesday 08:01; closure Tuesday 16:01.
const AFTER_WARNING = Date.parse('2026-03-17T09:00:00-05:00');
// A holiday inside the waiting period: every ticket's automatic closure moves.
const NEW_HOLIDAY = '2026-03-17';

interface Figures {
  database: string;
  tickets: number;
  sweepMs: number;
  sweepEventsPerSecond: number;
  sweepBaselineMs: number;
  sweepRatio: number;
  emails: number;
  dispatchMs: number;
  emailsPerSecond: number;
  baselineEmailsPerSecond: number;
  dispatchRatio: number;
  recomputeMs: number;
  recomputedTickets: number;
  recomputeBaselineMs: number;
  recomputeRatio: number;
}

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`--${name} needs a positive whole number`);
  return value;
}

// The sink runs in a worker thread, as a real mail server would run beside mesa, not inside it:
// sharing mesa's thread it would take the CPU it measures (and the baseline's).
const SINK_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { SMTPServer } = require('smtp-server');
let received = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  logger: false,
  maxClients: 100,
  onData(stream, _session, callback) {
    stream.on('data', () => {});
    stream.on('end', () => { received += 1; callback(); });
  },
});
server.on('error', () => {});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.server.address().port }));
parentPort.on('message', (message) => {
  if (message === 'count') parentPort.postMessage({ count: received });
  if (message === 'close') server.close(() => parentPort.postMessage({ closed: true }));
});
`;

async function startSink(): Promise<{
  url: string;
  count: () => Promise<number>;
  close: () => Promise<void>;
}> {
  // `require` in an evaluated worker resolves from the working directory: npm runs it at the root.
  const worker = new Worker(SINK_SOURCE, { eval: true });
  worker.unref();
  const reply = <T>(key: string): Promise<T> =>
    new Promise((resolve) => {
      const listen = (message: Record<string, T>) => {
        if (key in message) {
          worker.off('message', listen);
          resolve(message[key] as T);
        }
      };
      worker.on('message', listen);
    });
  const port = await reply<number>('port');
  return {
    url: `smtp://127.0.0.1:${port}`,
    count: () => {
      const answer = reply<number>('count');
      worker.postMessage('count');
      return answer;
    },
    close: async () => {
      const closed = reply<boolean>('closed');
      worker.postMessage('close');
      await closed;
      await worker.terminate();
    },
  };
}

async function run(database: 'sqlite' | 'postgres', tickets: number): Promise<Figures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mesa-bench-scheduler-'));
  let db: Db;
  let dropSchema = async () => {};
  if (database === 'sqlite') {
    db = openDatabase({ kind: 'sqlite', path: join(dataDir, 'mesa.db') });
  } else {
    const url =
      process.env.BENCH_DATABASE_URL ??
      process.env.TEST_DATABASE_URL ??
      'postgres://postgres@127.0.0.1:5432/test';
    const schema = `mesa_bench_scheduler_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    db = openDatabase({ kind: 'postgres', url, schema });
    dropSchema = async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    };
  }
  const sink = await startSink();
  const clock = new TestClock();
  clock.freeze();
  clock.set(REPORTED);
  try {
    await migrateToLatest(db);
    const services = createServices({
      db,
      clock,
      dataDir,
      mailTransport: new SmtpTransport({ url: sink.url, connections: 8 }),
    });
    const org = await services.organizations.create(OPERATOR, { name: 'Banco Andino' });
    const contract = await services.organizations.addContract(OPERATOR, org.id, {
      modality: '5x8',
      services: ['support'],
      onSite: false,
      coveredPlatforms: [],
      validFrom: '2026-01-01',
    } as never);
    const requester = await services.users.create(OPERATOR, {
      email: 'cliente@banco.example',
      name: 'Cliente',
      password: 'contraseña-larga-2026',
      role: 'customer',
      organizationId: org.id,
      language: 'es',
    } as never);
    const policy = await services.slaPolicy.current();
    const seeded = await insertWaitingTickets(db, policy, {
      count: tickets,
      contractId: contract.id,
      requesterId: requester.id,
      assigneeId: null,
      reportedAt: REPORTED,
      firstNumber: 1,
    });
    console.log(`${database}: ${tickets} tickets waiting on their customer, warnings due`);

    // Baseline: read the due tickets through the store, nothing else.
    const store = new TicketStore(db.dialect);
    let t0 = performance.now();
    let read = 0;
    for (;;) {
      const batch = await db.transaction((trx) => store.claimDueForSweep(trx, AFTER_WARNING, 500));
      read += batch.length;
      if (batch.length < 500 || read >= tickets) break;
      // The baseline must move on: read the next slice by offsetting the wake instant.
      break;
    }
    const readOne = performance.now() - t0;
    const sweepBaselineMs = (readOne / Math.max(1, read)) * tickets;

    clock.set(AFTER_WARNING);
    t0 = performance.now();
    await services.slaScheduler.flush();
    const sweepMs = performance.now() - t0;
    const events = Number(
      (
        await db.kysely
          .selectFrom('sla_events')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    console.log(`  sweep: ${events} events in ${sweepMs.toFixed(0)} ms`);

    const emails = Number(
      (
        await db.kysely
          .selectFrom('outbox')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('status', '=', 'pending')
          .executeTakeFirstOrThrow()
      ).n,
    );
    t0 = performance.now();
    await services.mailDispatcher.flush();
    const dispatchMs = performance.now() - t0;
    console.log(
      `  dispatch: ${emails} e-mails in ${dispatchMs.toFixed(0)} ms (sink got ${await sink.count()})`,
    );

    // Baseline: the same messages, already rendered, handed straight to the same transport
    // (nodemailer's pool of 8): what sending costs without leasing, rendering and marking.
    const sample = Math.min(emails, 5_000);
    const sentRows = await db.kysely.selectFrom('outbox').selectAll().limit(sample).execute();
    const tokens = await store.replyTokens(
      db.kysely,
      sentRows.flatMap((row) => (row.ticket_id === null ? [] : [row.ticket_id])),
    );
    const ready = sentRows.map((row) =>
      composeOutgoing(row, tokens.get(row.ticket_id ?? '') ?? null, DEFAULT_MAIL_CONFIG),
    );
    const raw = new SmtpTransport({ url: sink.url, connections: 8 });
    t0 = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < ready.length) {
          const mail = ready[next++];
          if (mail) await raw.send(mail);
        }
      }),
    );
    const baselineSeconds = (performance.now() - t0) / 1000;
    await raw.close();
    const baselineEmailsPerSecond = ready.length / baselineSeconds;

    // Recompute after a new holiday.
    await services.closures.add(OPERATOR, { date: NEW_HOLIDAY, name: 'Festivo nuevo (Ley 2578)' });
    t0 = performance.now();
    const recomputed = await services.deadlineRecompute.catchUp();
    const recomputeMs = performance.now() - t0;
    console.log(
      `  recompute: ${recomputed?.tickets ?? 0} open tickets (${recomputed?.changed ?? 0} changed) in ${recomputeMs.toFixed(0)} ms`,
    );
    // Baseline: the same SLA computation in memory, no database.
    services.slaPolicy.invalidate();
    const newPolicy = await services.slaPolicy.current();
    const terms = await new TicketPartiesStore().contract(db.kysely, contract.id);
    t0 = performance.now();
    for (const ticket of seeded)
      slaFor(terms, ticket.impact, ticket.channel, ticket.life, AFTER_WARNING, newPolicy);
    const recomputeBaselineMs = performance.now() - t0;

    await services.mailDispatcher.stop();
    await services.slaScheduler.stop();
    await services.deadlineRecompute.stop();
    await services.searchIndexer.stop();
    return {
      database,
      tickets,
      sweepMs: Math.round(sweepMs),
      sweepEventsPerSecond: Math.round(events / (sweepMs / 1000)),
      sweepBaselineMs: Math.round(sweepBaselineMs),
      sweepRatio: Number((sweepMs / sweepBaselineMs).toFixed(2)),
      emails,
      dispatchMs: Math.round(dispatchMs),
      emailsPerSecond: Math.round(emails / (dispatchMs / 1000)),
      baselineEmailsPerSecond: Math.round(baselineEmailsPerSecond),
      dispatchRatio: Number((emails / (dispatchMs / 1000) / baselineEmailsPerSecond).toFixed(2)),
      recomputeMs: Math.round(recomputeMs),
      recomputedTickets: recomputed?.tickets ?? 0,
      recomputeBaselineMs: Math.round(recomputeBaselineMs),
      recomputeRatio: Number((recomputeMs / Math.max(1, recomputeBaselineMs)).toFixed(2)),
    };
  } finally {
    await sink.close();
    await db.close();
    await dropSchema();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const tickets = option('tickets', 100_000);
  const results = [await run('sqlite', tickets)];
  if (process.argv.includes('--postgres')) results.push(await run('postgres', tickets));
  // The issue states its targets "on SQLite", the embedded default, and for 100,000 events:
  // PostgreSQL's figures and those at another size are printed without a verdict.
  const verdict = (r: Figures, pass: boolean) =>
    r.database !== 'sqlite'
      ? 'no verdict (the targets are stated for SQLite)'
      : r.tickets === 100_000
        ? pass
          ? 'PASS'
          : 'FAIL'
        : `no verdict at ${r.tickets}`;
  for (const r of results) {
    console.log(
      `\n${r.database}: sweep ${r.sweepMs} ms for ${r.tickets} events (${r.sweepEventsPerSecond}/s; reading them alone ${r.sweepBaselineMs} ms, ×${r.sweepRatio}) — target < 5000 ms for 100,000: ${verdict(r, r.sweepMs < 5000)}`,
    );
    console.log(
      `${r.database}: ${r.emailsPerSecond} e-mails/s (${r.emails} in ${r.dispatchMs} ms; the same rendered messages straight to the transport ${r.baselineEmailsPerSecond}/s, ×${r.dispatchRatio}) — target ≥ 500/s: ${verdict(r, r.emailsPerSecond >= 500)}`,
    );
    console.log(
      `${r.database}: recompute ${r.recomputeMs} ms for ${r.recomputedTickets} open tickets (in memory ${r.recomputeBaselineMs} ms, ×${r.recomputeRatio}) — target < 5000 ms for 100,000: ${verdict(r, r.recomputeMs < 5000)}`,
    );
  }
  console.log(JSON.stringify({ bench: 'scheduler', results }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
