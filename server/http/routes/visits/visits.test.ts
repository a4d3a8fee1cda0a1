/**
 * /api/v1/visits through inject(), on both databases: who may schedule, read and move visits;
 * every status × every step (allowed ones move the visit and stamp the time, refused ones
 * answer 409 and change nothing); the refusals of scheduling; the planned arrival from the
 * travel-time table in wall-clock time; and the ticket's history.
 */

import { beforeAll, expect, it } from 'vitest';
import {
  createContract,
  createOrganization,
  createUser,
  describeEachDatabase,
  HARNESS_START,
  type SignedInClient,
  signIn,
  useHarness,
} from '../../../../test/support/harness.js';
import type { Actor, Role } from '../../../app/actor.js';
import { OPERATOR } from '../../../app/identity/operator.js';
import { actorOf } from '../../../app/identity/user.js';
import { TRAVEL_TIMES_EXAMPLE } from '../../../demo/travel-times-example.js';
import type { VisitIntent, VisitStatus } from '../../../domain/maintenance/visit-lifecycle.js';
import { VISIT_INTENTS, VISIT_STATUSES } from '../../../domain/maintenance/visit-lifecycle.js';
import { parseInstant } from '../../../domain/time/instant.js';

type Who = 'anonymous' | Role;
const EVERYONE: readonly Who[] = [
  'anonymous',
  'customer',
  'customer_admin',
  'agent',
  'supervisor',
  'admin',
];
const MISSING = '0190a000-0000-7000-8000-000000000000';

/** Where each step leads from each status: a status, or the refusal. */
const table: Record<VisitStatus, Record<VisitIntent, VisitStatus | 'ILLEGAL_VISIT_TRANSITION'>> = {
  scheduled: {
    depart: 'on_the_way',
    arrive: 'ILLEGAL_VISIT_TRANSITION',
    complete: 'ILLEGAL_VISIT_TRANSITION',
    cancel: 'cancelled',
  },
  on_the_way: {
    depart: 'ILLEGAL_VISIT_TRANSITION',
    arrive: 'on_site',
    complete: 'ILLEGAL_VISIT_TRANSITION',
    cancel: 'cancelled',
  },
  on_site: {
    depart: 'ILLEGAL_VISIT_TRANSITION',
    arrive: 'ILLEGAL_VISIT_TRANSITION',
    complete: 'done',
    cancel: 'ILLEGAL_VISIT_TRANSITION',
  },
  done: {
    depart: 'ILLEGAL_VISIT_TRANSITION',
    arrive: 'ILLEGAL_VISIT_TRANSITION',
    complete: 'ILLEGAL_VISIT_TRANSITION',
    cancel: 'ILLEGAL_VISIT_TRANSITION',
  },
  cancelled: {
    depart: 'ILLEGAL_VISIT_TRANSITION',
    arrive: 'ILLEGAL_VISIT_TRANSITION',
    complete: 'ILLEGAL_VISIT_TRANSITION',
    cancel: 'ILLEGAL_VISIT_TRANSITION',
  },
};

/** The steps that bring a new visit to each status. */
const pathTo: Record<VisitStatus, readonly VisitIntent[]> = {
  scheduled: [],
  on_the_way: ['depart'],
  on_site: ['depart', 'arrive'],
  done: ['depart', 'arrive', 'complete'],
  cancelled: ['cancel'],
};

/** Which timestamp each step stamps. */
const stampOf: Record<VisitIntent, string> = {
  depart: 'departedAt',
  arrive: 'arrivedAt',
  complete: 'completedAt',
  cancel: 'cancelledAt',
};

