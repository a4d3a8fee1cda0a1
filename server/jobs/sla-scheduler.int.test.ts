/**
 * The SLA scheduler through a whole life under the test clock (SPEC §4–§5), on SQLite and on
 * PostgreSQL: staff warned at 80 % of the first-response time and at the breach, the automatic
 * status update when the interval runs out, the no-response warning at one interval and the
 * closure at two — each once however often the sweep runs, and not again after a new closure
 * recomputes the deadlines.
 */

import { beforeAll, expect, it } from 'vitest';
import {
  createContract,
  createOrganization,
  createUser,
  describeEachDatabase,
  type Harness,
  useHarness,
} from '../../test/support/harness.js';
import type { Actor } from '../app/actor.js';
import { OPERATOR } from '../app/identity/operator.js';
import { actorOf } from '../app/identity/user.js';
import type { OutboxMessage } from '../app/notifications/outbox.service.js';
import { isUpdateOverdue } from '../domain/ticket/ticket-lifecycle.js';
import { parseInstant } from '../domain/time/instant.js';

const at = (local: string) => parseInstant(`${local}-05:00`);

describeEachDatabase('the SLA scheduler', (database) => {
  const harness = useHarness(database, { start: '2026-03-16T10:00:00-05:00' });
  let customer: Actor;
  let agent: Actor;
  let supervisorId: string;

  beforeAll(async () => {
    const h = harness();
    h.clock.freeze();
    const org = await createOrganization(h, 'Industrias Andinas');
    await createContract(h, org.id, { modality: '5x8', services: ['support'] });
    customer = actorOf(await createUser(h, { role: 'customer', organizationId: org.id }));
    agent = actorOf(await createUser(h, { role: 'agent' }));
    supervisorId = (await createUser(h, { role: 'supervisor' })).id;
  });

  async function sweep(h: Harness, local: string): Promise<void> {
    h.clock.set(at(local));
    await h.services.slaScheduler.flush();
  }

  async function mailOf(h: Harness, ticketId: string): Promise<OutboxMessage[]> {
    const page = await h.services.outbox.list(OPERATOR, { ticketId }, { limit: 100 });
    return [...page.items].reverse();
  }

  const kindsTo = (mail: readonly OutboxMessage[], userId: string) =>
    mail.filter((m) => m.recipient.email.length > 0 && recipientIs(m, userId)).map((m) => m.kind);
  let users: Map<string, string>;
  const recipientIs = (m: OutboxMessage, userId: string) => users.get(m.recipient.email) === userId;

  it('goes through the guide: warnings, update, no-response warning and closure, each once', async () => {
    const h = harness();
    const all = await h.services.users.list(OPERATOR, {});
    users = new Map(all.items.map((u) => [u.email, u.id]));
    h.clock.set(at('2026-03-16T10:00:00'));
    const { ticket } = await h.services.tickets.register(customer, {
      subject: 'El servidor de correo no responde',
      description: 'Desde esta mañana no llegan correos.',
      impact: 'medium',
    });
    expect(kindsTo(await mailOf(h, ticket.id), customer.userId)).toEqual(['ticket_registered']);
    expect(kindsTo(await mailOf(h, ticket.id), agent.userId)).toEqual(['ticket_registered_staff']);

    // 80 % of 4 business hours from 10:00 (lunch 12–14 does not count): 15:12.
    await sweep(h, '2026-03-16T15:11:00');
    expect(kindsTo(await mailOf(h, ticket.id), agent.userId)).toEqual(['ticket_registered_staff']);
    await sweep(h, '2026-03-16T15:12:00');
    await sweep(h, '2026-03-16T15:30:00');
    expect(kindsTo(await mailOf(h, ticket.id), agent.userId)).toEqual([
      'ticket_registered_staff',
      'first_response_near',
    ]);
    expect(kindsTo(await mailOf(h, ticket.id), supervisorId)).toEqual([
      'ticket_registered_staff',
      'first_response_near',
    ]);

    // The first response was due at 16:00: the breach is announced once and flagged.
    await sweep(h, '2026-03-16T16:00:01');
    await sweep(h, '2026-03-16T16:30:00');
    expect(kindsTo(await mailOf(h, ticket.id), supervisorId).slice(2)).toEqual([
      'first_response_breached',
    ]);
    const breached = await h.services.ticketQueries.get(agent, ticket.id);
    expect(breached.ticket.sla.firstResponseBreached).toBe(true);

    // Six business hours without a word (10–12, 14–18): the automatic update at 18:00.
    await sweep(h, '2026-03-16T18:00:00');
    await sweep(h, '2026-03-16T18:05:00');
    expect(kindsTo(await mailOf(h, ticket.id), customer.userId)).toEqual([
      'ticket_registered',
      'status_update',
    ]);
    expect(kindsTo(await mailOf(h, ticket.id), agent.userId).at(-1)).toBe('update_overdue');
    const overdue = (await h.services.ticketQueries.get(agent, ticket.id)).ticket;
    expect(isUpdateOverdue(overdue.life)).toBe(true);
    // The next update counts from the automatic one: six business hours after Mon 18:00.
    expect(overdue.sla.nextUpdateDueAt).toBe(at('2026-03-17T16:00:00'));

    // The agent diagnoses and asks for information; the customer stays silent.
    h.clock.set(at('2026-03-17T08:30:00'));
    await h.services.tickets.postMessage(agent, ticket.id, {
      kind: 'diagnosis',
      body: 'El servicio SMTP está detenido.',
    });
    expect(
      isUpdateOverdue((await h.services.ticketQueries.get(agent, ticket.id)).ticket.life),
    ).toBe(false);
    h.clock.set(at('2026-03-17T09:00:00'));
    await h.services.tickets.postMessage(agent, ticket.id, {
      kind: 'info_request',
      body: '¿Puede enviarnos el registro del servidor?',
    });
    const waiting = (await h.services.ticketQueries.get(agent, ticket.id)).ticket;
    // One interval (6 business hours) from Tue 09:00: Tue 17:00; two: Wed 15:00.
    expect(waiting.sla.warningAt).toBe(at('2026-03-17T17:00:00'));
    expect(waiting.sla.autoCloseAt).toBe(at('2026-03-18T15:00:00'));

    await sweep(h, '2026-03-17T17:00:00');
    await sweep(h, '2026-03-17T17:30:00');
    expect(kindsTo(await mailOf(h, ticket.id), customer.userId).slice(2)).toEqual([
      'diagnosis',
      'information_requested',
      'no_response_warning',
    ]);

    // An admin closes Wednesday: the closure moves to Thursday 15:00, the warning stays sent.
    await h.services.closures.add(OPERATOR, { date: '2026-03-18', name: 'Cierre de la sede' });
    await h.services.deadlineRecompute.catchUp();
    const moved = (await h.services.ticketQueries.get(agent, ticket.id)).ticket;
    expect(moved.sla.autoCloseAt).toBe(at('2026-03-19T15:00:00'));
    await sweep(h, '2026-03-18T16:00:00');
    expect((await h.services.ticketQueries.get(agent, ticket.id)).ticket.life.status).toBe(
      'waiting_customer',
    );

    await sweep(h, '2026-03-19T15:00:00');
    await sweep(h, '2026-03-19T16:00:00');
    const closed = (await h.services.ticketQueries.get(agent, ticket.id)).ticket;
    expect(closed.life.status).toBe('closed');
    expect(closed.life.resolution).toBe('no_response');
    expect(kindsTo(await mailOf(h, ticket.id), customer.userId)).toEqual([
      'ticket_registered',
      'status_update',
      'diagnosis',
      'information_requested',
      'no_response_warning',
      'closed_no_response',
      // issue 5: the closure invites the requester to rate the attention
      'satisfaction_request',
    ]);
    const history = await h.services.ticketQueries.history(agent, ticket.id);
    expect(history.filter((e) => e.action === 'sla_event').map((e) => e.changes.kind)).toEqual([
      'first_response_near',
      'first_response_breached',
      'status_update',
      'no_response_warning',
      'auto_close',
    ]);
  });

  it('a customer answer before the closure resets the no-response clock', async () => {
    const h = harness();
    h.clock.set(at('2026-03-23T09:00:00'));
    const { ticket } = await h.services.tickets.register(customer, {
      subject: 'Impresora sin red',
      description: 'No imprime.',
      impact: 'low',
    });
    await h.services.tickets.postMessage(agent, ticket.id, { kind: 'diagnosis', body: 'Cable.' });
    await h.services.tickets.postMessage(agent, ticket.id, { kind: 'solution', body: 'Cambiado.' });
    const proposed = (await h.services.ticketQueries.get(agent, ticket.id)).ticket;
    const warningAt = proposed.sla.warningAt ?? 0;
    h.clock.set(warningAt);
    await h.services.slaScheduler.flush();
    h.clock.set(warningAt + 60_000);
    await h.services.tickets.postMessage(customer, ticket.id, { kind: 'reply', body: 'Reviso.' });
    const answered = (await h.services.ticketQueries.get(agent, ticket.id)).ticket;
    h.clock.set(proposed.sla.autoCloseAt ?? 0);
    await h.services.slaScheduler.flush();
    const after = (await h.services.ticketQueries.get(agent, ticket.id)).ticket;
    expect(after.life.status).toBe('solution_proposed');
    expect(after.sla.autoCloseAt).toBe(answered.sla.autoCloseAt);
    expect(after.sla.autoCloseAt ?? 0).toBeGreaterThan(proposed.sla.autoCloseAt ?? 0);
  });
});
