/**
 * What the console's schedule form needs of /api/v1/visits, on both databases: the proposal
 * (on-site or not, the city, its travel time and the arrival it gives from now), who may read
 * it, and an arrival agreed with the customer instead of the proposed one (within range).
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
import { actorOf } from '../../../app/identity/user.js';
import { TRAVEL_TIMES_EXAMPLE } from '../../../demo/travel-times-example.js';
import { parseInstant } from '../../../domain/time/instant.js';

describeEachDatabase('/api/v1/visits/proposal and an agreed arrival', (database) => {
  const harness = useHarness(database);
  let agent: SignedInClient;
  let customer: SignedInClient;
  let otherCustomer: SignedInClient;
  let technicianId = '';
  let onSiteTicket = '';
  let remoteTicket = '';
  let unknownCityTicket = '';

  beforeAll(async () => {
    const h = harness();
    h.clock.freeze();
    h.clock.set(parseInstant(HARNESS_START)); // Monday 2026-03-16 10:00 in Bogotá
    await h.services.travelTimes.seedExamples(TRAVEL_TIMES_EXAMPLE.entries);
    const ticketOf = async (onSite: { city: string } | null) => {
      const organizationId = (await createOrganization(h)).id;
      await createContract(h, organizationId, { onSite });
      const requester = await createUser(h, { role: 'customer', organizationId });
      const registered = await h.services.tickets.register(actorOf(requester), {
        subject: 'El servidor no arranca',
        description: 'Pantalla negra',
        impact: 'high',
      });
      return { organizationId, ticketId: registered.ticket.id };
    };
    const onSite = await ticketOf({ city: 'Cali' });
    onSiteTicket = onSite.ticketId;
    remoteTicket = (await ticketOf(null)).ticketId;
    unknownCityTicket = (await ticketOf({ city: 'Macondo' })).ticketId;
    agent = await signIn(h, { role: 'agent' });
    customer = await signIn(h, { role: 'customer_admin', organizationId: onSite.organizationId });
    otherCustomer = await signIn(h, {
      role: 'customer',
      organizationId: (await createOrganization(h)).id,
    });
    technicianId = (await createUser(h, { role: 'agent', name: 'Técnico Luis Mejía' })).id;
  });

  const proposal = (client: SignedInClient, ticketId: string) =>
    harness().app.inject({
      url: `/api/v1/visits/proposal?ticketId=${ticketId}`,
      headers: client.headers,
    });

  const schedule = (payload: object) =>
    harness().app.inject({
      method: 'POST',
      url: '/api/v1/visits',
      headers: agent.headers,
      payload,
    });

  it('proposes the arrival from the contract city’s travel time, wall clock', async () => {
    const response = await proposal(agent, onSiteTicket);
    expect(response.statusCode, response.body).toBe(200);
    // Cali is 4 h away in the example table.
    expect(response.json()).toEqual({
      onSite: true,
      city: 'Cali',
      travelMinutes: 240,
      travelTimeExample: true,
      plannedArrivalAt: '2026-03-16T14:00:00-05:00',
    });
  });

  it('says so, without an error, when the contract has no on-site support', async () => {
    const response = await proposal(agent, remoteTicket);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      onSite: false,
      city: null,
      travelMinutes: null,
      travelTimeExample: false,
      plannedArrivalAt: null,
    });
  });

  it('names a city missing from the table', async () => {
    const response = await proposal(agent, unknownCityTicket);
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('TRAVEL_TIME_UNKNOWN');
    expect(response.json().detail).toContain('Macondo');
  });

  it('is for staff only, and never reveals another organization’s ticket', async () => {
    expect((await proposal(customer, onSiteTicket)).statusCode).toBe(403);
    expect((await proposal(otherCustomer, onSiteTicket)).statusCode).toBe(403);
    const missing = await proposal(agent, '0190a000-0000-7000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    const anonymous = await harness().app.inject({
      url: `/api/v1/visits/proposal?ticketId=${onSiteTicket}`,
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses an agreed arrival before now or beyond 31 days, scheduling nothing', async () => {
    for (const plannedArrivalAt of ['2026-03-16T09:59:00-05:00', '2026-04-17T10:01:00-05:00']) {
      const response = await schedule({
        ticketId: onSiteTicket,
        technicianId,
        reason: 'Sin acceso remoto',
        plannedArrivalAt,
      });
      expect(response.statusCode, plannedArrivalAt).toBe(422);
      expect(response.json().code).toBe('VISIT_ARRIVAL_OUT_OF_RANGE');
    }
    const bad = await schedule({
      ticketId: onSiteTicket,
      technicianId,
      reason: 'Sin acceso remoto',
      plannedArrivalAt: 'mañana',
    });
    expect(bad.statusCode).toBe(400);
    const visits = await harness().app.inject({
      url: `/api/v1/visits?ticketId=${onSiteTicket}`,
      headers: agent.headers,
    });
    expect(visits.json().items).toEqual([]);
  });

  it('keeps the arrival agreed with the customer instead of the proposed one', async () => {
    const response = await schedule({
      ticketId: onSiteTicket,
      technicianId,
      reason: 'Sin acceso remoto',
      plannedArrivalAt: '2026-03-17T09:00:00-05:00',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      status: 'scheduled',
      city: 'Cali',
      travelMinutes: 240,
      plannedArrivalAt: '2026-03-17T09:00:00-05:00',
      technician: { id: technicianId, name: 'Técnico Luis Mejía' },
    });
    // The customer reads it on the ticket.
    const seen = await harness().app.inject({
      url: `/api/v1/visits?ticketId=${onSiteTicket}`,
      headers: customer.headers,
    });
    expect(seen.json().items.map((v: { plannedArrivalAt: string }) => v.plannedArrivalAt)).toEqual([
      '2026-03-17T09:00:00-05:00',
    ]);
  });
});
