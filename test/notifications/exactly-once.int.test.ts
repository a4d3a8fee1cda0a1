/**
 * E-mail is never lost nor sent twice (issue 4), with real processes of `server/main.ts` on one
 * PostgreSQL and a real SMTP sink: two instances sweep and dispatch 10,000 due SLA events and
 * the sink receives each e-mail exactly once; an instance killed with SIGKILL mid-dispatch and
 * started again loses nothing, and the only repeats are messages that were in flight at the
 * kill (sent, their marks not yet durable), resent under the same Message-ID (so mail programs recognise them).
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { actorOf } from '../../server/app/identity/user.js';
import { insertWaitingTickets } from '../support/due-tickets.js';
import {
  createContract,
  createHarness,
  createOrganization,
  createUser,
  describePostgres,
  type Harness,
} from '../support/harness.js';
import { type ServerProcess, startServerProcess } from '../support/server-process.js';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.js';

const REPORTED = '2026-03-16T10:00:00-05:00';
// Medium impact: one interval (6 business hours of 8–12 and 14–18) after Monday 10:01 is
// Tuesday 08:01; the closure another interval later, Tuesday 16:01. Between, only the warning.
const AFTER_WARNING = '2026-03-17T09:00:00-05:00';

describePostgres(
  'e-mail exactly once across instances and crashes',
  () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      while (cleanups.length > 0) await cleanups.pop()?.();
    });

    async function world(count: number): Promise<{ h: Harness; sink: SmtpSink }> {
      const h = await createHarness({ database: 'postgres', start: REPORTED });
      cleanups.push(() => h.close());
      const sink = await startSmtpSink();
      cleanups.push(() => sink.close());
      const org = await createOrganization(h);
      const contract = await createContract(h, org.id, { modality: '5x8', services: ['support'] });
      const requester = await createUser(h, { role: 'customer', organizationId: org.id });
      await insertWaitingTickets(h.db, await h.services.slaPolicy.current(), {
        count,
        contractId: contract.id,
        requesterId: actorOf(requester).userId,
        assigneeId: null,
        reportedAt: Date.parse(REPORTED),
        firstNumber: 500_000,
      });
      return { h, sink };
    }

    async function server(h: Harness, sink: SmtpSink, clock: string): Promise<ServerProcess> {
      const dataDir = mkdtempSync(join(tmpdir(), 'mesa-instance-'));
      const instance = await startServerProcess({
        DATABASE_URL: h.databaseUrl,
        DATA_DIR: dataDir,
        SMTP_URL: sink.url,
        MESA_TEST_CLOCK: '1',
        MESA_TEST_CLOCK_START: clock,
      });
      cleanups.push(async () => {
        await instance.kill();
        rmSync(dataDir, { recursive: true, force: true });
      });
      return instance;
    }

    async function outboxCounts(h: Harness) {
      const rows = await h.db.kysely
        .selectFrom('outbox')
        .select(['status', (eb) => eb.fn.countAll<string>().as('n')])
        .groupBy('status')
        .execute();
      return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    }

    async function untilAllSent(h: Harness, expected: number, timeoutMs: number): Promise<void> {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const counts = await outboxCounts(h);
        if ((counts.sent ?? 0) >= expected) return;
        if (Date.now() > until)
          throw new Error(`outbox after ${timeoutMs} ms: ${JSON.stringify(counts)}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }

    it('two instances send 10,000 due e-mails, each exactly once', async () => {
      const { h, sink } = await world(10_000);
      await Promise.all([server(h, sink, AFTER_WARNING), server(h, sink, AFTER_WARNING)]);
      await untilAllSent(h, 10_000, 150_000);
      // Anything sent twice would still be arriving: give it a moment.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await outboxCounts(h)).toEqual({ sent: 10_000 });
      expect(sink.received).toHaveLength(10_000);
      expect(new Set(sink.received.map((m) => m.messageId)).size).toBe(10_000);
      const tickets = new Set(sink.received.map((m) => m.parsed.headers.get('x-mesa-ticket')));
      expect(tickets.size).toBe(10_000);
      expect(new Set(sink.received.map((m) => m.parsed.headers.get('x-mesa-kind')))).toEqual(
        new Set(['no_response_warning']),
      );
      const events = await h.db.kysely
        .selectFrom('sla_events')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(events.n)).toBe(10_000);
    }, 240_000);

    it('a kill -9 mid-dispatch loses nothing; repeats are only in-flight messages, same Message-ID', async () => {
      const { h, sink } = await world(2_000);
      sink.setDelay(3);
      const first = await server(h, sink, AFTER_WARNING);
      await sink.waitFor(300, 60_000);
      await first.kill();
      const before = sink.received.length;
      expect(before).toBeLessThan(2_000);
      // Leases last five minutes: the restarted instance's clock is past them.
      await server(h, sink, '2026-03-17T09:10:00-05:00');
      await untilAllSent(h, 2_000, 120_000);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await outboxCounts(h)).toEqual({ sent: 2_000 });
      const ids = sink.received.map((m) => m.messageId);
      expect(new Set(ids).size).toBe(2_000);
      // At most the messages the killed dispatcher had in flight came twice: each of its 8
      // senders has at most two sent and not yet marked (mail-dispatcher.ts dispatchBatch).
      expect(ids.length - 2_000).toBeLessThanOrEqual(16);
    }, 240_000);
  },
  { timeZoneFree: true },
);
