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
import type { Organization } from '../../../app/identity/organization.js';

const ROLES_IN_ORDER: readonly Role[] = [
  'admin',
  'supervisor',
  'agent',
  'customer_admin',
  'customer',
];
const MISSING = '0190a000-0000-7000-8000-000000000000';

describeEachDatabase('/api/v1/organizations', (database) => {
  const harness = useHarness(database);
  let own: Organization;
  let other: Organization;
  const clients = new Map<Role, SignedInClient>();
  let renames = 0;

  beforeAll(async () => {
    const h = harness();
    own = await createOrganization(h, 'Propia S.A.S.');
    other = await createOrganization(h, 'Otra S.A.S.');
    await createContract(h, own.id);
    await createContract(h, other.id, { modality: '7x24' });
    for (const role of ROLES_IN_ORDER) {
      const organizationId = role.startsWith('customer') ? own.id : null;
      clients.set(role, await signIn(h, { role, organizationId }));
    }
  });

  function client(role: Role): SignedInClient {
    const c = clients.get(role);
    if (c === undefined) throw new Error(`no client for ${role}`);
    return c;
  }

  const contract = { modality: '6x8', services: ['support'], validFrom: '2026-01-01' };
  type Call = { method: 'GET' | 'POST' | 'PATCH'; url: () => string; payload?: () => object };
  const calls: Record<string, Call> = {
    'list organizations': { method: 'GET', url: () => '/api/v1/organizations' },
    'create an organization': {
      method: 'POST',
      url: () => '/api/v1/organizations',
      payload: () => ({ name: `Nueva ${++renames}` }),
    },
    'read its own': { method: 'GET', url: () => `/api/v1/organizations/${own.id}` },
    'read another': { method: 'GET', url: () => `/api/v1/organizations/${other.id}` },
    'read a missing one': { method: 'GET', url: () => `/api/v1/organizations/${MISSING}` },
    'rename its own': {
      method: 'PATCH',
      url: () => `/api/v1/organizations/${own.id}`,
      payload: () => ({ name: `Propia ${++renames}` }),
    },
    'rename another': {
      method: 'PATCH',
      url: () => `/api/v1/organizations/${other.id}`,
      payload: () => ({ name: `Otra ${++renames}` }),
    },
    'list its own contracts': {
      method: 'GET',
      url: () => `/api/v1/organizations/${own.id}/contracts`,
    },
    'list another’s contracts': {
      method: 'GET',
      url: () => `/api/v1/organizations/${other.id}/contracts`,
    },
    'add a contract to its own': {
      method: 'POST',
      url: () => `/api/v1/organizations/${own.id}/contracts`,
      payload: () => contract,
    },
    'add a contract to another': {
      method: 'POST',
      url: () => `/api/v1/organizations/${other.id}/contracts`,
      payload: () => contract,
    },
  };

  // Statuses for admin, supervisor, agent, customer_admin, customer (the customers belong to
  // "own"). Another organization answers 404 to customers, exactly like a missing one.
  const matrix: [string, number[]][] = [
    ['list organizations', [200, 200, 200, 200, 200]],
    ['create an organization', [201, 403, 403, 403, 403]],
    ['read its own', [200, 200, 200, 200, 200]],
    ['read another', [200, 200, 200, 404, 404]],
    ['read a missing one', [404, 404, 404, 404, 404]],
    ['rename its own', [200, 403, 403, 403, 403]],
    ['rename another', [200, 403, 403, 404, 404]],
    ['list its own contracts', [200, 200, 200, 200, 200]],
    ['list another’s contracts', [200, 200, 200, 404, 404]],
    ['add a contract to its own', [201, 403, 403, 403, 403]],
    ['add a contract to another', [201, 403, 403, 404, 404]],
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

  it('lists only its own organization to a customer', async () => {
    const h = harness();
    const response = await h.app.inject({
      method: 'GET',
      url: '/api/v1/organizations',
      headers: client('customer').headers,
    });
    expect(response.json().items.map((o: { id: string }) => o.id)).toEqual([own.id]);
  });

  it('pages organizations by name with an opaque cursor', async () => {
    const h = harness();
    const headers = client('agent').headers;
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? '' : `&cursor=${cursor}`;
      const response = await h.app.inject({
        method: 'GET',
        url: `/api/v1/organizations?limit=2${query}`,
        headers,
      });
      expect(response.statusCode).toBe(200);
      const page = response.json() as { items: { name: string }[]; nextCursor: string | null };
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((o) => o.name));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    const bad = await h.app.inject({
      method: 'GET',
      url: '/api/v1/organizations?cursor=zz',
      headers,
    });
    expect(bad.json()).toMatchObject({ status: 400, code: 'INVALID_CURSOR' });
    const tooMany = await h.app.inject({
      method: 'GET',
      url: '/api/v1/organizations?limit=101',
      headers,
    });
    expect(tooMany.json()).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
  });

  it('refuses a duplicate name with 409 ORGANIZATION_NAME_TAKEN', async () => {
    const h = harness();
    await createOrganization(h, 'Repetida S.A.S.');
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/v1/organizations',
      headers: client('admin').headers,
      payload: { name: '  Repetida   S.A.S. ' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'ORGANIZATION_NAME_TAKEN',
      detail: 'Ya existe una organización llamada «Repetida S.A.S.».',
    });
  });

  it('adds a contract (201 with its id) and lists contracts flagged in force today', async () => {
    const h = harness();
    const organization = await createOrganization(h);
    const headers = client('admin').headers;
    const add = (payload: object) =>
      h.app.inject({
        method: 'POST',
        url: `/api/v1/organizations/${organization.id}/contracts`,
        headers,
        payload,
      });
    const created = await add({
      modality: '7x24',
      services: ['support', 'managed', 'support'],
      validFrom: '2026-03-01',
      validTo: '2027-02-28',
      onSite: { city: ' Cali ' },
      coveredPlatforms: ['Firewall perimetral', 'Servidores Linux'],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      id: expect.any(String),
      organizationId: organization.id,
      modality: '7x24',
      services: ['support', 'managed'],
      onSite: { city: 'Cali' },
      coveredPlatforms: ['Firewall perimetral', 'Servidores Linux'],
      validFrom: '2026-03-01',
      validTo: '2027-02-28',
      active: true,
    });
    await add({
      modality: '5x8',
      services: ['support'],
      validFrom: '2025-01-01',
      validTo: '2025-12-31',
    });
    await add({ modality: '5x8', services: ['support'], validFrom: '2026-03-17' });
    const list = await h.app.inject({
      method: 'GET',
      url: `/api/v1/organizations/${organization.id}/contracts`,
      headers,
    });
    expect(
      list.json().items.map((c: { validFrom: string; active: boolean }) => [c.validFrom, c.active]),
    ).toEqual([
      ['2026-03-17', false],
      ['2026-03-01', true],
      ['2025-01-01', false],
    ]);
    const active = await h.services.organizations.activeContract(organization.id);
    expect(active?.validFrom).toBe('2026-03-01');
  });

  it.each([
    [{ modality: '9x9' }, 'INVALID_MODALITY', 'Modalidad desconocida: «9x9». Use 5x8, 6x8 o 7x24.'],
    [{ services: ['soporte'] }, 'INVALID_SERVICE', undefined],
    [{ validFrom: '2026-02-30' }, 'INVALID_DATE', 'Fecha inválida: «2026-02-30». Use AAAA-MM-DD.'],
    [{ validTo: '2025-12-31' }, 'INVALID_CONTRACT_PERIOD', undefined],
    [{ services: [] }, 'VALIDATION_FAILED', undefined],
    [{ onSite: { city: '', floor: 2 } }, 'VALIDATION_FAILED', undefined],
  ] as const)('refuses the contract terms %j with %s', async (override, code, detail) => {
    const h = harness();
    const response = await h.app.inject({
      method: 'POST',
      url: `/api/v1/organizations/${own.id}/contracts`,
      headers: client('admin').headers,
      payload: { ...contract, ...override },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe(code);
    if (detail !== undefined) expect(response.json().detail).toBe(detail);
  });
});
