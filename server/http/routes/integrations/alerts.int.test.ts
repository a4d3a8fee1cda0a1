/**
 * POST /api/v1/integrations/alerts over HTTP on both databases: tickets opened and fed by
 * alerts, who may send them for which organization, refusals that create nothing, and one
 * ticket for concurrent deliveries of one new key.
 */

import { expect, it } from 'vitest';
import type { Actor } from '../../../../server/app/actor.js';
import { OPERATOR } from '../../../../server/app/identity/operator.js';
import { actorOf, type User } from '../../../../server/app/identity/user.js';
import type { Service } from '../../../../server/domain/sla/contract-terms.js';
import { MonitoringAlertStore } from '../../../../server/storage/monitoring-alert.store.js';
import {
  bearerHeaders,
  createContract,
  createOrganization,
  createUser,
  describeEachDatabase,
  type Harness,
  useHarness,
} from '../../../../test/support/harness.js';

const URL = '/api/v1/integrations/alerts';

type Headers = { readonly authorization: string };

interface Customer {
  readonly organizationId: string;
  readonly admin: User;
  readonly adminToken: Headers;
  readonly staffToken: Headers;
  readonly staff: Actor;
}

/** An organization with Monitoreo (unless `services` says otherwise), its admin, and an agent. */
async function customer(h: Harness, services: Service[] = ['support', 'monitoring']) {
  const organization = await createOrganization(h);
  await createContract(h, organization.id, { services });
  // A plain customer first: the admin is still the default requester of staff tokens.
  await createUser(h, { role: 'customer', organizationId: organization.id });
  const admin = await createUser(h, { role: 'customer_admin', organizationId: organization.id });
  const agent = await createUser(h, { role: 'agent' });
  return {
    organizationId: organization.id,
    admin,
    adminToken: await bearerHeaders(h, admin),
    staffToken: await bearerHeaders(h, agent),
    staff: actorOf(agent),
  } satisfies Customer;
}

function generic(overrides: Record<string, unknown> = {}) {
  return {
    source: 'zabbix',
    key: 'srv-01/disk',
    severity: 'critical',
    summary: 'Disco lleno en srv-01',
    details: '/var al 98 %',
    status: 'firing',
    ...overrides,
  };
}

function post(h: Harness, headers: Headers | Record<string, never>, payload: unknown) {
  return h.app.inject({ method: 'POST', url: URL, headers, payload: payload as object });
}

