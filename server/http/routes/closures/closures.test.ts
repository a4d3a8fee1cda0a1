/**
 * /api/v1/closures through inject(): who may read, add and remove closures, the problem+json
 * answers to bad input, and that the SLA clock skips a new closure at once (and names it).
 */

import { beforeAll, expect, it } from 'vitest';
import {
  createContract,
  createOrganization,
  describeEachDatabase,
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

describeEachDatabase('/api/v1/closures', (database) => {
  const harness = useHarness(database);
  const clients = new Map<Role, SignedInClient>();
  let nextDay = 0;
  /** A date no other test closes: days of 2030 in turn. */
  const freshDate = () => {
    nextDay += 1;
    return new Date(Date.UTC(2030, 0, nextDay)).toISOString().slice(0, 10);
  };

  beforeAll(async () => {
    const h = harness();
    const organization = await createOrganization(h);
    await createContract(h, organization.id);
    for (const who of EVERYONE) {
      if (who === 'anonymous') continue;
      const organizationId = who.startsWith('customer') ? organization.id : null;
      clients.set(who, await signIn(h, { role: who, organizationId }));
    }
  });

  function client(who: Role): SignedInClient {
    const c = clients.get(who);
    if (c === undefined) throw new Error(`no client for ${who}`);
    return c;
  }

  const headersOf = (who: Who) => (who === 'anonymous' ? {} : client(who).headers);

  const addClosure = (who: Who, payload: object) =>
    harness().app.inject({
      method: 'POST',
      url: '/api/v1/closures',
      headers: headersOf(who),
      payload,
    });

  const listClosures = (who: Who, query = '') =>
    harness().app.inject({ url: `/api/v1/closures${query}`, headers: headersOf(who) });

  const removeClosure = (who: Who, id: string) =>
    harness().app.inject({
      method: 'DELETE',
      url: `/api/v1/closures/${id}`,
      headers: headersOf(who),
    });

  // Statuses for anonymous, customer, customer_admin, agent, supervisor, admin.
  const matrix: [string, (who: Who) => Promise<{ statusCode: number; body: string }>, number[]][] =
    [
      ['GET /closures', (who) => listClosures(who), [401, 200, 200, 200, 200, 200]],
      [
        'POST /closures',
        (who) => addClosure(who, { date: freshDate(), name: 'Cierre' }),
        [401, 403, 403, 403, 403, 201],
      ],
      [
        'DELETE /closures/{id}',
        async (who) => {
          const closure = await harness().services.closures.add(OPERATOR, {
            date: freshDate(),
            name: 'Cierre',
          });
          return removeClosure(who, closure.id);
        },
        [401, 403, 403, 403, 403, 204],
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

  it('adds, lists by year and removes a closure, recording the admin who added it', async () => {
    const h = harness();
    const created = await addClosure('admin', {
      date: '2031-12-24',
      name: '  Cierre   de fin de año ',
    });
    expect(created.statusCode, created.body).toBe(201);
    const closure = created.json();
    expect(closure).toEqual({
      id: expect.any(String),
      date: '2031-12-24',
      name: 'Cierre de fin de año',
      createdAt: expect.stringMatching(/-05:00$/),
    });
    await addClosure('admin', { date: '2031-06-05', name: 'Día de la familia' });
    await addClosure('admin', { date: '2032-01-02', name: 'Otro año' });
    const row = await h.db.kysely
      .selectFrom('closures')
      .select('created_by')
      .where('id', '=', closure.id)
      .executeTakeFirstOrThrow();
    expect(row.created_by).toBe(client('admin').user.id);

    const list = await listClosures('customer', '?year=2031');
    expect(list.statusCode).toBe(200);
    expect(list.json().nextCursor).toBeNull();
    expect(list.json().items.map((c: { date: string; name: string }) => [c.date, c.name])).toEqual([
      ['2031-06-05', 'Día de la familia'],
      ['2031-12-24', 'Cierre de fin de año'],
    ]);
    const all = (await listClosures('agent')).json().items.map((c: { date: string }) => c.date);
    expect(all).toEqual(expect.arrayContaining(['2031-06-05', '2031-12-24', '2032-01-02']));
    expect(all).toEqual([...all].sort());
    const holidays = await h.app.inject({ url: '/api/v1/calendar/holidays?year=2031' });
    expect(holidays.json().items).toContainEqual({
      date: '2031-12-24',
      name: 'Cierre de fin de año',
      nameEn: 'Cierre de fin de año',
      kind: 'closure',
    });

    const removed = await removeClosure('admin', closure.id);
    expect(removed.statusCode).toBe(204);
    expect(removed.body).toBe('');
    expect((await listClosures('admin', '?year=2031')).json().items).toHaveLength(1);
    const again = await removeClosure('admin', closure.id);
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('NOT_FOUND');
  });

  it('records no author for a closure the CLI operator adds', async () => {
    const h = harness();
    const closure = await h.services.closures.add(OPERATOR, { date: freshDate(), name: 'CLI' });
    expect(closure.createdBy).toBeNull();
  });

  it('refuses a second closure on the same date with 409 CLOSURE_DATE_TAKEN', async () => {
    const date = freshDate();
    expect((await addClosure('admin', { date, name: 'Primero' })).statusCode).toBe(201);
    const response = await addClosure('admin', { date, name: 'Segundo' });
    expect(response.statusCode).toBe(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      status: 409,
      code: 'CLOSURE_DATE_TAKEN',
      detail: `Ya hay un cierre registrado el ${date}; elimínelo antes de registrar otro.`,
    });
    const englishAdmin = await signIn(harness(), { role: 'admin', language: 'en' });
    const english = await harness().app.inject({
      method: 'POST',
      url: '/api/v1/closures',
      headers: englishAdmin.headers,
      payload: { date, name: 'Third' },
    });
    expect(english.json().detail).toMatch(/^There is already a closure on/);
  });

  it.each([
    [{ date: '2026-02-30', name: 'Imposible' }, 'INVALID_DATE'],
    [{ date: '17/03/2026', name: 'Al revés' }, 'INVALID_DATE'],
    [{ date: '1900-01-01', name: 'Muy antiguo' }, 'YEAR_OUT_OF_RANGE'],
    [{ date: '2200-01-01', name: 'Muy lejano' }, 'YEAR_OUT_OF_RANGE'],
    [{ date: '2030-12-01', name: '   ' }, 'INVALID_NAME'],
    [{ date: '2030-12-01T00:00:00-05:00', name: 'Con hora' }, 'VALIDATION_FAILED'],
    [{ date: '2030-12-01' }, 'VALIDATION_FAILED'],
    [{ date: '2030-12-01', name: 'x'.repeat(201) }, 'VALIDATION_FAILED'],
    [{ date: '2030-12-01', name: 'Extra', kind: 'holiday' }, 'VALIDATION_FAILED'],
  ] as const)('refuses %j with %s', async (payload, code) => {
    const response = await addClosure('admin', payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe(code);
    expect((await listClosures('admin', '?year=2030')).json().items).not.toContainEqual(
      expect.objectContaining({ date: '2030-12-01' }),
    );
  });

  it.each([
    ['?year=1900', 'YEAR_OUT_OF_RANGE'],
    ['?year=abc', 'VALIDATION_FAILED'],
    ['?year=2026.5', 'VALIDATION_FAILED'],
  ])('refuses GET /closures%s with %s', async (query, code) => {
    const response = await listClosures('customer', query);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe(code);
  });

  it.each([MISSING, 'not-an-id'])('answers DELETE of an unknown id (%s) with 404', async (id) => {
    const response = await removeClosure('admin', id);
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('NOT_FOUND');
  });

  it('makes the SLA clock skip a new closure at once, and count the day again once removed', async () => {
    const h = harness();
    h.clock.freeze();
    // Monday 17:00: one counted hour left today; Tuesday the 17th is an ordinary working day.
    h.clock.set(parseInstant('2026-03-16T17:00:00-05:00'));
    const register = async () => {
      const response = await h.app.inject({
        method: 'POST',
        url: '/api/v1/tickets',
        headers: headersOf('customer'),
        payload: { subject: 'Sin correo', description: 'No llegan correos', impact: 'medium' },
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as { id: string; sla: { firstResponseDueAt: string } };
    };

    // 60 minutes on Monday, 180 on Tuesday (and the SLA policy is now cached).
    expect((await register()).sla.firstResponseDueAt).toBe('2026-03-17T11:00:00-05:00');
    const added = await addClosure('admin', { date: '2026-03-17', name: 'Día de la familia' });
    expect(added.statusCode, added.body).toBe(201);
    const ticket = await register();
    // 5x8 medium, 240 minutes: 60 on Monday, Tuesday closed, 180 on Wednesday.
    expect(ticket.sla.firstResponseDueAt).toBe('2026-03-18T11:00:00-05:00');
    const explain = await h.app.inject({
      url: `/api/v1/tickets/${ticket.id}/sla/explain`,
      headers: headersOf('agent'),
    });
    expect(explain.statusCode).toBe(200);
    expect(explain.json().firstResponse.skipped).toContainEqual({
      start: '2026-03-17T00:00:00-05:00',
      end: '2026-03-18T00:00:00-05:00',
      reason: 'closure',
      label: 'cierre: Día de la familia',
    });

    expect((await removeClosure('admin', added.json().id)).statusCode).toBe(204);
    expect((await register()).sla.firstResponseDueAt).toBe('2026-03-17T11:00:00-05:00');
  });
});
