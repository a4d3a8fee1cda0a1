import { beforeAll, expect, it } from 'vitest';
import {
  createOrganization,
  createUser,
  describeEachDatabase,
  login,
  type SignedInClient,
  signIn,
  TEST_PASSWORD,
  useHarness,
} from '../../../../test/support/harness.js';
import type { Role } from '../../../app/actor.js';
import type { Organization } from '../../../app/identity/organization.js';
import type { User } from '../../../app/identity/user.js';

const ROLES_IN_ORDER: readonly Role[] = [
  'admin',
  'supervisor',
  'agent',
  'customer_admin',
  'customer',
];

describeEachDatabase('/api/v1/users', (database) => {
  const harness = useHarness(database);
  let own: Organization;
  let other: Organization;
  const clients = new Map<Role, SignedInClient>();
  const targets: Record<string, User> = {};
  let created = 0;

  beforeAll(async () => {
    const h = harness();
    own = await createOrganization(h);
    other = await createOrganization(h);
    for (const role of ROLES_IN_ORDER) {
      const organizationId = role.startsWith('customer') ? own.id : null;
      clients.set(role, await signIn(h, { role, organizationId }));
    }
    targets.ownCustomer = await createUser(h, { role: 'customer', organizationId: own.id });
    targets.otherCustomer = await createUser(h, { role: 'customer', organizationId: other.id });
    targets.staff = await createUser(h, { role: 'agent' });
    targets.peerAdmin = await createUser(h, { role: 'customer_admin', organizationId: own.id });
  });

  function client(role: Role): SignedInClient {
    const c = clients.get(role);
    if (c === undefined) throw new Error(`no client for ${role}`);
    return c;
  }

  function target(name: string): User {
    const user = targets[name];
    if (user === undefined) throw new Error(name);
    return user;
  }

  const newUser = (role: Role, organizationId: () => string | null) => () => ({
    email: `nuevo.${++created}@example.com`,
    name: 'Nuevo',
    password: TEST_PASSWORD,
    role,
    organizationId: organizationId(),
  });

  type Call = { method: 'GET' | 'POST' | 'PATCH'; url: () => string; payload?: () => object };
  const calls: Record<string, Call> = {
    'list users': { method: 'GET', url: () => '/api/v1/users' },
    'list another organization’s users': {
      method: 'GET',
      url: () => `/api/v1/users?organizationId=${other.id}`,
    },
    'create a customer of its organization': {
      method: 'POST',
      url: () => '/api/v1/users',
      payload: newUser('customer', () => own.id),
    },
    'create a customer of another organization': {
      method: 'POST',
      url: () => '/api/v1/users',
      payload: newUser('customer', () => other.id),
    },
    'create an agent': {
      method: 'POST',
      url: () => '/api/v1/users',
      payload: newUser('agent', () => null),
    },
    'read a customer of its organization': {
      method: 'GET',
      url: () => `/api/v1/users/${target('ownCustomer').id}`,
    },
    'read a customer of another organization': {
      method: 'GET',
      url: () => `/api/v1/users/${target('otherCustomer').id}`,
    },
    'read a staff member': { method: 'GET', url: () => `/api/v1/users/${target('staff').id}` },
    'rename a customer of its organization': {
      method: 'PATCH',
      url: () => `/api/v1/users/${target('ownCustomer').id}`,
      payload: () => ({ name: 'Renombrada' }),
    },
    'rename a customer of another organization': {
      method: 'PATCH',
      url: () => `/api/v1/users/${target('otherCustomer').id}`,
      payload: () => ({ name: 'Renombrada' }),
    },
    'rename a staff member': {
      method: 'PATCH',
      url: () => `/api/v1/users/${target('staff').id}`,
      payload: () => ({ name: 'Renombrado' }),
    },
    'rename a customer admin of its organization': {
      method: 'PATCH',
      url: () => `/api/v1/users/${target('peerAdmin').id}`,
      payload: () => ({ name: 'Renombrada' }),
    },
    'promote a customer of its organization': {
      method: 'PATCH',
      url: () => `/api/v1/users/${target('ownCustomer').id}`,
      payload: () => ({ role: 'customer_admin' }),
    },
  };

  // Statuses for admin, supervisor, agent, customer_admin, customer (customers belong to
  // "own"): another organization's user is a 404 to customers, exactly like a missing one.
  const matrix: [string, number[]][] = [
    ['list users', [200, 200, 200, 200, 403]],
    ['list another organization’s users', [200, 200, 200, 404, 403]],
    ['create a customer of its organization', [201, 403, 403, 201, 403]],
    ['create a customer of another organization', [201, 403, 403, 404, 403]],
    ['create an agent', [201, 403, 403, 403, 403]],
    ['read a customer of its organization', [200, 200, 200, 200, 403]],
    ['read a customer of another organization', [200, 200, 200, 404, 404]],
    ['read a staff member', [200, 200, 200, 404, 404]],
    ['rename a customer of its organization', [200, 403, 403, 200, 403]],
    ['rename a customer of another organization', [200, 403, 403, 404, 404]],
    ['rename a staff member', [200, 403, 403, 404, 404]],
    ['rename a customer admin of its organization', [200, 403, 403, 403, 403]],
    ['promote a customer of its organization', [200, 403, 403, 403, 403]],
  ];

  it.each(
    matrix.flatMap(([name, statuses]) =>
      ROLES_IN_ORDER.map((role, i) => [name, role, statuses[i] ?? 0] as const),
    ),
  )('%s as %s → %i', async (name, role, status) => {
    const call = calls[name];
    if (call === undefined) throw new Error(name);
    const response = await harness().app.inject({
      method: call.method,
      url: call.url(),
      headers: client(role).headers,
      ...(call.payload !== undefined && { payload: call.payload() }),
    });
    expect(response.statusCode, response.body).toBe(status);
    if (status === 404) expect(response.json().code).toBe('NOT_FOUND');
    if (status === 403) expect(response.json().code).toBe('FORBIDDEN');
  });

  it('shows a customer admin only the users of its organization', async () => {
    const h = harness();
    const response = await h.app.inject({
      method: 'GET',
      url: '/api/v1/users?limit=100',
      headers: client('customer_admin').headers,
    });
    const items = response.json().items as User[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((u) => u.organizationId === own.id)).toBe(true);
  });

  it('puts a customer admin’s new user in its organization when none is given', async () => {
    const h = harness();
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: client('customer_admin').headers,
      payload: {
        email: 'colega@example.com',
        name: 'Colega',
        password: TEST_PASSWORD,
        role: 'customer',
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      id: expect.any(String),
      organizationId: own.id,
      language: 'es',
    });
  });

  it.each([
    [{ role: 'customer', organizationId: null }, 422, 'ORGANIZATION_REQUIRED'],
    [{ role: 'agent', organizationId: 'own' }, 422, 'STAFF_WITHOUT_ORGANIZATION'],
    [{ role: 'superuser' }, 400, 'INVALID_ROLE'],
    [
      { role: 'customer', organizationId: '0190a000-0000-7000-8000-000000000000' },
      404,
      'NOT_FOUND',
    ],
    [{ password: 'corta' }, 400, 'WEAK_PASSWORD'],
    [{ email: 'no-es-un-correo' }, 400, 'INVALID_EMAIL'],
    [{ language: 'fr' }, 400, 'VALIDATION_FAILED'],
    [{ active: true }, 400, 'VALIDATION_FAILED'],
  ] as const)('refuses %j with %i %s', async (override, status, code) => {
    const h = harness();
    const payload: Record<string, unknown> = {
      email: `regla.${++created}@example.com`,
      name: 'Regla',
      password: TEST_PASSWORD,
      role: 'agent',
      ...override,
    };
    if (payload.organizationId === 'own') payload.organizationId = own.id;
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: client('admin').headers,
      payload,
    });
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().code).toBe(code);
  });

  it('refuses an e-mail already taken, whatever its case: 409 EMAIL_TAKEN', async () => {
    const h = harness();
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: client('admin').headers,
      payload: {
        email: target('staff').email.toUpperCase(),
        name: 'Otro',
        password: TEST_PASSWORD,
        role: 'agent',
      },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'EMAIL_TAKEN',
      detail: `Ya existe un usuario con el correo ${target('staff').email}.`,
    });
  });

  it('does not let an admin lock itself out, but lets it rename itself', async () => {
    const h = harness();
    const admin = client('admin');
    const patch = (payload: object) =>
      h.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${admin.user.id}`,
        headers: admin.headers,
        payload,
      });
    for (const payload of [{ active: false }, { role: 'agent' }]) {
      const response = await patch(payload);
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('SELF_LOCKOUT');
    }
    expect((await patch({ name: 'La Jefa', role: 'admin', active: true })).json()).toMatchObject({
      name: 'La Jefa',
    });
  });

  it('lets anyone change their own name and language, not their password', async () => {
    const h = harness();
    const customer = client('customer');
    const patch = (payload: object) =>
      h.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${customer.user.id}`,
        headers: customer.headers,
        payload,
      });
    const renamed = await patch({ name: 'Yo', language: 'en' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Yo', language: 'en' });
    const password = await patch({ password: 'una-clave-nueva-larga' });
    expect(password.statusCode).toBe(403);
    // The user's language now speaks in its answers.
    expect(password.json().detail).toBe('Your role does not allow this action.');
    expect((await patch({})).json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('signs a user out everywhere when an admin sets a new password', async () => {
    const h = harness();
    const agent = await createUser(h, { role: 'agent' });
    const browser = await login(h, agent);
    const response = await h.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${agent.id}`,
      headers: client('admin').headers,
      payload: { password: 'otra-clave-muy-larga' },
    });
    expect(response.statusCode).toBe(200);
    expect(
      (await h.app.inject({ method: 'GET', url: '/api/v1/me', headers: browser.headers }))
        .statusCode,
    ).toBe(401);
    await expect(login(h, agent)).rejects.toThrow(/401/);
    await expect(login(h, agent, 'otra-clave-muy-larga')).resolves.toMatchObject({
      user: { id: agent.id },
    });
  });

  it('filters by role and pages by e-mail', async () => {
    const h = harness();
    for (let i = 0; i < 3; i++) await createUser(h, { role: 'supervisor' });
    const headers = client('agent').headers;
    const first = await h.app.inject({
      method: 'GET',
      url: '/api/v1/users?role=supervisor&limit=2',
      headers,
    });
    const page1 = first.json() as { items: User[]; nextCursor: string };
    expect(page1.items).toHaveLength(2);
    const second = await h.app.inject({
      method: 'GET',
      url: `/api/v1/users?role=supervisor&limit=2&cursor=${page1.nextCursor}`,
      headers,
    });
    const page2 = second.json() as { items: User[]; nextCursor: string | null };
    const emails = [...page1.items, ...page2.items].map((u) => u.email);
    expect(emails).toEqual([...emails].sort());
    expect(emails.every((e) => e.startsWith('supervisor.'))).toBe(true);
    expect(new Set(emails).size).toBe(4);
  });
});
