/**
 * The mail dispatcher over a real SMTP conversation (an smtp-server sink on 127.0.0.1), on
 * SQLite and PostgreSQL: recipients, subject with the ticket number, the recipient's language,
 * the threading headers and the Reply-To token; retries with backoff on a temporary refusal,
 * a permanent refusal visible to admins and retried by them.
 */

import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createContract,
  createOrganization,
  createUser,
  describeEachDatabase,
  useHarness,
} from '../../test/support/harness.js';
import { type SmtpSink, startSmtpSink } from '../../test/support/smtp-sink.js';
import type { Actor } from '../app/actor.js';
import { OPERATOR } from '../app/identity/operator.js';
import { actorOf } from '../app/identity/user.js';
import { SmtpTransport } from '../mail/outbound/smtp-transport.js';

describeEachDatabase('the mail dispatcher', (database) => {
  let sink: SmtpSink;
  let spanish: Actor;
  let english: Actor;
  let agentEmail: string;
  // Before the harness: its options read the sink's address when it is built.
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  // Hooks after run in reverse: this one after the harness closed its SMTP connections.
  afterAll(async () => {
    await sink.close();
  });
  const harness = useHarness(database, {
    get mailTransport() {
      return new SmtpTransport({ url: sink.url, connections: 2 });
    },
  });

  beforeAll(async () => {
    const h = harness();
    h.clock.freeze();
    const org = await createOrganization(h);
    await createContract(h, org.id);
    spanish = actorOf(
      await createUser(h, { role: 'customer', organizationId: org.id, email: 'ana@cliente.co' }),
    );
    english = actorOf(
      await createUser(h, {
        role: 'customer',
        organizationId: org.id,
        email: 'john@client.example',
        language: 'en',
      }),
    );
    agentEmail = (await createUser(h, { role: 'agent', email: 'agente@mesa.co' })).email;
  });

  it('sends each e-mail once, threaded, in the recipient language, with the reply token', async () => {
    const h = harness();
    const { ticket } = await h.services.tickets.register(spanish, {
      subject: 'Sin acceso a la VPN',
      description: 'Nadie puede conectarse.',
      impact: 'high',
    });
    expect(await h.services.mailDispatcher.flush()).toBe(2);
    expect(await h.services.mailDispatcher.flush()).toBe(0);
    await sink.waitFor(2);
    const toCustomer = sink.received.find((m) => m.envelopeTo.includes('ana@cliente.co'));
    const toAgent = sink.received.find((m) => m.envelopeTo.includes(agentEmail));
    expect(toCustomer?.parsed.subject).toMatch(new RegExp(`^\\[${ticket.number}\\] `));
    expect(toAgent?.parsed.subject).toContain(`[${ticket.number}]`);
    expect(toCustomer?.parsed.text).toContain('Sin acceso a la VPN');
    expect(toCustomer?.parsed.html).toContain(`/tickets/${ticket.id}`);
    const thread = `<ticket-${ticket.id}@mesa.localhost>`;
    expect(toCustomer?.parsed.inReplyTo).toBe(thread);
    expect(toCustomer?.parsed.references).toEqual(thread);
    expect(toCustomer?.parsed.replyTo?.value[0]?.address).toBe(
      `soporte+${ticket.replyToken}@mesa.localhost`,
    );
    expect(toCustomer?.parsed.headers.get('auto-submitted')).toBe('auto-generated');
    const sent = await h.services.outbox.list(OPERATOR, { ticketId: ticket.id }, {});
    expect(sent.items.map((m) => m.status)).toEqual(['sent', 'sent']);
    expect(new Set(sink.received.map((m) => m.messageId))).toEqual(
      new Set(sent.items.map((m) => m.messageId)),
    );

    const before = sink.received.length;
    const { ticket: theirs } = await h.services.tickets.register(english, {
      subject: 'Printer offline',
      description: 'It does not print.',
      impact: 'low',
    });
    await h.services.mailDispatcher.flush();
    await sink.waitFor(before + 2);
    const toJohn = sink.received.find((m) => m.envelopeTo.includes('john@client.example'));
    expect(toJohn?.parsed.subject).toMatch(new RegExp(`^\\[${theirs.number}\\] `));
    expect(toJohn?.parsed.text).toMatch(/registered/i);
    expect(toCustomer?.parsed.text).toMatch(/registr/i);
    expect(toJohn?.parsed.text).not.toMatch(/Estimado|registrado/);
  });

  it('retries a temporary refusal with backoff; a permanent one fails until an admin retries', async () => {
    const h = harness();
    const start = h.clock.now();
    await h.services.tickets.register(spanish, {
      subject: 'Caída del enlace',
      description: 'Sin internet en la sede.',
      impact: 'medium',
    });
    sink.refuseNext(2, 451, 'try again later');
    const before = sink.received.length;
    await h.services.mailDispatcher.flush();
    let pending = await h.services.outbox.list(OPERATOR, { status: 'pending' }, {});
    expect(pending.items).toHaveLength(2);
    expect(pending.items.every((m) => m.attempts === 1 && m.nextAttemptAt === start + 30_000)).toBe(
      true,
    );
    expect(pending.items[0]?.lastError).toMatch(/451|try again/);
    h.clock.set(start + 29_000);
    expect(await h.services.mailDispatcher.flush()).toBe(0);
    h.clock.set(start + 30_000);
    expect(await h.services.mailDispatcher.flush()).toBe(2);
    await sink.waitFor(before + 2);

    await h.services.tickets.register(english, {
      subject: 'Mailbox full',
      description: 'Cannot receive.',
      impact: 'low',
    });
    sink.refuseNext(2, 550, 'no such user');
    await h.services.mailDispatcher.flush();
    const failed = await h.services.outbox.list(OPERATOR, { status: 'failed' }, {});
    expect(failed.items).toHaveLength(2);
    expect((await h.services.outbox.overview(OPERATOR)).counts.failed).toBe(2);
    const [first] = failed.items;
    if (!first) throw new Error('no failed message');
    const eml = (await h.services.outbox.eml(OPERATOR, first.id)).toString('utf8');
    expect(eml).toContain(`Message-ID: ${first.messageId}`);
    await h.services.outbox.retry(OPERATOR, first.id);
    pending = await h.services.outbox.list(OPERATOR, { status: 'pending' }, {});
    expect(pending.items.map((m) => m.id)).toEqual([first.id]);
    const count = sink.received.length;
    await h.services.mailDispatcher.flush();
    await sink.waitFor(count + 1);
    expect(sink.received.at(-1)?.messageId).toBe(first.messageId);
  });
});
