/**
 * GET /api/v1/tickets?requester=me, on both databases: the portal's "Mis casos" pages only
 * the caller's own tickets on the server; without it a customer admin (and, per SPEC §1, any
 * customer) sees the organization's; a requester filter never reaches another organization.
 */

import { beforeAll, expect, it } from 'vitest';
import {
  createContract,
  createOrganization,
  describeEachDatabase,
  HARNESS_START,
  type SignedInClient,
  signIn,
  useHarness,
} from '../../../../test/support/harness.js';
import { actorOf } from '../../../app/identity/user.js';
import { parseInstant } from '../../../domain/time/instant.js';

describeEachDatabase('GET /api/v1/tickets?requester=', (database) => {
  const harness = useHarness(database);
  let admin: SignedInClient;
  let customer: SignedInClient;
  let agent: SignedInClient;
  let outsider: SignedInClient;
  const mine: string[] = [];
  const colleagues: string[] = [];
  const elsewhere: string[] = [];

  beforeAll(async () => {
    const h = harness();
    h.clock.freeze();
    h.clock.set(parseInstant(HARNESS_START));
    const organizationId = (await createOrganization(h)).id;
    await createContract(h, organizationId);
    const otherId = (await createOrganization(h)).id;
    await createContract(h, otherId);
    admin = await signIn(h, { role: 'customer_admin', organizationId });
    customer = await signIn(h, { role: 'customer', organizationId });
    agent = await signIn(h, { role: 'agent' });
    outsider = await signIn(h, { role: 'customer', organizationId: otherId });
    const register = async (client: SignedInClient, into: string[], n: number) => {
      for (let i = 0; i < n; i += 1) {
        const registered = await h.services.tickets.register(actorOf(client.user), {
          subject: `Caso ${i} de ${client.user.name}`,
          description: 'Sin servicio',
          impact: 'low',
        });
        into.push(registered.ticket.id);
      }
    };
    await register(admin, mine, 2);
    await register(customer, colleagues, 3);
    await register(outsider, elsewhere, 1);
    await h.services.searchIndexer.flush();
  });

  const list = async (client: SignedInClient, search: string) => {
    const response = await harness().app.inject({
      url: `/api/v1/tickets${search}`,
      headers: client.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { items: { id: string }[] }).items.map((t) => t.id).sort();
  };

  it('requester=me lists only the caller’s own tickets', async () => {
    expect(await list(admin, '?requester=me')).toEqual([...mine].sort());
    expect(await list(customer, '?requester=me')).toEqual([...colleagues].sort());
  });

  it('without it, the organization’s tickets (what a customer admin switches to)', async () => {
    expect(await list(admin, '')).toEqual([...mine, ...colleagues].sort());
  });

  it('pages the caller’s tickets on the server', async () => {
    const first = await harness().app.inject({
      url: '/api/v1/tickets?requester=me&limit=2',
      headers: customer.headers,
    });
    const page = first.json() as { items: { id: string }[]; nextCursor: string | null };
    expect(page.items).toHaveLength(2);
    expect(page.nextCursor).not.toBeNull();
    const rest = await list(
      customer,
      `?requester=me&limit=2&cursor=${encodeURIComponent(page.nextCursor ?? '')}`,
    );
    expect([...page.items.map((t) => t.id), ...rest].sort()).toEqual([...colleagues].sort());
  });

  it('a requester of another organization gives a customer nothing; staff filter by anyone', async () => {
    expect(await list(admin, `?requester=${outsider.user.id}`)).toEqual([]);
    expect(await list(agent, `?requester=${outsider.user.id}`)).toEqual(elsewhere);
    expect(await list(agent, '?requester=me')).toEqual([]);
  });

  it('combines with full-text search', async () => {
    expect(await list(admin, `?requester=me&q=${encodeURIComponent('Caso')}`)).toEqual(
      [...mine].sort(),
    );
  });

  it('refuses an over-long value', async () => {
    const response = await harness().app.inject({
      url: `/api/v1/tickets?requester=${'x'.repeat(65)}`,
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(400);
  });
});
