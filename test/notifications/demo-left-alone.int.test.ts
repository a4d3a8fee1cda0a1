/**
 * Issue 4's "done when": a ticket left alone in the demo produces, under the test clock, the
 * guide's whole sequence of e-mails in Spanish — received by a real SMTP server. The clock
 * walks through a week an hour at a time, sweeping and sending at every step, as the running
 * server does on its own.
 */

import { afterAll, beforeAll, expect, it } from 'vitest';
import { OPERATOR } from '../../server/app/identity/operator.js';
import { loadDemoData } from '../../server/demo/load-demo-data.js';
import { SmtpTransport } from '../../server/mail/outbound/smtp-transport.js';
import { describeEachDatabase, useHarness } from '../support/harness.js';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.js';

const HOUR = 3_600_000;

describeEachDatabase('a demo ticket left alone', (database) => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await sink.close();
  });
  const harness = useHarness(database, {
    get mailTransport() {
      return new SmtpTransport({ url: sink.url, connections: 2 });
    },
  });

  it('warns its customer once, closes it once, and updates a silent case, all in Spanish', async () => {
    const h = harness();
    h.clock.freeze();
    await loadDemoData(h.services);
    const queue = await h.services.ticketQueries.list(OPERATOR, { limit: 100 });
    const waiting = queue.tickets.find((t) => t.life.status === 'waiting_customer');
    const untouched = queue.tickets.find((t) => t.life.status === 'new');
    if (!waiting || !untouched) throw new Error('the demo has no waiting or new ticket');
    await h.services.mailDispatcher.flush();
    const start = h.clock.now();
    for (let step = 1; step <= 24 * 7; step++) {
      h.clock.set(start + step * HOUR);
      await h.services.slaScheduler.flush();
      await h.services.mailDispatcher.flush();
    }
    const subjectsAbout = (number: string) =>
      sink.received
        .filter((m) => m.parsed.subject?.startsWith(`[${number}]`))
        .filter((m) =>
          (m.parsed.headers.get('x-mesa-kind') as string).match(/warning|closed_no|status_update/),
        )
        .map((m) => m.parsed.subject?.slice(number.length + 3));
    const waitingMail = subjectsAbout(waiting.number);
    expect(waitingMail.slice(0, 2)).toEqual([
      expect.stringMatching(/^Advertencia: esperamos su respuesta/),
      expect.stringMatching(/^Caso cerrado por falta de respuesta/),
    ]);
    expect(waitingMail).toHaveLength(2);
    const closed = await h.services.ticketQueries.get(OPERATOR, waiting.id);
    expect([closed.ticket.life.status, closed.ticket.life.resolution]).toEqual([
      'closed',
      'no_response',
    ]);
    const updates = subjectsAbout(untouched.number);
    expect(updates.length).toBeGreaterThanOrEqual(2);
    expect(updates.every((s) => s?.startsWith('Seguimos atendiendo su caso'))).toBe(true);
    // Each update once: as many as the distinct Message-IDs, none resent.
    const ids = sink.received.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
  }, 120_000);
});
