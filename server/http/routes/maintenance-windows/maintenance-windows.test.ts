/**
 * /api/v1/maintenance-windows through inject(), on both databases: who may schedule, read and
 * cancel windows; windows refused outside the contract's attention hours with exactly the parts
 * outside (in Bogotá time) — over lunch, on a holiday, a closure, a weekend, across midnight —
 * and accepted on a 6x8 Saturday or any time on 7x24; covered equipment, contract period,
 * overlaps (also racing); the calendar and its iCalendar feed; and the lookups the reminder
 * scheduler and monitoring use.
 */

import { beforeAll, expect, it } from 'vitest';
import {
  bearerHeaders,
  createContract,
  createOrganization,
  describeEachDatabase,
  HARNESS_START,
  type SignedInClient,
  signIn,
  useHarness,
} from '../../../../test/support/harness.js';
import type { Role } from '../../../app/actor.js';
import { OPERATOR } from '../../../app/identity/operator.js';
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

/** Bogotá local time `YYYY-MM-DDTHH:MM` as the API takes it. */
const local = (text: string) => `${text}:00-05:00`;

/** Undoes iCalendar folding. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

// Hour-long slots inside 5x8 hours, on working days of April 2026 (no holiday then), for tests
// that only need some window that fits.
const slots: string[] = [];
for (let day = 6; day <= 30; day++) {
  const date = `2026-04-${String(day).padStart(2, '0')}`;
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) continue;
  for (const hour of [8, 9, 10, 11, 14, 15, 16, 17]) {
    slots.push(`${date}T${String(hour).padStart(2, '0')}:00`);
  }
}
let nextSlot = 0;
/** A fresh hour inside 5x8 hours: [start, end] in local text. */
function freshSlot(): [string, string] {
  const start = slots[nextSlot++];
  if (start === undefined) throw new Error('out of slots');
  const end = `${start.slice(0, 11)}${String(Number(start.slice(11, 13)) + 1).padStart(2, '0')}:00`;
  return [start, end];
}