describeEachDatabase('/api/v1/visits', (database) => {
  const harness = useHarness(database);
  const clients = new Map<Role, SignedInClient>();
  let onSiteOrg = '';
  let remoteOrg = '';
  let unknownCityOrg = '';
  let otherCustomer: SignedInClient;
  let customerActor: Actor;
  let remoteCustomerActor: Actor;
  let unknownCityCustomerActor: Actor;
  let technician: { id: string; name: string };
  let agentActor: Actor;

  beforeAll(async () => {
    const h = harness();
    h.clock.freeze();
    h.clock.set(parseInstant(HARNESS_START));
    await h.services.travelTimes.seedExamples(TRAVEL_TIMES_EXAMPLE.entries);
    onSiteOrg = (await createOrganization(h)).id;
    // The contract spells the city without its accent: the table still finds Medellín.
    await createContract(h, onSiteOrg, {
      modality: '7x24',
      services: ['support', 'managed'],
      onSite: { city: 'medellin' },
      coveredPlatforms: ['Red LAN'],
    });
    remoteOrg = (await createOrganization(h)).id;
    await createContract(h, remoteOrg);
    unknownCityOrg = (await createOrganization(h)).id;
    await createContract(h, unknownCityOrg, { onSite: { city: 'Macondo' } });
    for (const who of EVERYONE) {
      if (who === 'anonymous') continue;
      const organizationId = who.startsWith('customer') ? onSiteOrg : null;
      clients.set(who, await signIn(h, { role: who, organizationId }));
    }
    otherCustomer = await signIn(h, { role: 'customer_admin', organizationId: remoteOrg });
    customerActor = actorOf(client('customer').user);
    remoteCustomerActor = actorOf(otherCustomer.user);
    unknownCityCustomerActor = actorOf(
      await createUser(h, { role: 'customer', organizationId: unknownCityOrg }),
    );
    const tech = await createUser(h, { role: 'agent', name: 'Técnica Ana Ruiz' });
    technician = { id: tech.id, name: tech.name };
    agentActor = actorOf(client('agent').user);
  });

  function client(who: Role): SignedInClient {
    const c = clients.get(who);
    if (c === undefined) throw new Error(`no client for ${who}`);
    return c;
  }
  const headersOf = (who: Who | SignedInClient) =>
    who === 'anonymous' ? {} : typeof who === 'string' ? client(who).headers : who.headers;

  async function newTicket(requester: Actor = customerActor): Promise<string> {
    const registered = await harness().services.tickets.register(requester, {
      subject: 'El switch del piso 3 no enciende',
      description: 'Sin energía desde esta mañana',
      impact: 'medium',
    });
    return registered.ticket.id;
  }

  const schedule = (who: Who | SignedInClient, payload: object) =>
    harness().app.inject({
      method: 'POST',
      url: '/api/v1/visits',
      headers: headersOf(who),
      payload,
    });

  const step = (who: Who | SignedInClient, id: string, intent: VisitIntent, payload?: object) =>
    harness().app.inject({
      method: 'POST',
      url: `/api/v1/visits/${id}/${intent}`,
      headers: headersOf(who),
      ...(payload !== undefined && { payload }),
    });

  const read = (who: Who | SignedInClient, url: string) =>
    harness().app.inject({ url: `/api/v1${url}`, headers: headersOf(who) });

  async function visitIn(status: VisitStatus): Promise<string> {
    const { visits } = harness().services;
    const visit = await visits.schedule(agentActor, {
      ticketId: await newTicket(),
      technicianId: technician.id,
      reason: 'No hay acceso remoto al equipo',
    });
    for (const intent of pathTo[status]) {
      if (intent === 'depart') await visits.depart(agentActor, visit.id);
      if (intent === 'arrive') await visits.arrive(agentActor, visit.id);
      if (intent === 'complete') await visits.complete(agentActor, visit.id);
      if (intent === 'cancel') await visits.cancel(agentActor, visit.id);
    }
    return visit.id;
  }

  it('schedules a visit: the planned arrival is now plus the city’s travel time, wall clock', async () => {
    const ticketId = await newTicket();
    const response = await schedule('agent', {
      ticketId,
      technicianId: technician.id,
      reason: '  El equipo no enciende y no hay acceso remoto  ',
    });
    expect(response.statusCode, response.body).toBe(201);
    const visit = response.json();
    expect(response.headers.location).toBe(`/api/v1/visits/${visit.id}`);
    expect(visit).toMatchObject({
      ticketId,
      ticketNumber: expect.stringMatching(/^OG-2026-\d{6}$/),
      organizationId: onSiteOrg,
      technician,
      reason: 'El equipo no enciende y no hay acceso remoto',
      city: 'medellin',
      travelMinutes: 480,
      travelTimeExample: true,
      status: 'scheduled',
      scheduledBy: client('agent').user.id,
      scheduledAt: '2026-03-16T10:00:00-05:00',
      // Medellín is 8 h away in the example table.
      plannedArrivalAt: '2026-03-16T18:00:00-05:00',
      departedAt: null,
      arrivedAt: null,
      completedAt: null,
      cancelledAt: null,
      outcome: null,
      cancelReason: null,
    });
    const history = await read('customer', `/tickets/${ticketId}/history`);
    expect(history.statusCode).toBe(200);
    expect(history.json().items.map((e: { action: string }) => e.action)).toContain(
      'visit_scheduled',
    );
    // The same visit, read by its organization's customer.
    const got = await read('customer', `/visits/${visit.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.json()).toEqual(visit);
  });

  it('plans a late-afternoon visit into the night, not the next business day', async () => {
    const h = harness();
    const before = h.clock.now();
    h.clock.set(Date.parse('2026-03-20T22:00:00Z')); // Friday 17:00 in Bogotá
    try {
      const visit = await h.services.visits.schedule(agentActor, {
        ticketId: await newTicket(),
        technicianId: technician.id,
        reason: 'Cambio de fuente',
      });
      // Saturday 01:00: a 5x8 or 7x24 business clock would have said Monday.
      expect(new Date(visit.plannedArrivalAt).toISOString()).toBe('2026-03-21T06:00:00.000Z');
    } finally {
      // Back to where the other tests are (sessions last 12 h).
      h.clock.set(before);
    }
  });

  // Statuses for anonymous, customer, customer_admin, agent, supervisor, admin.
  const matrix: [string, (who: Who) => Promise<{ statusCode: number; body: string }>, number[]][] =
    [
      [
        'POST /visits',
        async (who) =>
          schedule(who, { ticketId: await newTicket(), technicianId: technician.id, reason: 'x' }),
        [401, 403, 403, 201, 201, 201],
      ],
      ['GET /visits', (who) => read(who, '/visits'), [401, 200, 200, 200, 200, 200]],
      [
        'GET /visits/{id}',
        async (who) => read(who, `/visits/${await visitIn('scheduled')}`),
        [401, 200, 200, 200, 200, 200],
      ],
      [
        'POST /visits/{id}/depart',
        async (who) => step(who, await visitIn('scheduled'), 'depart'),
        [401, 403, 403, 200, 200, 200],
      ],
      [
        'POST /visits/{id}/arrive',
        async (who) => step(who, await visitIn('on_the_way'), 'arrive'),
        [401, 403, 403, 200, 200, 200],
      ],
      [
        'POST /visits/{id}/complete',
        async (who) => step(who, await visitIn('on_site'), 'complete'),
        [401, 403, 403, 200, 200, 200],
      ],
      [
        'POST /visits/{id}/cancel',
        async (who) => step(who, await visitIn('scheduled'), 'cancel'),
        [401, 403, 403, 200, 200, 200],
      ],
    ];

  it.each(
    matrix.flatMap(([name, call, statuses]) =>
      EVERYONE.map((who, i) => [name, who, statuses[i] ?? 0, call] as const),
    ),
  )('%s as %s → %i', async (_name, who, status, call) => {
    const response = await call(who);
    expect(response.statusCode, response.body).toBe(status);
    if (status === 401) expect(JSON.parse(response.body).code).toBe('UNAUTHENTICATED');
    if (status === 403) expect(JSON.parse(response.body).code).toBe('FORBIDDEN');
  });

  it('shows customers only their organization’s visits (another’s is 404, like a missing one)', async () => {
    const id = await visitIn('on_the_way');
    const own = await read('customer', '/visits?limit=100');
    expect(
      own.json().items.every((v: { organizationId: string }) => v.organizationId === onSiteOrg),
    ).toBe(true);
    expect(own.json().items.map((v: { id: string }) => v.id)).toContain(id);
    expect((await read(otherCustomer, `/visits/${id}`)).statusCode).toBe(404);
    const theirs = await read(otherCustomer, '/visits');
    expect(theirs.statusCode).toBe(200);
    expect(theirs.json().items).toEqual([]);
    const peeking = await read(otherCustomer, `/visits?organizationId=${onSiteOrg}`);
    expect(peeking.statusCode).toBe(404);
    const ticketOfOthers = await read(otherCustomer, `/visits?ticketId=${await newTicket()}`);
    expect(ticketOfOthers.statusCode).toBe(404);
    // Staff filter by organization, ticket, technician and status.
    const mine = await read(
      'agent',
      `/visits?technicianId=${technician.id}&status=on_the_way&limit=100`,
    );
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items.map((v: { id: string }) => v.id)).toContain(id);
    expect(mine.json().items.every((v: { status: string }) => v.status === 'on_the_way')).toBe(
      true,
    );
  });

  it('pages visits newest first with a cursor', async () => {
    const ticketId = await newTicket();
    const { visits } = harness().services;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const visit = await visits.schedule(agentActor, {
        ticketId,
        technicianId: technician.id,
        reason: `Visita ${i}`,
      });
      ids.push(visit.id);
      await visits.cancel(agentActor, visit.id, { reason: 'Se resolvió' });
    }
    const first = await read('agent', `/visits?ticketId=${ticketId}&limit=2`);
    expect(first.json().items.map((v: { id: string }) => v.id)).toEqual([ids[2], ids[1]]);
    const cursor = first.json().nextCursor;
    expect(cursor).toEqual(expect.any(String));
    const second = await read('agent', `/visits?ticketId=${ticketId}&limit=2&cursor=${cursor}`);
    expect(second.json()).toEqual({
      items: [expect.objectContaining({ id: ids[0] })],
      nextCursor: null,
    });
  });

  it.each(
    VISIT_STATUSES.flatMap((status) =>
      VISIT_INTENTS.map((intent) => [status, intent, table[status][intent]] as const),
    ),
  )('from %s, %s → %s', async (status, intent, expected) => {
    const h = harness();
    const id = await visitIn(status);
    const before = (await read('agent', `/visits/${id}`)).json();
    h.clock.set(h.clock.now() + 60_000);
    const text =
      intent === 'complete'
        ? { outcome: 'Se cambió la fuente' }
        : intent === 'cancel'
          ? { reason: 'El cliente lo resolvió' }
          : undefined;
    const response = await step('agent', id, intent, text);
    const after = (await read('agent', `/visits/${id}`)).json();
    if (expected === 'ILLEGAL_VISIT_TRANSITION') {
      expect(response.statusCode, response.body).toBe(409);
      expect(response.json().code).toBe('ILLEGAL_VISIT_TRANSITION');
      expect(after).toEqual(before);
      return;
    }
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual(after);
    expect(after.status).toBe(expected);
    expect(after[stampOf[intent]]).toBe(
      new Date(h.clock.now() - 5 * 3_600_000).toISOString().replace('.000Z', '-05:00'),
    );
    if (intent === 'complete') expect(after.outcome).toBe('Se cambió la fuente');
    if (intent === 'cancel') expect(after.cancelReason).toBe('El cliente lo resolvió');
    const history = await h.services.ticketQueries.history(agentActor, after.ticketId);
    expect(history.at(-1)).toMatchObject({
      action: `visit_${expected}`,
      actorId: client('agent').user.id,
      changes: { visitId: id, from: status, to: expected },
    });
  });

  it('explains an illegal step in the caller’s language', async () => {
    const id = await visitIn('scheduled');
    const spanish = await step('agent', id, 'arrive');
    expect(spanish.json().detail).toBe(
      'No se puede marcar en sitio una visita en estado «programada».',
    );
    const english = await harness().app.inject({
      method: 'POST',
      url: `/api/v1/visits/${id}/arrive`,
      headers: { ...client('agent').headers, 'accept-language': 'en' },
    });
    // The user's own language wins over the header; agents here speak Spanish.
    expect(english.json().code).toBe('ILLEGAL_VISIT_TRANSITION');
    const englishAgent = await signIn(harness(), { role: 'agent', language: 'en' });
    const en = await step(englishAgent, id, 'complete');
    expect(en.json().detail).toBe('Cannot complete a visit in status "scheduled".');
  });

  it('refuses a visit when the contract has no on-site support', async () => {
    const ticketId = await newTicket(remoteCustomerActor);
    const response = await schedule('agent', {
      ticketId,
      technicianId: technician.id,
      reason: 'x',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('ON_SITE_NOT_CONTRACTED');
    expect((await read('agent', `/visits?ticketId=${ticketId}`)).json().items).toEqual([]);
  });

  it('refuses a visit to a city missing from the travel-time table', async () => {
    const response = await schedule('agent', {
      ticketId: await newTicket(unknownCityCustomerActor),
      technicianId: technician.id,
      reason: 'x',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'TRAVEL_TIME_UNKNOWN',
      detail: expect.stringContaining('«Macondo»'),
    });
  });

  it('refuses a technician who is not active staff', async () => {
    const h = harness();
    const inactive = await createUser(h, { role: 'agent' });
    await h.services.users.update(OPERATOR, inactive.id, { active: false });
    for (const technicianId of [client('customer').user.id, inactive.id, MISSING, 'nadie']) {
      const response = await schedule('agent', {
        ticketId: await newTicket(),
        technicianId,
        reason: 'x',
      });
      expect(response.statusCode, technicianId).toBe(422);
      expect(response.json().code).toBe('TECHNICIAN_NOT_STAFF');
    }
  });

  it('keeps one visit under way per ticket; another after it ends', async () => {
    const ticketId = await newTicket();
    const first = await schedule('agent', {
      ticketId,
      technicianId: technician.id,
      reason: 'Primera',
    });
    expect(first.statusCode).toBe(201);
    const second = await schedule('supervisor', {
      ticketId,
      technicianId: technician.id,
      reason: 'Otra',
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('VISIT_ALREADY_ACTIVE');
    // Two at once: exactly one is scheduled.
    const racing = await newTicket();
    const both = await Promise.all([
      schedule('agent', { ticketId: racing, technicianId: technician.id, reason: 'A' }),
      schedule('admin', { ticketId: racing, technicianId: technician.id, reason: 'B' }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    await step('agent', first.json().id, 'cancel');
    const third = await schedule('agent', {
      ticketId,
      technicianId: technician.id,
      reason: 'Tercera',
    });
    expect(third.statusCode).toBe(201);
  });

  it('refuses a visit on a closed ticket, a missing ticket and an empty reason', async () => {
    const h = harness();
    const ticketId = await newTicket();
    await h.services.tickets.closeAsOutOfScope(agentActor, ticketId, {
      reason: 'Falla del proveedor',
    });
    const closed = await schedule('agent', { ticketId, technicianId: technician.id, reason: 'x' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().code).toBe('ILLEGAL_TRANSITION');
    const missing = await schedule('agent', {
      ticketId: MISSING,
      technicianId: technician.id,
      reason: 'x',
    });
    expect(missing.statusCode).toBe(404);
    const blank = await schedule('agent', {
      ticketId: await newTicket(),
      technicianId: technician.id,
      reason: '   ',
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().code).toBe('VALIDATION_FAILED');
    const extra = await schedule('agent', {
      ticketId: await newTicket(),
      technicianId: technician.id,
      reason: 'x',
      // The arrival may be agreed (visit-proposal.test.ts); its travel time may not.
      travelMinutes: 5,
    });
    expect(extra.statusCode).toBe(400);
    expect((await step('agent', MISSING, 'depart')).statusCode).toBe(404);
    expect((await step('agent', 'not-an-id', 'depart')).statusCode).toBe(404);
  });

  it('plans new visits with an admin’s travel time; visits already planned keep theirs', async () => {
    const h = harness();
    const planned = await visitIn('scheduled');
    const put = await h.app.inject({
      method: 'PUT',
      url: '/api/v1/travel-times',
      headers: client('admin').headers,
      payload: {
        entries: [
          { city: 'Medellín', minutes: 150 },
          { city: 'Macondo', minutes: 45 },
        ],
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    const now = h.clock.now();
    const visit = await h.services.visits.schedule(agentActor, {
      ticketId: await newTicket(),
      technicianId: technician.id,
      reason: 'Cambio de disco',
    });
    expect(visit).toMatchObject({ travelMinutes: 150, travelTimeExample: false });
    expect(visit.plannedArrivalAt).toBe(now + 150 * 60_000);
    expect((await read('agent', `/visits/${planned}`)).json()).toMatchObject({
      travelMinutes: 480,
      travelTimeExample: true,
    });
    // Macondo is now in the table too.
    const macondo = await schedule('agent', {
      ticketId: await newTicket(unknownCityCustomerActor),
      technicianId: technician.id,
      reason: 'x',
    });
    expect(macondo.statusCode, macondo.body).toBe(201);
  });
});
