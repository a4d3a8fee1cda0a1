/**
 * The ticket use cases against a real database (SQLite always, PostgreSQL when configured):
 * registration rules, the whole lifecycle with its stored deadlines, replies to closed tickets,
 * idempotency, search and the queue.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import { rejectionCodeOf } from '../../../test/support/error-code.js';
import {
  createContract,
  createOrganization,
  createUser,
  describeEachDatabase,
  type Harness,
  useHarness,
} from '../../../test/support/harness.js';
import { parseInstant } from '../../domain/time/instant.js';
import type { Actor } from '../actor.js';
import { actorOf } from '../identity/user.js';
import type { Ticket } from './ticket.js';

const at = (iso: string) => parseInstant(iso);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

interface World {
  readonly customer: Actor;
  readonly otherCustomer: Actor;
  readonly agent: Actor;
  readonly organizationId: string;
  readonly managedOrganizationId: string;
  readonly managedCustomer: Actor;
  readonly noContractCustomer: Actor;
}

async function buildWorld(h: Harness): Promise<World> {
  const org = await createOrganization(h);
  await createContract(h, org.id, { modality: '5x8', services: ['support'] });
  const other = await createOrganization(h);
  await createContract(h, other.id);
  const managed = await createOrganization(h);
  await createContract(h, managed.id, {
    modality: '7x24',
    services: ['support', 'managed'],
    onSite: { city: 'Medellín' },
  });
  const expired = await createOrganization(h);
  await createContract(h, expired.id, { validFrom: '2025-01-01', validTo: '2025-12-31' });
  const customerOf = async (organizationId: string) =>
    actorOf(await createUser(h, { role: 'customer', organizationId }));
  return {
    organizationId: org.id,
    managedOrganizationId: managed.id,
    customer: await customerOf(org.id),
    otherCustomer: await customerOf(other.id),
    agent: actorOf(await createUser(h, { role: 'agent' })),
    managedCustomer: await customerOf(managed.id),
    noContractCustomer: await customerOf(expired.id),
  };
}

const vpn = {
  subject: 'Sin conexión a la VPN',
  description: 'No hay conexión desde ayer',
  impact: 'medium',
} as const;

function posted(outcome: { kind: string; ticket: Ticket }): Ticket {
  if (outcome.kind !== 'posted') throw new Error(`expected a posted message, got ${outcome.kind}`);
  return outcome.ticket;
}

describeEachDatabase('ticket use cases', (database) => {
  const harness = useHarness(database);
  let w: World;
  beforeAll(async () => {
    harness().clock.freeze();
    w = await buildWorld(harness());
  });

  describe('register', () => {
    it('numbers the ticket and stores its first-response deadline (SPEC §3–§4)', async () => {
      const h = harness();
      h.clock.set(at('2026-03-20T09:15:30-05:00'));
      const { ticket } = await h.services.tickets.register(w.customer, vpn);
      expect(ticket.number).toMatch(/^OG-2026-\d{6}$/);
      expect(ticket.life.status).toBe('new');
      expect(ticket.channel).toBe('web');
      // 09:15:30 + 240 business minutes, skipping 12:00–14:00: 15:15:30.
      expect(iso(ticket.sla.firstResponseDueAt)).toBe('2026-03-20T20:15:30.000Z');
      const history = await h.services.ticketQueries.history(w.agent, ticket.id);
      expect(history.map((e) => e.action)).toEqual(['registered']);
    });

    it('starts a phone ticket registered by an agent at the time of the call', async () => {
      const h = harness();
      h.clock.set(at('2026-03-20T11:00:00-05:00'));
      const { ticket } = await h.services.tickets.register(w.agent, {
        ...vpn,
        impact: 'high',
        requesterId: w.customer.userId,
        reportedAt: at('2026-03-20T10:30:00-05:00'),
      });
      expect(ticket.channel).toBe('phone');
      expect(ticket.requesterId).toBe(w.customer.userId);
      expect(iso(ticket.sla.clockStartsAt)).toBe('2026-03-20T15:30:00.000Z');
      expect(iso(ticket.sla.firstResponseDueAt)).toBe('2026-03-20T16:30:00.000Z');
    });

    it('accepts 7x24 high impact by web out of hours, says to call, and counts from 08:00', async () => {
      const h = harness();
      h.clock.set(at('2026-03-21T22:00:00-05:00')); // Saturday night
      const byWeb = await h.services.tickets.register(w.managedCustomer, {
        ...vpn,
        impact: 'high',
      });
      expect(byWeb.callTheCenter).not.toBeNull();
      expect(iso(byWeb.ticket.sla.clockStartsAt)).toBe('2026-03-23T13:00:00.000Z'); // Mon 08:00
      const byPhone = await h.services.tickets.register(w.agent, {
        ...vpn,
        impact: 'high',
        requesterId: w.managedCustomer.userId,
      });
      expect(byPhone.callTheCenter).toBeNull();
      expect(iso(byPhone.ticket.sla.clockStartsAt)).toBe('2026-03-22T03:00:00.000Z');
    });

    it('refuses an organization without a contract in force, writing nothing', async () => {
      const h = harness();
      const before = await h.services.ticketQueries.list(w.agent, { limit: 100 });
      const code = await rejectionCodeOf(
        h.services.tickets.register(w.noContractCustomer, vpn, 'key-no-contract'),
      );
      expect(code).toBe('NO_ACTIVE_CONTRACT');
      const after = await h.services.ticketQueries.list(w.agent, { limit: 100 });
      expect(after.tickets.length).toBe(before.tickets.length);
    });

    it('refuses the change level without a managed or administration service', async () => {
      const h = harness();
      const code = await rejectionCodeOf(
        h.services.tickets.register(w.customer, { ...vpn, impact: 'change' }),
      );
      expect(code).toBe('CHANGE_REQUIRES_MANAGED_SERVICE');
      const { ticket } = await h.services.tickets.register(w.managedCustomer, {
        ...vpn,
        impact: 'change',
      });
      expect(ticket.impact).toBe('change');
    });

    it('keeps staff-only fields for staff and checks the requester', async () => {
      const { tickets } = harness().services;
      expect(
        await rejectionCodeOf(tickets.register(w.customer, { ...vpn, channel: 'phone' })),
      ).toBe('FORBIDDEN');
      expect(await rejectionCodeOf(tickets.register(w.agent, vpn))).toBe('VALIDATION_FAILED');
      const wrongOrganization = tickets.register(w.agent, {
        ...vpn,
        requesterId: w.customer.userId,
        organizationId: w.managedOrganizationId,
      });
      expect(await rejectionCodeOf(wrongOrganization)).toBe('REQUESTER_NOT_IN_ORGANIZATION');
      const inTheFuture = tickets.register(w.agent, {
        ...vpn,
        requesterId: w.customer.userId,
        reportedAt: harness().clock.now() + 3_600_000,
      });
      expect(await rejectionCodeOf(inTheFuture)).toBe('VALIDATION_FAILED');
    });
  });

  describe('the lifecycle of SPEC §5', () => {
    it('pauses the first response while waiting on the customer, then walks to accepted', async () => {
      const h = harness();
      const { tickets } = h.services;
      h.clock.set(at('2026-03-24T09:00:00-05:00')); // Tuesday (Monday 23 is San José)
      const { ticket } = await tickets.register(w.customer, vpn);
      expect(iso(ticket.sla.firstResponseDueAt)).toBe('2026-03-24T20:00:00.000Z'); // 15:00

      h.clock.set(at('2026-03-24T10:00:00-05:00'));
      const asked = posted(
        await tickets.postMessage(w.agent, ticket.id, {
          kind: 'info_request',
          body: 'Envíe un ping',
        }),
      );
      expect(asked.life.status).toBe('waiting_customer');
      expect(asked.sla.firstResponseDueAt).toBeNull();
      expect(asked.sla.firstResponseMinutesLeft).toBeCloseTo(180, 5);
      expect(asked.sla.warningAt).not.toBeNull();

      h.clock.set(at('2026-03-25T09:00:00-05:00')); // answered the next day
      const answered = posted(
        await tickets.postMessage(w.customer, ticket.id, {
          kind: 'reply',
          body: 'Adjunto el ping',
        }),
      );
      expect(answered.life.status).toBe('in_progress');
      // 180 minutes left from Wednesday 09:00: exactly the end of the morning window, 12:00.
      expect(iso(answered.sla.firstResponseDueAt)).toBe('2026-03-25T17:00:00.000Z');

      const diagnosed = posted(
        await tickets.postMessage(w.agent, ticket.id, { kind: 'diagnosis', body: 'Falla de DNS' }),
      );
      expect(diagnosed.sla.firstRespondedAt).not.toBeNull();
      expect(diagnosed.sla.firstResponseBreached).toBe(false);
      expect(diagnosed.sla.nextUpdateDueAt).not.toBeNull();

      const proposed = posted(
        await tickets.postMessage(w.agent, ticket.id, { kind: 'solution', body: 'Cambie el DNS' }),
      );
      expect(proposed.life.status).toBe('solution_proposed');
      expect(proposed.sla.autoCloseAt).not.toBeNull();

      const rejected = await tickets.reject(w.customer, ticket.id, 'Sigue fallando');
      expect(rejected.life.status).toBe('in_progress');
      await tickets.postMessage(w.agent, ticket.id, {
        kind: 'solution',
        body: 'Reinicie el servicio',
      });
      const accepted = await tickets.accept(w.customer, ticket.id);
      expect(accepted.life).toMatchObject({ status: 'closed', resolution: 'accepted' });
      expect(accepted.sla.nextDeadlineAt).toBeNull();

      const history = await h.services.ticketQueries.history(w.customer, ticket.id);
      expect(history.map((e) => e.action)).toEqual([
        'registered',
        'message_added',
        'message_added',
        'message_added',
        'message_added',
        'solution_rejected',
        'message_added',
        'solution_accepted',
      ]);
    });

    it('refuses illegal transitions with ILLEGAL_TRANSITION and DIAGNOSIS_REQUIRED', async () => {
      const { tickets } = harness().services;
      const { ticket } = await tickets.register(w.customer, vpn);
      expect(await rejectionCodeOf(tickets.accept(w.customer, ticket.id))).toBe(
        'ILLEGAL_TRANSITION',
      );
      expect(await rejectionCodeOf(tickets.reject(w.customer, ticket.id))).toBe(
        'ILLEGAL_TRANSITION',
      );
      const fromNew = tickets.postMessage(w.agent, ticket.id, { kind: 'solution', body: 'x' });
      expect(await rejectionCodeOf(fromNew)).toBe('ILLEGAL_TRANSITION');
      await tickets.postMessage(w.agent, ticket.id, {
        kind: 'reply',
        body: 'Lo estamos revisando',
      });
      const early = tickets.postMessage(w.agent, ticket.id, { kind: 'solution', body: 'x' });
      expect(await rejectionCodeOf(early)).toBe('DIAGNOSIS_REQUIRED');
      await tickets.closeAsOutOfScope(w.agent, ticket.id, {
        reason: 'Falla del proveedor',
        cause: 'provider_failure',
      });
      const late = tickets.postMessage(w.agent, ticket.id, { kind: 'diagnosis', body: 'x' });
      expect(await rejectionCodeOf(late)).toBe('ILLEGAL_TRANSITION');
      expect(await rejectionCodeOf(tickets.assign(w.agent, ticket.id, w.agent.userId))).toBe(
        'ILLEGAL_TRANSITION',
      );
      const again = tickets.closeAsOutOfScope(w.agent, ticket.id, { reason: 'otra vez' });
      expect(await rejectionCodeOf(again)).toBe('ILLEGAL_TRANSITION');
    });

    it('closes out of scope only by staff and only with a reason', async () => {
      const { tickets } = harness().services;
      const { ticket } = await tickets.register(w.customer, vpn);
      const byCustomer = tickets.closeAsOutOfScope(w.customer, ticket.id, { reason: 'x' });
      expect(await rejectionCodeOf(byCustomer)).toBe('FORBIDDEN');
      const blank = tickets.closeAsOutOfScope(w.agent, ticket.id, { reason: '   ' });
      expect(await rejectionCodeOf(blank)).toBe('REASON_REQUIRED');
      const closed = await tickets.closeAsOutOfScope(w.agent, ticket.id, {
        reason: 'Equipo no cubierto',
        cause: 'equipment_not_covered',
      });
      expect(closed).toMatchObject({
        closeReason: 'Equipo no cubierto',
        closeCause: 'equipment_not_covered',
      });
      expect(closed.life.resolution).toBe('out_of_scope');
    });

    it('assigns only to active staff', async () => {
      const { tickets } = harness().services;
      const { ticket } = await tickets.register(w.customer, vpn);
      const assigned = await tickets.assign(w.agent, ticket.id, w.agent.userId);
      expect(assigned.assigneeId).toBe(w.agent.userId);
      expect(await rejectionCodeOf(tickets.assign(w.agent, ticket.id, w.customer.userId))).toBe(
        'ASSIGNEE_NOT_STAFF',
      );
      expect((await tickets.assign(w.agent, ticket.id, null)).assigneeId).toBeNull();
    });
  });

  describe('a reply to a closed ticket', () => {
    it('records a courtesy reply on it, and opens a new linked ticket otherwise', async () => {
      const h = harness();
      const { tickets } = h.services;
      h.clock.set(at('2026-03-25T09:00:00-05:00'));
      const { ticket } = await tickets.register(w.customer, vpn);
      await tickets.closeAsOutOfScope(w.agent, ticket.id, { reason: 'Falla del proveedor' });
      const courtesy = await tickets.postMessage(w.customer, ticket.id, {
        kind: 'reply',
        body: 'Ok, muchas gracias',
      });
      expect(courtesy.kind).toBe('courtesy');
      h.clock.set(at('2026-03-25T10:00:00-05:00'));
      const reopened = await tickets.postMessage(w.customer, ticket.id, {
        kind: 'reply',
        body: 'La VPN volvió a fallar esta mañana',
      });
      if (reopened.kind !== 'new_ticket')
        throw new Error(`expected new_ticket, got ${reopened.kind}`);
      const fresh = reopened.newTicket;
      expect(fresh.previousTicketId).toBe(ticket.id);
      expect(fresh.life.status).toBe('new');
      expect(fresh.number).not.toBe(ticket.number);
      expect(iso(fresh.sla.clockStartsAt)).toBe('2026-03-25T15:00:00.000Z');
      const old = await h.services.ticketQueries.get(w.agent, ticket.id);
      expect(old.ticket.life.status).toBe('closed');
      expect(old.messages.map((m) => m.body)).toContain('Ok, muchas gracias');
      const history = await h.services.ticketQueries.history(w.agent, ticket.id);
      expect(history.at(-1)).toMatchObject({
        action: 'followed_up',
        changes: { newTicket: fresh.number },
      });
    });
  });

  describe('visibility', () => {
    it('hides another organization’s ticket and internal notes from customers', async () => {
      const { tickets, ticketQueries } = harness().services;
      const { ticket } = await tickets.register(w.customer, vpn);
      await tickets.postMessage(w.agent, ticket.id, { kind: 'note', body: 'Nota interna' });
      expect(await rejectionCodeOf(ticketQueries.get(w.otherCustomer, ticket.id))).toBe(
        'NOT_FOUND',
      );
      const missing = ticketQueries.get(w.customer, '00000000-0000-7000-8000-000000000000');
      expect(await rejectionCodeOf(missing)).toBe('NOT_FOUND');
      expect(await rejectionCodeOf(ticketQueries.get(w.customer, 'not-an-id'))).toBe('NOT_FOUND');
      const seen = await ticketQueries.get(w.customer, ticket.id);
      expect(seen.messages.map((m) => m.kind)).not.toContain('note');
      const history = await ticketQueries.history(w.customer, ticket.id);
      expect(history.some((e) => e.changes.internal === true)).toBe(false);
      const note = tickets.postMessage(w.customer, ticket.id, { kind: 'note', body: 'x' });
      expect(await rejectionCodeOf(note)).toBe('FORBIDDEN');
    });
  });

  describe('idempotency', () => {
    it('returns the first ticket to 20 concurrent retries of one key', async () => {
      const { tickets } = harness().services;
      const body = { ...vpn, subject: 'Reintento idempotente' };
      const results = await Promise.all(
        Array.from({ length: 20 }, () => tickets.register(w.customer, body, 'retry-key-1')),
      );
      const ids = new Set(results.map((r) => r.ticket.id));
      expect(ids.size).toBe(1);
      expect(results.filter((r) => !r.replayed)).toHaveLength(1);
      const reused = tickets.register(w.customer, { ...body, subject: 'Otro' }, 'retry-key-1');
      expect(await rejectionCodeOf(reused)).toBe('IDEMPOTENCY_KEY_REUSED');
      // Keys belong to their user: another user's same key is a new request.
      const another = await tickets.register(w.otherCustomer, body, 'retry-key-1');
      expect(ids.has(another.ticket.id)).toBe(false);
    });
  });

  describe('search and the queue', () => {
    it('finds tickets with and without accents, by prefix and phrase, as far as the actor may see', async () => {
      const { tickets, ticketQueries, searchIndexer } = harness().services;
      const { ticket } = await tickets.register(w.customer, {
        subject: 'Configuración del cortafuegos perimetral',
        description: 'Después del cambio no hay conexión con el servidor de correo',
        impact: 'low',
      });
      await tickets.postMessage(w.agent, ticket.id, {
        kind: 'note',
        body: 'Revisar zarigüeya interna',
      });
      const other = await tickets.register(w.otherCustomer, {
        subject: 'Cortafuegos bloquea la impresora',
        description: 'La impresora no imprime',
        impact: 'low',
      });
      await searchIndexer.flush();
      const numbers = async (actor: Actor, q: string, organizationId?: string) => {
        const page = await ticketQueries.list(actor, {
          q,
          limit: 50,
          ...(organizationId ? { organizationId } : {}),
        });
        return page.tickets.map((t) => t.number);
      };
      for (const q of [
        'configuracion',
        'CONFIGURACIÓN',
        'config*',
        '"cortafuegos perimetral"',
        'conexion servidor',
      ]) {
        expect(await numbers(w.agent, q), q).toContain(ticket.number);
      }
      expect(await numbers(w.agent, '"perimetral cortafuegos"')).not.toContain(ticket.number);
      expect(await numbers(w.agent, 'cortafuegos')).toEqual(
        expect.arrayContaining([ticket.number, other.ticket.number]),
      );
      expect(await numbers(w.agent, 'cortafuegos', w.organizationId)).not.toContain(
        other.ticket.number,
      );
      expect(await numbers(w.customer, 'cortafuegos')).not.toContain(other.ticket.number);
      expect(await numbers(w.agent, 'zarigueya')).toEqual([ticket.number]);
      expect(await numbers(w.customer, 'zarigueya')).toEqual([]);
      expect(await rejectionCodeOf(ticketQueries.list(w.agent, { q: '¿?', limit: 10 }))).toBe(
        'INVALID_SEARCH_QUERY',
      );
    });

    it('lists the queue by nearest deadline in cursor pages and flags breaches as time passes', async () => {
      const h = harness();
      const { tickets, ticketQueries } = h.services;
      const org = await createOrganization(h);
      await createContract(h, org.id, { modality: '6x8' });
      const customer = actorOf(await createUser(h, { role: 'customer', organizationId: org.id }));
      h.clock.set(at('2026-04-06T08:30:00-05:00'));
      const created: Ticket[] = [];
      for (const impact of ['low', 'high', 'medium', 'high'] as const) {
        created.push((await tickets.register(customer, { ...vpn, impact })).ticket);
        h.clock.set(h.clock.now() + 60_000);
      }
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await ticketQueries.list(customer, {
          limit: 3,
          ...(cursor ? { cursor } : {}),
        });
        seen.push(...page.tickets.map((t) => t.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      const dues = seen.map((id) => created.find((t) => t.id === id)?.sla.nextDeadlineAt ?? 0);
      expect(seen).toHaveLength(4);
      expect([...dues].sort((a, b) => a - b)).toEqual(dues);

      h.clock.set(at('2026-04-06T10:00:00-05:00')); // the high-impact hour is over
      const breached = await ticketQueries.list(customer, { limit: 10, breached: true });
      expect(breached.tickets.map((t) => t.impact)).toEqual(['high', 'high']);
      const onTime = await ticketQueries.list(customer, { limit: 10, breached: false });
      expect(onTime.tickets).toHaveLength(2);
      expect(
        await rejectionCodeOf(ticketQueries.list(customer, { limit: 10, cursor: 'nope' })),
      ).toBe('INVALID_CURSOR');
    });
  });
});
