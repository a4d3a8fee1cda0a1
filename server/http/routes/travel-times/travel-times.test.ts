/**
 * /api/v1/travel-times through inject(), on both databases: the shipped examples (flagged, and
 * seeded only into an empty table), who may read and replace the table, and bad tables.
 */

import { beforeAll, expect, it } from 'vitest';
import {
  describeEachDatabase,
  HARNESS_START,
  type SignedInClient,
  signIn,
  useHarness,
} from '../../../../test/support/harness.js';
import type { Role } from '../../../app/actor.js';
import { OPERATOR } from '../../../app/identity/operator.js';
import { TRAVEL_TIMES_EXAMPLE } from '../../../demo/travel-times-example.js';
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

describeEachDatabase('/api/v1/travel-times', (database) => {
  const harness = useHarness(database);
  const clients = new Map<Role, SignedInClient>();

  beforeAll(async () => {
    harness().clock.freeze();
    harness().clock.set(parseInstant(HARNESS_START));
    for (const who of EVERYONE) {
      if (who === 'anonymous') continue;
      const organizationId = who.startsWith('customer')
        ? (await harness().services.organizations.create(OPERATOR, { name: `Org ${who}` })).id
        : null;
      clients.set(who, await signIn(harness(), { role: who, organizationId }));
    }
  });

  const headersOf = (who: Who) => (who === 'anonymous' ? {} : (clients.get(who)?.headers ?? {}));
  const get = (who: Who) =>
    harness().app.inject({ url: '/api/v1/travel-times', headers: headersOf(who) });
  const put = (who: Who, payload: object) =>
    harness().app.inject({
      method: 'PUT',
      url: '/api/v1/travel-times',
      headers: headersOf(who),
      payload,
    });

  it('starts empty, then holds the shipped examples, flagged as examples, by city', async () => {
    expect((await get('agent')).json()).toEqual({
      example: false,
      note: null,
      noteEn: null,
      items: [],
    });
    const { travelTimes } = harness().services;
    expect(await travelTimes.seedExamples(TRAVEL_TIMES_EXAMPLE.entries)).toBe(true);
    expect(await travelTimes.seedExamples(TRAVEL_TIMES_EXAMPLE.entries)).toBe(false);
    const response = await get('customer');
    expect(response.statusCode).toBe(200);
    const table = response.json();
    expect(table.example).toBe(true);
    expect(table.note).toMatch(/^Valores de ejemplo/);
    expect(table.noteEn).toMatch(/^Example values/);
    expect(table.items).toHaveLength(TRAVEL_TIMES_EXAMPLE.entries.length);
    expect(table.items[0]).toEqual({
      city: 'Armenia',
      minutes: 480,
      hours: 8,
      example: true,
      updatedAt: '2026-03-16T10:00:00-05:00',
    });
    expect(table.items.find((i: { city: string }) => i.city === 'Medellín')).toMatchObject({
      minutes: 480,
      example: true,
    });
    // Accents do not decide the order: Bogotá between Barranquilla and Bucaramanga.
    const cities = table.items.map((i: { city: string }) => i.city);
    expect(cities.slice(0, 5)).toEqual([
      'Armenia',
      'Barranquilla',
      'Bogotá',
      'Bucaramanga',
      'Buenaventura',
    ]);
  });

  it('keeps the rows an admin left as shipped marked as examples', async () => {
    const shipped = (await get('admin')).json().items as { city: string; minutes: number }[];
    const edited = shipped.map((row) =>
      row.city === 'Medellín' ? { city: 'Medellín', minutes: 300 } : { ...row },
    );
    const table = (
      await put('admin', { entries: edited.map(({ city, minutes }) => ({ city, minutes })) })
    ).json();
    expect(table.example).toBe(true);
    const byCity = new Map(
      (table.items as { city: string; example: boolean; updatedAt: string }[]).map((row) => [
        row.city,
        row,
      ]),
    );
    expect(byCity.get('Medellín')?.example).toBe(false);
    expect(byCity.get('Cali')).toMatchObject({
      example: true,
      updatedAt: '2026-03-16T10:00:00-05:00',
    });
  });

  // Statuses for anonymous, customer, customer_admin, agent, supervisor, admin.
  it.each([
    ['GET', [401, 200, 200, 200, 200, 200]],
    ['PUT', [401, 403, 403, 403, 403, 200]],
  ] as const)('%s /travel-times by role', async (method, statuses) => {
    for (const [i, who] of EVERYONE.entries()) {
      const response =
        method === 'GET'
          ? await get(who)
          : await put(who, { entries: [{ city: 'Cali', minutes: 240 }] });
      expect(response.statusCode, `${method} as ${who}: ${response.body}`).toBe(statuses[i]);
    }
  });

  it('replaces the whole table with the center’s own values', async () => {
    const admin = clients.get('admin');
    const response = await put('admin', {
      entries: [
        { city: '  Santa   Marta ', minutes: 1440 },
        { city: 'Medellín', minutes: 90 },
        { city: 'Cali', minutes: 45 },
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    const table = response.json();
    expect(table).toMatchObject({ example: false, note: null, noteEn: null });
    expect(
      table.items.map((i: { city: string; minutes: number; hours: number; example: boolean }) => [
        i.city,
        i.minutes,
        i.hours,
        i.example,
      ]),
    ).toEqual([
      ['Cali', 45, 0.75, false],
      ['Medellín', 90, 1.5, false],
      ['Santa Marta', 1440, 24, false],
    ]);
    expect((await get('customer')).json()).toEqual(table);
    const row = await harness()
      .db.kysely.selectFrom('travel_times')
      .select('updated_by')
      .where('city', '=', 'Cali')
      .executeTakeFirstOrThrow();
    expect(row.updated_by).toBe(admin?.user.id);
    // Never reseeded over an admin's table.
    expect(await harness().services.travelTimes.seedExamples(TRAVEL_TIMES_EXAMPLE.entries)).toBe(
      false,
    );
  });

  it.each([
    [
      {
        entries: [
          { city: 'Medellín', minutes: 60 },
          { city: 'medellin', minutes: 90 },
        ],
      },
      'TRAVEL_TIME_CITY_REPEATED',
    ],
    [{ entries: [{ city: '   ', minutes: 60 }] }, 'INVALID_NAME'],
    [{ entries: [] }, 'VALIDATION_FAILED'],
    [{ entries: [{ city: 'Cali', minutes: 0 }] }, 'VALIDATION_FAILED'],
    [{ entries: [{ city: 'Cali', minutes: 90.5 }] }, 'VALIDATION_FAILED'],
    [{ entries: [{ city: 'Cali', minutes: 10_081 }] }, 'VALIDATION_FAILED'],
    [{ entries: [{ city: 'Cali', minutes: '60' }] }, 'VALIDATION_FAILED'],
    [{ entries: [{ city: 'Cali', hours: 1 }] }, 'VALIDATION_FAILED'],
  ])('refuses %j with %s and keeps the table', async (payload, code) => {
    const before = (await get('admin')).json();
    const response = await put('admin', payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe(code);
    expect((await get('admin')).json()).toEqual(before);
  });
});