async function ticketCount(h: Harness, organizationId?: string): Promise<number> {
  let query = h.db.kysely.selectFrom('tickets').select((eb) => eb.fn.countAll().as('n'));
  if (organizationId !== undefined) query = query.where('organization_id', '=', organizationId);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

async function alertRowCount(h: Harness, organizationId: string): Promise<number> {
  const row = await h.db.kysely
    .selectFrom('monitoring_alerts')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('organization_id', '=', organizationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function notesOf(h: Harness, staff: Actor, ticketId: string): Promise<string[]> {
  const { messages } = await h.services.ticketQueries.get(staff, ticketId);
  return messages.filter((m) => m.kind === 'note' && !m.public).map((m) => m.body);
}

describeEachDatabase('POST /api/v1/integrations/alerts', (database) => {
  const harness = useHarness(database);

  it('opens a monitoring ticket for a firing alert, with the impact of its severity', async () => {
    const h = harness();
    const c = await customer(h);
    const response = await post(h, c.adminToken, generic({ equipment: 'Servidores Linux' }));
    expect(response.statusCode).toBe(201);
    const [outcome] = response.json().alerts;
    expect(outcome).toMatchObject({
      key: 'srv-01/disk',
      status: 'firing',
      organizationId: c.organizationId,
      action: 'opened',
      ticketNumber: expect.stringMatching(/^OG-2026-\d+$/),
    });
    const { ticket } = await h.services.ticketQueries.get(c.staff, outcome.ticketId);
    expect(ticket).toMatchObject({
      organizationId: c.organizationId,
      requesterId: c.admin.id,
      channel: 'monitoring',
      impact: 'high',
      subject: 'Disco lleno en srv-01',
    });
    expect(ticket.life.status).toBe('new');
    expect(ticket.description).toContain('/var al 98 %');
    expect(ticket.description).toContain('Clave: srv-01/disk');
    expect(ticket.description).toContain('Equipo: Servidores Linux');
    // The history says who sent it: the token's owner.
    const history = await h.services.ticketQueries.history(c.staff, ticket.id);
    expect(history[0]).toMatchObject({ action: 'registered', actorId: c.admin.id });

    const [row] = await new MonitoringAlertStore().listForOrganization(
      h.db.kysely,
      c.organizationId,
    );
    expect(row).toMatchObject({
      key: 'srv-01/disk',
      source: 'zabbix',
      status: 'firing',
      severity: 'critical',
      equipment: 'Servidores Linux',
      ticketId: ticket.id,
      ticketsOpened: 1,
      fireCount: 1,
      totalFireCount: 1,
      claimId: null,
    });
  });

  it.each([
    ['warning', 'medium'],
    ['MAJOR', 'medium'],
    ['info', 'low'],
    ['page', 'high'],
  ])('maps severity %s to %s impact', async (severity, impact) => {
    const h = harness();
    const c = await customer(h);
    const response = await post(h, c.adminToken, generic({ severity }));
    expect(response.statusCode).toBe(201);
    const { ticket } = await h.services.ticketQueries.get(
      c.staff,
      response.json().alerts[0].ticketId,
    );
    expect(ticket.impact).toBe(impact);
  });

  it('adds a repeat note to the open ticket instead of opening another', async () => {
    const h = harness();
    const c = await customer(h);
    const first = (await post(h, c.adminToken, generic())).json().alerts[0];
    const second = await post(h, c.adminToken, generic({ summary: 'Disco lleno otra vez' }));
    expect(second.statusCode).toBe(200);
    expect(second.json().alerts[0]).toMatchObject({
      action: 'added',
      ticketId: first.ticketId,
      ticketNumber: first.ticketNumber,
    });
    await post(h, c.adminToken, generic());
    expect(await ticketCount(h, c.organizationId)).toBe(1);
    const notes = await notesOf(h, c.staff, first.ticketId);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toContain('disparo n.º 2');
    expect(notes[0]).toContain('Disco lleno otra vez');
    expect(notes[1]).toContain('disparo n.º 3');
    // Notes are internal: the customer sees none of them, and the ticket still waits on the
    // center's diagnosis.
    const seenByCustomer = await h.services.ticketQueries.get(actorOf(c.admin), first.ticketId);
    expect(seenByCustomer.messages).toEqual([]);
    expect(seenByCustomer.ticket.life.status).toBe('new');
  });

  it('notes a recovery once; a recovery of an unknown key is ignored', async () => {
    const h = harness();
    const c = await customer(h);
    const opened = (await post(h, c.adminToken, generic())).json().alerts[0];
    const resolved = await post(h, c.adminToken, generic({ status: 'resolved' }));
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json().alerts[0]).toMatchObject({
      action: 'resolved',
      ticketId: opened.ticketId,
    });
    const again = await post(h, c.adminToken, generic({ status: 'resolved' }));
    expect(again.json().alerts[0]).toMatchObject({ action: 'ignored', ticketId: opened.ticketId });
    const unknown = await post(h, c.adminToken, generic({ key: 'nunca', status: 'resolved' }));
    expect(unknown.json().alerts[0]).toEqual({
      key: 'nunca',
      status: 'resolved',
      organizationId: c.organizationId,
      action: 'ignored',
      ticketId: null,
      ticketNumber: null,
    });
    const notes = await notesOf(h, c.staff, opened.ticketId);
    expect(notes).toEqual([expect.stringContaining('la alerta se resolvió')]);
    // Firing again after the recovery feeds the same open ticket, and says so.
    await post(h, c.adminToken, generic());
    expect((await notesOf(h, c.staff, opened.ticketId))[1]).toContain('después de resolverse');
    expect(await ticketCount(h, c.organizationId)).toBe(1);
  });

  it('opens a new ticket, naming the old one, once the key’s ticket is closed', async () => {
    const h = harness();
    const c = await customer(h);
    const old = (await post(h, c.adminToken, generic())).json().alerts[0];
    await h.services.tickets.closeAsOutOfScope(c.staff, old.ticketId, {
      reason: 'Falla del proveedor',
    });
    const closedResolved = await post(h, c.adminToken, generic({ status: 'resolved' }));
    expect(closedResolved.json().alerts[0]).toMatchObject({ action: 'ignored' });
    const response = await post(h, c.adminToken, generic());
    expect(response.statusCode).toBe(201);
    const fresh = response.json().alerts[0];
    expect(fresh.action).toBe('opened');
    expect(fresh.ticketId).not.toBe(old.ticketId);
    const { ticket } = await h.services.ticketQueries.get(c.staff, fresh.ticketId);
    expect(ticket.description).toContain(`ya había abierto el caso ${old.ticketNumber}`);
    const [row] = await new MonitoringAlertStore().listForOrganization(
      h.db.kysely,
      c.organizationId,
    );
    expect(row).toMatchObject({
      ticketId: fresh.ticketId,
      previousTicketId: old.ticketId,
      ticketsOpened: 2,
      fireCount: 1,
      totalFireCount: 2,
    });
  });

  it('accepts an Alertmanager notification with several alerts (staff token, label)', async () => {
    const h = harness();
    const c = await customer(h);
    const payload = {
      version: '4',
      status: 'firing',
      receiver: 'mesa',
      groupKey: '{}:{alertname="HostDown"}',
      truncatedAlerts: 0,
      groupLabels: { alertname: 'HostDown' },
      commonLabels: { alertname: 'HostDown', organization: c.organizationId },
      commonAnnotations: {},
      externalURL: 'http://alertmanager:9093',
      // A field of a future Alertmanager: accepted, ignored.
      futureField: true,
      alerts: [
        {
          status: 'firing',
          labels: {
            alertname: 'HostDown',
            organization: c.organizationId,
            instance: 'srv-01',
            severity: 'critical',
          },
          annotations: { summary: 'srv-01 no responde', description: 'Sin ping desde 09:58' },
          startsAt: '2026-03-16T14:58:00Z',
          endsAt: '0001-01-01T00:00:00Z',
          generatorURL: 'http://prometheus:9090/graph',
          fingerprint: 'a1b2c3d4e5f60718',
        },
        {
          status: 'firing',
          labels: { alertname: 'HostDown', organization: c.organizationId, instance: 'srv-02' },
          annotations: {},
          startsAt: '2026-03-16T14:59:00Z',
          fingerprint: 'b1b2c3d4e5f60718',
        },
      ],
    };
    const response = await post(h, c.staffToken, payload);
    expect(response.statusCode).toBe(201);
    const alerts = response.json().alerts;
    expect(alerts.map((a: { key: string; action: string }) => [a.key, a.action])).toEqual([
      ['a1b2c3d4e5f60718', 'opened'],
      ['b1b2c3d4e5f60718', 'opened'],
    ]);
    const first = await h.services.ticketQueries.get(c.staff, alerts[0].ticketId);
    const second = await h.services.ticketQueries.get(c.staff, alerts[1].ticketId);
    expect(first.ticket).toMatchObject({
      subject: 'srv-01 no responde',
      impact: 'high',
      channel: 'monitoring',
      requesterId: c.admin.id,
    });
    expect(first.ticket.description).toContain('Sin ping desde 09:58');
    expect(first.ticket.description).toContain('http://prometheus:9090/graph');
    // No severity label: warning, medium; no summary annotation: the alert's name.
    expect(second.ticket).toMatchObject({ subject: 'HostDown', impact: 'medium' });
    // The next notification of the group feeds both tickets.
    const repeat = await post(h, c.staffToken, payload);
    expect(repeat.statusCode).toBe(200);
    expect(repeat.json().alerts.map((a: { action: string }) => a.action)).toEqual([
      'added',
      'added',
    ]);
    expect(await ticketCount(h, c.organizationId)).toBe(2);
  });

  it('needs staff to name the organization, and registers for its customer admin', async () => {
    const h = harness();
    const c = await customer(h);
    const unnamed = await post(h, c.staffToken, generic());
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(unnamed.json().detail).toContain('organizationId');
    const named = await post(h, c.staffToken, generic({ organizationId: c.organizationId }));
    expect(named.statusCode).toBe(201);
    const { ticket } = await h.services.ticketQueries.get(c.staff, named.json().alerts[0].ticketId);
    expect(ticket.requesterId).toBe(c.admin.id);
    const unknown = await post(
      h,
      c.staffToken,
      generic({ organizationId: '01900000-0000-7000-8000-000000000000' }),
    );
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('NOT_FOUND');
  });

  it('registers for a plain customer when the organization has no admin, else refuses', async () => {
    const h = harness();
    const agentToken = await bearerHeaders(h, await createUser(h, { role: 'agent' }));
    const withCustomer = await createOrganization(h);
    await createContract(h, withCustomer.id, { services: ['monitoring'] });
    const plain = await createUser(h, { role: 'customer', organizationId: withCustomer.id });
    const opened = await post(h, agentToken, generic({ organizationId: withCustomer.id }));
    expect(opened.statusCode).toBe(201);
    const ticket = await h.services.ticketQueries.get(OPERATOR, opened.json().alerts[0].ticketId);
    expect(ticket.ticket.requesterId).toBe(plain.id);

    const nobody = await createOrganization(h, 'Sin usuarios S.A.S.');
    await createContract(h, nobody.id, { services: ['monitoring'] });
    const refused = await post(h, agentToken, generic({ organizationId: nobody.id }));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('NO_ALERT_REQUESTER');
    expect(refused.json().detail).toContain('Sin usuarios S.A.S.');
    expect(await ticketCount(h, nobody.id)).toBe(0);
  });

  it('refuses customers, anonymous callers and other organizations', async () => {
    const h = harness();
    const c = await customer(h);
    const other = await customer(h);
    const before = await ticketCount(h);
    const plainCustomer = await createUser(h, {
      role: 'customer',
      organizationId: c.organizationId,
    });
    const forbidden = await post(h, await bearerHeaders(h, plainCustomer), generic());
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().code).toBe('FORBIDDEN');
    const anonymous = await post(h, {}, generic());
    expect(anonymous.statusCode).toBe(401);
    const foreign = await post(h, c.adminToken, generic({ organizationId: other.organizationId }));
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('NOT_FOUND');
    const foreignLabel = await post(h, c.adminToken, {
      alerts: [
        {
          status: 'firing',
          labels: { alertname: 'HostDown', organization: other.organizationId },
        },
      ],
    });
    expect(foreignLabel.statusCode).toBe(404);
    expect(await ticketCount(h)).toBe(before);
    expect(await alertRowCount(h, c.organizationId)).toBe(0);
    expect(await alertRowCount(h, other.organizationId)).toBe(0);
    // Their own organization, named explicitly, is fine.
    const own = await post(h, c.adminToken, generic({ organizationId: c.organizationId }));
    expect(own.statusCode).toBe(201);
  });

  it('refuses an organization without a contract in force or without Monitoreo', async () => {
    const h = harness();
    const lapsed = await createOrganization(h, 'Contrato vencido S.A.S.');
    await createContract(h, lapsed.id, {
      services: ['monitoring'],
      validFrom: '2025-01-01',
      validTo: '2025-12-31',
    });
    const lapsedAdmin = await createUser(h, { role: 'customer_admin', organizationId: lapsed.id });
    const noContract = await post(h, await bearerHeaders(h, lapsedAdmin), generic());
    expect(noContract.statusCode).toBe(422);
    expect(noContract.json().code).toBe('NO_ACTIVE_CONTRACT');

    const supportOnly = await customer(h, ['support', 'managed']);
    const notContracted = await post(h, supportOnly.adminToken, generic());
    expect(notContracted.statusCode).toBe(422);
    expect(notContracted.json()).toMatchObject({ code: 'MONITORING_NOT_CONTRACTED' });
    expect(notContracted.json().detail).toContain('Monitoreo');
    expect(await ticketCount(h, lapsed.id)).toBe(0);
    expect(await ticketCount(h, supportOnly.organizationId)).toBe(0);
    expect(await alertRowCount(h, lapsed.id)).toBe(0);
    expect(await alertRowCount(h, supportOnly.organizationId)).toBe(0);
  });

  it.each([
    ['a missing key', generic({ key: undefined }), 'key', 'required'],
    ['a blank key', generic({ key: '   ' }), null, null],
    ['an unknown severity', generic({ severity: 'disaster' }), null, null],
    ['an unknown status', generic({ status: 'acknowledged' }), 'status', 'enum'],
    ['a number for a text', generic({ summary: 42 }), 'summary', 'type'],
    ['an unknown field', generic({ priority: 'P1' }), 'priority', 'additionalProperties'],
    ['a summary too long', generic({ summary: 'x'.repeat(201) }), 'summary', 'maxLength'],
    ['no alerts', { version: '4', alerts: [] }, 'alerts', 'minItems'],
    [
      'an alert without labels',
      { version: '4', alerts: [{ status: 'firing' }] },
      'alerts.0.labels',
      'required',
    ],
    [
      'a label that is no text',
      { alerts: [{ status: 'firing', labels: { alertname: 'X', severity: 3 } }] },
      'alerts.0.labels.severity',
      'type',
    ],
    [
      'more than 100 alerts',
      {
        alerts: Array.from({ length: 101 }, (_, i) => ({
          status: 'firing',
          labels: { alertname: `A${i}` },
        })),
      },
      'alerts',
      'maxItems',
    ],
    [
      'one bad alert among good ones',
      {
        alerts: [
          { status: 'firing', labels: { alertname: 'Good', severity: 'critical' } },
          { status: 'firing', labels: { alertname: 'Bad', severity: 'catastrophic' } },
        ],
      },
      null,
      null,
    ],
    ['a body that is no object', [generic()], '', 'type'],
  ])('refuses %s with problem+json and creates nothing', async (_, payload, field, keyword) => {
    const h = harness();
    const c = await customer(h);
    const response = await post(h, c.adminToken, payload);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json();
    expect(problem.code).toBe('VALIDATION_FAILED');
    if (field !== null) {
      expect(problem.errors).toContainEqual(expect.objectContaining({ field, keyword }));
    } else {
      expect(problem.detail).toMatch(/vacío|desconocida/);
    }
    expect(await ticketCount(h, c.organizationId)).toBe(0);
    expect(await alertRowCount(h, c.organizationId)).toBe(0);
  });

  it('lists the accepted severities when one is unknown', async () => {
    const h = harness();
    const c = await customer(h);
    const response = await post(h, c.adminToken, generic({ severity: 'Disaster' }));
    expect(response.json().detail).toContain(
      'severity: severidad desconocida «Disaster»; use una de: critical, page, high, warning, major, medium, info, minor, low',
    );
  });

  it('opens one ticket for 10 concurrent firings of a new key', async () => {
    const h = harness();
    const c = await customer(h);
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => post(h, c.adminToken, generic({ key: 'carrera' }))),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([
      200, 200, 200, 200, 200, 200, 200, 200, 200, 201,
    ]);
    const outcomes = responses.map((r) => r.json().alerts[0]);
    const ticketIds = new Set(outcomes.map((o) => o.ticketId));
    expect(ticketIds.size).toBe(1);
    expect(outcomes.filter((o) => o.action === 'opened')).toHaveLength(1);
    expect(await ticketCount(h, c.organizationId)).toBe(1);
    const [row] = await new MonitoringAlertStore().listForOrganization(
      h.db.kysely,
      c.organizationId,
    );
    expect(row).toMatchObject({ ticketsOpened: 1, fireCount: 10, claimId: null });
    const notes = await notesOf(h, c.staff, [...ticketIds][0] ?? '');
    expect(notes).toHaveLength(9);
  });

  it('opens one ticket for concurrent firings from a customer admin and staff at once', async () => {
    const h = harness();
    const c = await customer(h);
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        i % 2 === 0
          ? post(h, c.adminToken, generic({ key: 'mixta' }))
          : post(h, c.staffToken, generic({ key: 'mixta', organizationId: c.organizationId })),
      ),
    );
    expect(responses.every((r) => r.statusCode === 200 || r.statusCode === 201)).toBe(true);
    expect(await ticketCount(h, c.organizationId)).toBe(1);
  });
});