describeEachDatabase('/api/v1/maintenance-windows', (database) => {
  const harness = useHarness(database);
  const clients = new Map<Role, SignedInClient>();
  let org5 = '';
  let org6 = '';
  let org24 = '';
  let admin6: SignedInClient;
  let english: SignedInClient;

  beforeAll(async () => {
    const h = harness();
    h.clock.freeze();
    h.clock.set(parseInstant(HARNESS_START)); // Monday 2026-03-16 10:00 in Bogotá
    org5 = (await createOrganization(h, 'Transportes Coma, Punto; y Coma S.A.S.')).id;
    await createContract(h, org5, {
      modality: '5x8',
      validTo: '2026-12-31',
      coveredPlatforms: ['Firewall Fortinet FG-60F', 'Red LAN', 'Red inalámbrica (Wi-Fi)'],
    });
    org6 = (await createOrganization(h)).id;
    await createContract(h, org6, { modality: '6x8', coveredPlatforms: ['Servidores Linux'] });
    org24 = (await createOrganization(h)).id;
    await createContract(h, org24, {
      modality: '7x24',
      services: ['support', 'managed'],
      validTo: '2026-12-31',
      coveredPlatforms: ['Red WAN entre sedes'],
    });
    for (const who of EVERYONE) {
      if (who === 'anonymous') continue;
      const organizationId = who.startsWith('customer') ? org5 : null;
      clients.set(who, await signIn(h, { role: who, organizationId }));
    }
    admin6 = await signIn(h, { role: 'customer_admin', organizationId: org6 });
    english = await signIn(h, { role: 'customer_admin', organizationId: org5, language: 'en' });
  });

  function client(who: Role): SignedInClient {
    const c = clients.get(who);
    if (c === undefined) throw new Error(`no client for ${who}`);
    return c;
  }
  const headersOf = (who: Who | SignedInClient) =>
    who === 'anonymous' ? {} : typeof who === 'string' ? client(who).headers : who.headers;
  const isStaff = (who: Who | SignedInClient) =>
    who === 'agent' || who === 'supervisor' || who === 'admin';

  interface Body {
    organizationId?: string;
    equipment?: string;
    title?: string;
    notes?: string;
    startsAt: string;
    endsAt: string;
  }
  /** POST a window; staff default to the 5x8 organization, like its customer admin. */
  const request = (who: Who | SignedInClient, body: Body, path = '/maintenance-windows') =>
    harness().app.inject({
      method: 'POST',
      url: `/api/v1${path}`,
      headers: headersOf(who),
      payload: {
        equipment: 'Red LAN',
        title: 'Actualización de firmware',
        ...(isStaff(who) && { organizationId: org5 }),
        ...body,
        startsAt:
          body.startsAt.includes('T') && body.startsAt.length === 16
            ? local(body.startsAt)
            : body.startsAt,
        endsAt:
          body.endsAt.includes('T') && body.endsAt.length === 16 ? local(body.endsAt) : body.endsAt,
      },
    });
  const read = (who: Who | SignedInClient, url: string) =>
    harness().app.inject({ url: `/api/v1${url}`, headers: headersOf(who) });
  const cancel = (who: Who | SignedInClient, id: string, payload?: object) =>
    harness().app.inject({
      method: 'POST',
      url: `/api/v1/maintenance-windows/${id}/cancel`,
      headers: headersOf(who),
      ...(payload !== undefined && { payload }),
    });
  async function scheduled(who: Who | SignedInClient = 'customer_admin', body?: Partial<Body>) {
    const [startsAt, endsAt] = freshSlot();
    const response = await request(who, { startsAt, endsAt, ...body });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; startsAt: string; endsAt: string; status: string };
  }

  it('schedules a window inside attention hours, for the equipment as the contract spells it', async () => {
    const response = await request('customer_admin', {
      equipment: '  red   lan ',
      title: 'Cambio de switch',
      notes: 'Se cortará la red del piso 2',
      startsAt: '2026-03-17T14:00',
      endsAt: '2026-03-17T16:30',
    });
    expect(response.statusCode, response.body).toBe(201);
    const window = response.json();
    expect(response.headers.location).toBe(`/api/v1/maintenance-windows/${window.id}`);
    expect(window).toEqual({
      id: expect.any(String),
      organizationId: org5,
      organizationName: 'Transportes Coma, Punto; y Coma S.A.S.',
      contractId: expect.any(String),
      equipment: 'Red LAN',
      title: 'Cambio de switch',
      notes: 'Se cortará la red del piso 2',
      startsAt: '2026-03-17T14:00:00-05:00',
      endsAt: '2026-03-17T16:30:00-05:00',
      status: 'scheduled',
      requestedBy: {
        id: client('customer_admin').user.id,
        name: client('customer_admin').user.name,
      },
      createdAt: '2026-03-16T10:00:00-05:00',
      cancelledAt: null,
      cancelReason: null,
      alertCount: 0,
    });
    expect((await read('customer', `/maintenance-windows/${window.id}`)).json()).toEqual(window);
  });

  // Statuses for anonymous, customer, customer_admin, agent, supervisor, admin.
  const matrix: [string, (who: Who) => Promise<{ statusCode: number; body: string }>, number[]][] =
    [
      [
        'POST /maintenance-windows',
        (who) => {
          const [startsAt, endsAt] = freshSlot();
          return request(who, { startsAt, endsAt });
        },
        [401, 403, 201, 201, 201, 201],
      ],
      [
        'POST /maintenance-windows/check',
        (who) => {
          const [startsAt, endsAt] = freshSlot();
          return request(who, { startsAt, endsAt }, '/maintenance-windows/check');
        },
        [401, 403, 200, 200, 200, 200],
      ],
      [
        'GET /maintenance-windows',
        (who) => read(who, '/maintenance-windows'),
        [401, 200, 200, 200, 200, 200],
      ],
      [
        'GET /maintenance-windows/{id}',
        async (who) => read(who, `/maintenance-windows/${(await scheduled()).id}`),
        [401, 200, 200, 200, 200, 200],
      ],
      [
        'POST /maintenance-windows/{id}/cancel',
        async (who) => cancel(who, (await scheduled()).id),
        [401, 403, 200, 200, 200, 200],
      ],
      [
        'GET /maintenance-windows.ics',
        (who) => read(who, '/maintenance-windows.ics'),
        [401, 200, 200, 200, 200, 200],
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

  it('refuses a window over lunch with exactly the lunch part, in Bogotá time, and stores nothing', async () => {
    const before = (
      await read('agent', `/maintenance-windows?organizationId=${org5}&limit=100`)
    ).json();
    const response = await request('customer_admin', {
      startsAt: '2026-03-17T11:00',
      endsAt: '2026-03-17T15:00',
    });
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toEqual({
      type: 'urn:mesa:problem:MAINTENANCE_OUTSIDE_HOURS',
      title: 'Unprocessable Entity',
      status: 422,
      code: 'MAINTENANCE_OUTSIDE_HOURS',
      detail:
        'La ventana de mantenimiento debe quedar dentro del horario contratado (5x8); queda por fuera: 2026-03-17 12:00–14:00 (almuerzo (entre turnos)).',
      instance: '/api/v1/maintenance-windows',
      modality: '5x8',
      outside: [
        {
          start: '2026-03-17T12:00:00-05:00',
          end: '2026-03-17T14:00:00-05:00',
          reason: 'lunch',
          label: 'almuerzo (entre turnos)',
          labelEn: 'lunch break (between shifts)',
        },
      ],
    });
    const inEnglish = await request(english, {
      startsAt: '2026-03-17T11:00',
      endsAt: '2026-03-17T15:00',
    });
    expect(inEnglish.json().detail).toBe(
      'The maintenance window must lie inside the contracted hours (5x8); outside: 2026-03-17 12:00–14:00 (lunch break (between shifts)).',
    );
    expect(
      (await read('agent', `/maintenance-windows?organizationId=${org5}&limit=100`)).json(),
    ).toEqual(before);
  });

  it.each([
    [
      'on a Colombian holiday',
      'customer_admin',
      '2026-03-23T09:00',
      '2026-03-23T10:00',
      [['2026-03-23T09:00:00-05:00', '2026-03-23T10:00:00-05:00', 'holiday', 'festivo: San José']],
    ],
    [
      'on a Saturday for 5x8',
      'customer_admin',
      '2026-03-21T09:00',
      '2026-03-21T11:00',
      [['2026-03-21T09:00:00-05:00', '2026-03-21T11:00:00-05:00', 'weekend', 'fin de semana']],
    ],
    [
      'across midnight on 5x8',
      'customer_admin',
      '2026-03-17T17:00',
      '2026-03-18T09:00',
      [
        [
          '2026-03-17T18:00:00-05:00',
          '2026-03-18T08:00:00-05:00',
          'outside_hours',
          'fuera del horario contratado',
        ],
      ],
    ],
    [
      'on a 6x8 Saturday afternoon past closing',
      'admin6',
      '2026-03-21T16:00',
      '2026-03-21T19:00',
      [
        [
          '2026-03-21T18:00:00-05:00',
          '2026-03-21T19:00:00-05:00',
          'outside_hours',
          'fuera del horario contratado',
        ],
      ],
    ],
  ] as const)('refuses a window %s with the part outside', async (_case, who, from, to, parts) => {
    const body = {
      startsAt: from,
      endsAt: to,
      ...(who === 'admin6' && { equipment: 'Servidores Linux' }),
    };
    const response = await request(who === 'admin6' ? admin6 : who, body);
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json().code).toBe('MAINTENANCE_OUTSIDE_HOURS');
    expect(
      response
        .json()
        .outside.map((p: { start: string; end: string; reason: string; label: string }) => [
          p.start,
          p.end,
          p.reason,
          p.label,
        ]),
    ).toEqual(parts);
  });

  it('accepts a 6x8 Saturday, and any time on 7x24 (Sunday night, a holiday, across midnight)', async () => {
    const saturday = await request(admin6, {
      equipment: 'servidores linux',
      startsAt: '2026-03-21T08:00',
      endsAt: '2026-03-21T12:00',
    });
    expect(saturday.statusCode, saturday.body).toBe(201);
    for (const [startsAt, endsAt] of [
      ['2026-03-22T02:00', '2026-03-22T04:00'],
      ['2026-03-23T12:00', '2026-03-23T14:00'],
      ['2026-03-24T23:00', '2026-03-25T01:30'],
    ] as const) {
      const response = await request('agent', {
        organizationId: org24,
        equipment: 'Red WAN entre sedes',
        startsAt,
        endsAt,
      });
      expect(response.statusCode, response.body).toBe(201);
    }
  });

  it('refuses a 5x8 window on a closure an admin added, by its name', async () => {
    await harness().services.closures.add(OPERATOR, {
      date: '2026-03-26',
      name: 'Día de la familia',
    });
    const response = await request('customer_admin', {
      startsAt: '2026-03-26T09:00',
      endsAt: '2026-03-26T10:00',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().outside).toEqual([
      expect.objectContaining({ reason: 'closure', label: 'cierre: Día de la familia' }),
    ]);
  });

  it('answers the dry run with the parts outside, storing nothing', async () => {
    const outside = await request(
      'customer_admin',
      { startsAt: '2026-03-18T07:00', endsAt: '2026-03-18T09:00' },
      '/maintenance-windows/check',
    );
    expect(outside.statusCode).toBe(200);
    expect(outside.json()).toEqual({
      ok: false,
      outside: [
        {
          start: '2026-03-18T07:00:00-05:00',
          end: '2026-03-18T08:00:00-05:00',
          reason: 'outside_hours',
          label: 'fuera del horario contratado',
          labelEn: 'outside contracted hours',
        },
      ],
    });
    const inside = await request(
      'customer_admin',
      { startsAt: '2026-03-18T08:00', endsAt: '2026-03-18T09:00' },
      '/maintenance-windows/check',
    );
    expect(inside.json()).toEqual({ ok: true, outside: [] });
    const list = await read(
      'agent',
      `/maintenance-windows?organizationId=${org5}&from=${encodeURIComponent(local('2026-03-18T00:00'))}&to=${encodeURIComponent(local('2026-03-19T00:00'))}`,
    );
    expect(list.json().items).toEqual([]);
    const uncovered = await request(
      'customer_admin',
      { equipment: 'Impresora', startsAt: '2026-03-18T08:00', endsAt: '2026-03-18T09:00' },
      '/maintenance-windows/check',
    );
    expect(uncovered.statusCode).toBe(422);
    expect(uncovered.json().code).toBe('EQUIPMENT_NOT_COVERED');
  });

  it('refuses equipment the contract does not cover, naming what it covers', async () => {
    const [startsAt, endsAt] = freshSlot();
    const response = await request('customer_admin', {
      equipment: 'Servidores Linux',
      startsAt,
      endsAt,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'EQUIPMENT_NOT_COVERED',
      detail:
        '«Servidores Linux» no está entre las plataformas cubiertas por el contrato (Firewall Fortinet FG-60F, Red LAN, Red inalámbrica (Wi-Fi)).',
    });
  });

  it.each([
    [
      'starting before now',
      { startsAt: '2026-03-16T09:00', endsAt: '2026-03-16T11:00' },
      422,
      'MAINTENANCE_WINDOW_IN_PAST',
    ],
    [
      'ending before it starts',
      { startsAt: '2026-03-17T10:00', endsAt: '2026-03-17T09:00' },
      400,
      'INVALID_INTERVAL',
    ],
    [
      'empty',
      { startsAt: '2026-03-17T10:00', endsAt: '2026-03-17T10:00' },
      400,
      'INVALID_INTERVAL',
    ],
    [
      'without an offset',
      { startsAt: '2026-03-17T10:00:00', endsAt: '2026-03-17T11:00:00' },
      400,
      'INSTANT_WITHOUT_OFFSET',
    ],
    [
      'after the contract ends',
      { startsAt: '2027-01-05T09:00', endsAt: '2027-01-05T10:00' },
      422,
      'CONTRACT_NOT_IN_FORCE',
    ],
    [
      'with a blank title',
      { title: '   ', startsAt: '2026-03-17T09:00', endsAt: '2026-03-17T10:00' },
      400,
      'VALIDATION_FAILED',
    ],
  ] as const)('refuses a window %s (%i %s)', async (_case, body, status, code) => {
    const response = await request('customer_admin', body);
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().code).toBe(code);
  });

  it('refuses a 7x24 window longer than 31 days or running past the contract', async () => {
    const long = await request('agent', {
      organizationId: org24,
      equipment: 'Red WAN entre sedes',
      startsAt: '2026-05-01T00:00',
      endsAt: '2026-06-01T00:01',
    });
    expect(long.statusCode).toBe(400);
    expect(long.json()).toMatchObject({
      code: 'MAINTENANCE_WINDOW_TOO_LONG',
      detail: expect.stringContaining('31 días'),
    });
    const pastEnd = await request('agent', {
      organizationId: org24,
      equipment: 'Red WAN entre sedes',
      startsAt: '2026-12-31T22:00',
      endsAt: '2027-01-01T02:00',
    });
    expect(pastEnd.statusCode).toBe(422);
    expect(pastEnd.json()).toMatchObject({
      code: 'CONTRACT_NOT_IN_FORCE',
      detail: expect.stringContaining('2027-01-01'),
    });
    const untilMidnight = await request('agent', {
      organizationId: org24,
      equipment: 'Red WAN entre sedes',
      startsAt: '2026-12-31T22:00',
      endsAt: '2027-01-01T00:00',
    });
    expect(untilMidnight.statusCode, untilMidnight.body).toBe(201);
  });

  it('knows which organization a window is for', async () => {
    const [startsAt, endsAt] = freshSlot();
    const staffWithout = await harness().app.inject({
      method: 'POST',
      url: '/api/v1/maintenance-windows',
      headers: client('agent').headers,
      payload: {
        equipment: 'Red LAN',
        title: 'x',
        startsAt: local(startsAt),
        endsAt: local(endsAt),
      },
    });
    expect(staffWithout.statusCode).toBe(400);
    expect(staffWithout.json().code).toBe('VALIDATION_FAILED');
    for (const organizationId of [MISSING, 'nada']) {
      const unknown = await request('agent', { organizationId, startsAt, endsAt });
      expect(unknown.statusCode).toBe(404);
    }
    const elsewhere = await request('customer_admin', {
      organizationId: org6,
      equipment: 'Servidores Linux',
      startsAt,
      endsAt,
    });
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json().code).toBe('NOT_FOUND');
    const own = await request('customer_admin', { organizationId: org5, startsAt, endsAt });
    expect(own.statusCode).toBe(201);
  });

  it('refuses overlapping windows of one equipment — also when they race — but not of another', async () => {
    const first = await request('customer_admin', {
      startsAt: '2026-03-19T08:00',
      endsAt: '2026-03-19T10:00',
    });
    expect(first.statusCode).toBe(201);
    const overlapping = await request('agent', {
      startsAt: '2026-03-19T09:00',
      endsAt: '2026-03-19T11:00',
    });
    expect(overlapping.statusCode).toBe(409);
    expect(overlapping.json()).toMatchObject({
      code: 'MAINTENANCE_WINDOW_OVERLAP',
      detail:
        'Ya hay una ventana de mantenimiento de «Red LAN» de 2026-03-19T08:00:00-05:00 a 2026-03-19T10:00:00-05:00.',
    });
    const adjacent = await request('agent', {
      startsAt: '2026-03-19T10:00',
      endsAt: '2026-03-19T11:00',
    });
    expect(adjacent.statusCode).toBe(201);
    const otherEquipment = await request('agent', {
      equipment: 'Firewall Fortinet FG-60F',
      startsAt: '2026-03-19T09:00',
      endsAt: '2026-03-19T11:00',
    });
    expect(otherEquipment.statusCode).toBe(201);
    expect((await cancel('customer_admin', first.json().id)).statusCode).toBe(200);
    const again = await request('agent', {
      startsAt: '2026-03-19T08:00',
      endsAt: '2026-03-19T09:30',
    });
    expect(again.statusCode, again.body).toBe(201);
    const racing = await Promise.all([
      request('customer_admin', {
        equipment: 'Red inalámbrica (Wi-Fi)',
        startsAt: '2026-03-19T14:00',
        endsAt: '2026-03-19T16:00',
      }),
      request('admin', {
        equipment: 'red inalambrica (wi-fi)',
        startsAt: '2026-03-19T15:00',
        endsAt: '2026-03-19T17:00',
      }),
    ]);
    expect(racing.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });

  it('cancels a window once, with a reason; not another organization’s, nor one that ended', async () => {
    const h = harness();
    const window = await scheduled();
    const cancelled = await cancel('customer_admin', window.id, { reason: 'Se aplaza' });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({
      status: 'cancelled',
      cancelledAt: '2026-03-16T10:00:00-05:00',
      cancelReason: 'Se aplaza',
    });
    const twice = await cancel('agent', window.id);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('MAINTENANCE_WINDOW_NOT_CANCELLABLE');
    expect((await cancel(admin6, (await scheduled()).id)).statusCode).toBe(404);
    expect((await read(admin6, `/maintenance-windows/${window.id}`)).statusCode).toBe(404);
    expect((await cancel('agent', MISSING)).statusCode).toBe(404);
    const soon = await request('customer_admin', {
      startsAt: '2026-03-16T10:30',
      endsAt: '2026-03-16T11:00',
    });
    expect(soon.statusCode).toBe(201);
    const now = h.clock.now();
    h.clock.set(parseInstant(local('2026-03-16T11:00')));
    try {
      const over = await cancel('customer_admin', soon.json().id);
      expect(over.statusCode).toBe(409);
      expect(over.json().code).toBe('MAINTENANCE_WINDOW_NOT_CANCELLABLE');
    } finally {
      h.clock.set(now);
    }
  });

  it('lists the calendar by start: customers their own, staff any, by span and status, in pages', async () => {
    const mine = await read('customer', '/maintenance-windows?limit=100');
    expect(mine.statusCode).toBe(200);
    const items = mine.json().items as {
      organizationId: string;
      startsAt: string;
      status: string;
    }[];
    expect(items.length).toBeGreaterThan(3);
    expect(items.every((w) => w.organizationId === org5)).toBe(true);
    const starts = items.map((w) => Date.parse(w.startsAt));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect((await read('customer', `/maintenance-windows?organizationId=${org6}`)).statusCode).toBe(
      404,
    );
    const theirs = (await read(admin6, '/maintenance-windows')).json().items;
    expect(theirs.every((w: { organizationId: string }) => w.organizationId === org6)).toBe(true);
    const all = (await read('agent', '/maintenance-windows?limit=100')).json().items as {
      organizationId: string;
    }[];
    expect(new Set(all.map((w) => w.organizationId))).toEqual(new Set([org5, org6, org24]));
    const span = await read(
      'agent',
      `/maintenance-windows?from=${encodeURIComponent(local('2026-03-19T09:15'))}&to=${encodeURIComponent(local('2026-03-19T10:30'))}&status=scheduled`,
    );
    expect(
      span
        .json()
        .items.map((w: { equipment: string; startsAt: string }) => [
          w.equipment,
          w.startsAt.slice(11, 16),
        ]),
    ).toEqual([
      ['Red LAN', '08:00'],
      ['Firewall Fortinet FG-60F', '09:00'],
      ['Red LAN', '10:00'],
    ]);
    const cancelledOnly = (
      await read('customer', '/maintenance-windows?status=cancelled&limit=100')
    ).json().items;
    expect(cancelledOnly.length).toBeGreaterThan(0);
    expect(cancelledOnly.every((w: { status: string }) => w.status === 'cancelled')).toBe(true);
    const page1 = (await read('customer', '/maintenance-windows?limit=2')).json();
    const page2 = (
      await read('customer', `/maintenance-windows?limit=2&cursor=${page1.nextCursor}`)
    ).json();
    expect([...page1.items, ...page2.items].map((w: { id: string }) => w.id)).toEqual(
      items.slice(0, 4).map((w) => (w as unknown as { id: string }).id),
    );
  });

  it('exports the calendar as iCalendar: escaped text, CRLF, 75-octet lines, UID, UTC times', async () => {
    const created = await request('customer_admin', {
      equipment: 'Firewall Fortinet FG-60F',
      title: 'Parche, fase 2; reinicio \\ sin\naviso',
      notes:
        'Primera línea; con coma, y barra \\\nSegunda línea del aviso, bastante larga para que haya que doblarla en dos',
      startsAt: '2026-03-18T14:00',
      endsAt: '2026-03-18T15:30',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const cancelledWindow = await scheduled();
    await cancel('customer_admin', cancelledWindow.id);
    const otherOrg = await request(admin6, {
      equipment: 'Servidores Linux',
      startsAt: '2026-03-18T14:00',
      endsAt: '2026-03-18T15:00',
    });
    expect(otherOrg.statusCode).toBe(201);

    const response = await read('customer', '/maintenance-windows.ics');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const text = response.body;
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n'))
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const lines = unfold(text).split('\r\n');
    expect(lines).toContain(
      'X-WR-CALNAME:Mantenimientos programados — Transportes Coma\\, Punto\\; y Coma S.A.S.',
    );
    const begin = lines.indexOf(`UID:${id}@mesa`) - 1;
    expect(lines[begin]).toBe('BEGIN:VEVENT');
    const event = lines.slice(begin, lines.indexOf('END:VEVENT', begin) + 1);
    expect(event).toEqual([
      'BEGIN:VEVENT',
      `UID:${id}@mesa`,
      'DTSTAMP:20260316T150000Z',
      'DTSTART:20260318T190000Z',
      'DTEND:20260318T203000Z',
      'CREATED:20260316T150000Z',
      'LAST-MODIFIED:20260316T150000Z',
      // The title is one line: its newline became a space; commas, semicolons and backslashes escaped.
      'SUMMARY:Mantenimiento Firewall Fortinet FG-60F: Parche\\, fase 2\\; reinicio \\\\ sin aviso',
      `DESCRIPTION:Organización: Transportes Coma\\, Punto\\; y Coma S.A.S.\\nEquipo: Firewall Fortinet FG-60F\\nProgramada por: ${client('customer_admin').user.name}\\n\\nPrimera línea\\; con coma\\, y barra \\\\\\nSegunda línea del aviso\\, bastante larga para que haya que doblarla en dos`,
      'STATUS:CONFIRMED',
      'TRANSP:OPAQUE',
      'END:VEVENT',
    ]);
    const uids = lines.filter((l) => l.startsWith('UID:'));
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).not.toContain(`UID:${cancelledWindow.id}@mesa`);
    expect(uids).not.toContain(`UID:${otherOrg.json().id}@mesa`);

    // Staff: everything, or one organization; a bearer token works for calendar subscriptions.
    const token = await bearerHeaders(harness(), client('agent').user);
    const everything = await harness().app.inject({
      url: '/api/v1/maintenance-windows.ics',
      headers: token,
    });
    expect(everything.statusCode).toBe(200);
    expect(everything.body).toContain(`UID:${otherOrg.json().id}@mesa`);
    expect(everything.body).toContain(`UID:${id}@mesa`);
    expect(unfold(everything.body)).toContain('X-WR-CALNAME:Mantenimientos programados\r\n');
    const onlySix = await read('agent', `/maintenance-windows.ics?organizationId=${org6}`);
    expect(onlySix.body).toContain(`UID:${otherOrg.json().id}@mesa`);
    expect(onlySix.body).not.toContain(`UID:${id}@mesa`);
    expect(
      (await read('customer', `/maintenance-windows.ics?organizationId=${org6}`)).statusCode,
    ).toBe(404);
    expect(
      (await read('agent', `/maintenance-windows.ics?organizationId=${MISSING}`)).statusCode,
    ).toBe(404);
  });

  it('gives the scheduler the windows starting in a span, and queues each reminder once', async () => {
    const { maintenanceWindows } = harness().services;
    const day = await maintenanceWindows.windowsStartingOn('2026-03-19');
    expect(day.length).toBeGreaterThan(0);
    expect(day.every((w) => w.status === 'scheduled')).toBe(true);
    expect(
      day.every(
        (w) =>
          w.startsAt >= parseInstant(local('2026-03-19T00:00')) &&
          w.startsAt < parseInstant(local('2026-03-20T00:00')),
      ),
    ).toBe(true);
    const starts = day.map((w) => w.startsAt);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const between = await maintenanceWindows.windowsStartingBetween(
      parseInstant(local('2026-03-19T08:00')),
      parseInstant(local('2026-03-19T09:00')),
    );
    expect(between.map((w) => [w.equipment, w.organizationName])).toEqual([
      ['Red LAN', 'Transportes Coma, Punto; y Coma S.A.S.'],
    ]);
    const first = between[0];
    if (first === undefined) throw new Error('no window');
    const at = harness().clock.now();
    expect(await maintenanceWindows.claimReminder(first.id, at)).toBe(true);
    expect(await maintenanceWindows.claimReminder(first.id, at)).toBe(false);
    const after = await maintenanceWindows.windowsStartingBetween(
      first.startsAt,
      first.startsAt + 1,
    );
    expect(after[0]?.reminderQueuedAt).toBe(at);
  });

  it('tells monitoring which window is in force for an equipment at an instant', async () => {
    const { maintenanceWindows } = harness().services;
    const created = await request('agent', {
      organizationId: org24,
      equipment: 'Red WAN entre sedes',
      startsAt: '2026-03-28T01:00',
      endsAt: '2026-03-28T03:00',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const at = (t: string) => parseInstant(local(t));
    expect(
      (
        await maintenanceWindows.activeWindowFor(
          org24,
          'RED WAN  entre sedes',
          at('2026-03-28T01:00'),
        )
      )?.id,
    ).toBe(id);
    expect(
      (
        await maintenanceWindows.activeWindowFor(
          org24,
          'Red WAN entre sedes',
          at('2026-03-28T02:59'),
        )
      )?.id,
    ).toBe(id);
    expect(
      await maintenanceWindows.activeWindowFor(
        org24,
        'Red WAN entre sedes',
        at('2026-03-28T03:00'),
      ),
    ).toBeNull();
    expect(
      await maintenanceWindows.activeWindowFor(
        org24,
        'Red WAN entre sedes',
        at('2026-03-28T00:59'),
      ),
    ).toBeNull();
    expect(
      await maintenanceWindows.activeWindowFor(org24, 'Servidores', at('2026-03-28T02:00')),
    ).toBeNull();
    expect(
      await maintenanceWindows.activeWindowFor(org5, 'Red WAN entre sedes', at('2026-03-28T02:00')),
    ).toBeNull();
    await cancel('agent', id);
    expect(
      await maintenanceWindows.activeWindowFor(
        org24,
        'Red WAN entre sedes',
        at('2026-03-28T02:00'),
      ),
    ).toBeNull();
  });

  it('records alerts on a window, shown to whoever sees the window', async () => {
    const h = harness();
    const { maintenanceWindows } = h.services;
    const created = await request('customer_admin', {
      startsAt: '2026-03-20T08:00',
      endsAt: '2026-03-20T10:00',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const received = parseInstant(local('2026-03-20T08:30'));
    const window = await maintenanceWindows.activeWindowFor(org5, 'red lan', received);
    expect(window?.id).toBe(id);
    await h.db.transaction((trx) =>
      maintenanceWindows.recordAlert(
        id,
        {
          key: 'switch-piso-2-down',
          source: 'zabbix',
          equipment: 'red lan',
          summary: 'Switch del piso 2 sin respuesta',
          details: 'ICMP timeout',
          receivedAt: received,
        },
        trx,
      ),
    );
    const alerts = await read('customer', `/maintenance-windows/${id}/alerts`);
    expect(alerts.statusCode).toBe(200);
    expect(alerts.json()).toEqual({
      items: [
        {
          id: expect.any(String),
          key: 'switch-piso-2-down',
          source: 'zabbix',
          equipment: 'red lan',
          summary: 'Switch del piso 2 sin respuesta',
          details: 'ICMP timeout',
          receivedAt: '2026-03-20T08:30:00-05:00',
        },
      ],
      nextCursor: null,
    });
    expect((await read('customer', `/maintenance-windows/${id}`)).json().alertCount).toBe(1);
    expect((await read(admin6, `/maintenance-windows/${id}/alerts`)).statusCode).toBe(404);
    expect((await read('anonymous', `/maintenance-windows/${id}/alerts`)).statusCode).toBe(401);
    await expect(
      maintenanceWindows.recordAlert(MISSING, {
        key: 'k',
        source: 's',
        equipment: 'e',
        summary: 'x',
        details: null,
        receivedAt: received,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
