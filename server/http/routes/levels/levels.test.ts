/**
 * /api/v1/levels through inject(): who may read and change the impact-level table, the
 * problem+json answers to bad input, and that the SLA clock counts with a change at once.
 */

import { beforeAll, expect, it } from 'vitest';
import { rejectionCodeOf } from '../../../../test/support/error-code.js';
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

const DEFAULTS = [
  { impact: 'high', firstResponseMinutes: 60, notificationIntervalMinutes: 180, isDefault: true },
  {
    impact: 'medium',
    firstResponseMinutes: 240,
    notificationIntervalMinutes: 360,
    isDefault: true,
  },
  { impact: 'low', firstResponseMinutes: 360, notificationIntervalMinutes: 480, isDefault: true },
  {
    impact: 'change',
    firstResponseMinutes: 360,
    notificationIntervalMinutes: 480,
    isDefault: true,
  },
];

describeEachDatabase('/api/v1/levels', (database) => {
  const harness = useHarness(database);
  const clients = new Map<Role, SignedInClient>();

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

  function headersOf(who: Who) {
    if (who === 'anonymous') return {};
    const client = clients.get(who);
    if (client === undefined) throw new Error(`no client for ${who}`);
    return client.headers;
  }

  const putLevel = (who: Who, impact: string, payload: object) =>
    harness().app.inject({
      method: 'PUT',
      url: `/api/v1/levels/${impact}`,
      headers: headersOf(who),
      payload,
    });

  const getLevels = (who: Who) =>
    harness().app.inject({ method: 'GET', url: '/api/v1/levels', headers: headersOf(who) });

  it('lists the defaults of SPEC §4 in the order high, medium, low, change', async () => {
    const response = await getLevels('customer');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ items: DEFAULTS, nextCursor: null });
  });

  // Statuses for anonymous, customer, customer_admin, agent, supervisor, admin.
  const matrix: [string, (who: Who) => ReturnType<typeof getLevels>, number[]][] = [
    ['GET /levels', getLevels, [401, 200, 200, 200, 200, 200]],
    [
      'PUT /levels/low',
      (who) =>
        putLevel(who, 'low', { firstResponseMinutes: 360, notificationIntervalMinutes: 480 }),
      [401, 403, 403, 403, 403, 200],
    ],
    [
      'PUT /levels/urgent',
      (who) =>
        putLevel(who, 'urgent', { firstResponseMinutes: 60, notificationIntervalMinutes: 60 }),
      [401, 403, 403, 403, 403, 400],
    ],
  ];

  it.each(
    matrix.flatMap(([name, call, statuses]) =>
      EVERYONE.map((who, i) => [name, who, statuses[i] ?? 0, call] as const),
    ),
  )('%s as %s → %i', async (_name, who, status, call) => {
    const response = await call(who);
    expect(response.statusCode, response.body).toBe(status);
    if (status === 401) expect(response.json().code).toBe('UNAUTHENTICATED');
    if (status === 403) expect(response.json().code).toBe('FORBIDDEN');
  });

  it('refuses a cookie write without the CSRF header', async () => {
    const admin = clients.get('admin');
    const response = await harness().app.inject({
      method: 'PUT',
      url: '/api/v1/levels/low',
      headers: admin?.cookieOnly ?? {},
      payload: { firstResponseMinutes: 360, notificationIntervalMinutes: 480 },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('CSRF_TOKEN_INVALID');
  });

  it('answers an unknown level with INVALID_IMPACT', async () => {
    const response = await putLevel('admin', 'urgent', {
      firstResponseMinutes: 60,
      notificationIntervalMinutes: 60,
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      code: 'INVALID_IMPACT',
      detail: 'Nivel de impacto desconocido: «urgent». Use high, medium, low o change.',
    });
  });

  it.each([
    [{ firstResponseMinutes: 0, notificationIntervalMinutes: 60 }],
    [{ firstResponseMinutes: -60, notificationIntervalMinutes: 60 }],
    [{ firstResponseMinutes: 90.5, notificationIntervalMinutes: 60 }],
    [{ firstResponseMinutes: 60, notificationIntervalMinutes: 10_081 }],
    [{ firstResponseMinutes: '60', notificationIntervalMinutes: 60 }],
    [{ firstResponseMinutes: 60 }],
    [{ firstResponseMinutes: 60, notificationIntervalMinutes: 60, solutionMinutes: 600 }],
  ])('refuses %j with VALIDATION_FAILED and changes nothing', async (payload) => {
    const response = await putLevel('admin', 'high', payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
    expect((await getLevels('agent')).json().items[0]).toEqual(DEFAULTS[0]);
  });

  it('accepts up to a week of minutes', async () => {
    const response = await putLevel('admin', 'change', {
      firstResponseMinutes: 10_080,
      notificationIntervalMinutes: 1,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      impact: 'change',
      firstResponseMinutes: 10_080,
      notificationIntervalMinutes: 1,
      isDefault: false,
    });
    await putLevel('admin', 'change', {
      firstResponseMinutes: 360,
      notificationIntervalMinutes: 480,
    });
  });

  it('refuses bad minutes from callers other than HTTP with INVALID_LEVEL_TABLE', async () => {
    const { levels } = harness().services;
    for (const minutes of [0, 1.5, 10_081]) {
      const terms = { firstResponseMinutes: minutes, notificationIntervalMinutes: 60 };
      expect(await rejectionCodeOf(levels.update(OPERATOR, 'high', terms))).toBe(
        'INVALID_LEVEL_TABLE',
      );
    }
    expect(await levels.list()).toEqual(DEFAULTS);
  });

  it('counts a new medium ticket with the edited first-response time at once', async () => {
    const h = harness();
    h.clock.freeze();
    // Monday 14:00, after lunch (and within the sessions' lifetime).
    h.clock.set(parseInstant('2026-03-16T14:00:00-05:00'));
    const register = async () => {
      const response = await h.app.inject({
        method: 'POST',
        url: '/api/v1/tickets',
        headers: headersOf('customer'),
        payload: { subject: 'Lentitud', description: 'La red está lenta', impact: 'medium' },
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as { id: string; sla: { firstResponseDueAt: string } };
    };

    // The default first, so the SLA policy is cached when the level changes.
    expect((await register()).sla.firstResponseDueAt).toBe('2026-03-16T18:00:00-05:00');
    const edited = await putLevel('admin', 'medium', {
      firstResponseMinutes: 120,
      notificationIntervalMinutes: 360,
    });
    expect(edited.json()).toEqual({
      impact: 'medium',
      firstResponseMinutes: 120,
      notificationIntervalMinutes: 360,
      isDefault: false,
    });
    expect((await getLevels('customer')).json().items[1]).toEqual(edited.json());
    const ticket = await register();
    // 5x8, 14:00 + 120 business minutes.
    expect(ticket.sla.firstResponseDueAt).toBe('2026-03-16T16:00:00-05:00');
    const explain = await h.app.inject({
      url: `/api/v1/tickets/${ticket.id}/sla/explain`,
      headers: headersOf('agent'),
    });
    expect(explain.json().firstResponse.countedMinutes).toBe(120);

    // Back to the default: the next ticket counts 240 minutes again, due at the window's end.
    const restored = await putLevel('admin', 'medium', {
      firstResponseMinutes: 240,
      notificationIntervalMinutes: 360,
    });
    expect(restored.json().isDefault).toBe(true);
    expect((await register()).sla.firstResponseDueAt).toBe('2026-03-16T18:00:00-05:00');
  });
});
