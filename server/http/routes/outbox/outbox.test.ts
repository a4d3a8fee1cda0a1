/**
 * /api/v1/outbox through inject(): only admins see the e-mails; a message downloads as .eml;
 * only a failed one can be retried; bad filters are problem+json.
 */

import { beforeAll, expect, it } from 'vitest';
import {
  createContract,
  createOrganization,
  createUser,
  describeEachDatabase,
  type SignedInClient,
  signIn,
  useHarness,
} from '../../../../test/support/harness.js';
import { actorOf } from '../../../app/identity/user.js';

describeEachDatabase('/api/v1/outbox', (database) => {
  const harness = useHarness(database);
  let admin: SignedInClient;
  let agent: SignedInClient;
  let customer: SignedInClient;
  let ticketId: string;

  beforeAll(async () => {
    const h = harness();
    const org = await createOrganization(h);
    await createContract(h, org.id);
    admin = await signIn(h, { role: 'admin' });
    agent = await signIn(h, { role: 'agent' });
    customer = await signIn(h, { role: 'customer', organizationId: org.id });
    const requester = await createUser(h, { role: 'customer', organizationId: org.id });
    const { ticket } = await h.services.tickets.register(actorOf(requester), {
      subject: 'Correo caído',
      description: 'No sale correo.',
      impact: 'medium',
    });
    ticketId = ticket.id;
  });

  it('lists the pending e-mails of a ticket to admins only', async () => {
    const h = harness();
    for (const who of [agent, customer]) {
      const refused = await h.app.inject({
        method: 'GET',
        url: '/api/v1/outbox',
        headers: who.headers,
      });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().code).toBe('FORBIDDEN');
    }
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/outbox' })).statusCode).toBe(401);
    const listed = await h.app.inject({
      method: 'GET',
      url: `/api/v1/outbox?ticketId=${ticketId}&status=pending`,
      headers: admin.headers,
    });
    expect(listed.statusCode).toBe(200);
    const kinds = listed
      .json()
      .items.map((m: { kind: string }) => m.kind)
      .sort();
    expect(kinds).toContain('ticket_registered');
    expect(kinds).toContain('ticket_registered_staff');
    const overview = await h.app.inject({
      method: 'GET',
      url: '/api/v1/outbox/overview',
      headers: admin.headers,
    });
    expect(overview.json().transport).toBe('files');
    expect(overview.json().counts.pending).toBeGreaterThanOrEqual(2);
  });

  it('downloads a message as .eml and refuses to retry one that did not fail', async () => {
    const h = harness();
    const listed = await h.app.inject({
      method: 'GET',
      url: `/api/v1/outbox?ticketId=${ticketId}`,
      headers: admin.headers,
    });
    const [first] = listed.json().items as { id: string; messageId: string }[];
    if (!first) throw new Error('no message');
    const eml = await h.app.inject({
      method: 'GET',
      url: `/api/v1/outbox/${first.id}/eml`,
      headers: admin.headers,
    });
    expect(eml.statusCode).toBe(200);
    expect(eml.headers['content-type']).toBe('message/rfc822');
    expect(eml.body).toContain(`Message-ID: ${first.messageId}`);
    expect(eml.body).toMatch(/Subject: .*OG-2026-/);
    const retried = await h.app.inject({
      method: 'POST',
      url: `/api/v1/outbox/${first.id}/retry`,
      headers: admin.headers,
    });
    expect(retried.statusCode).toBe(409);
    expect(retried.json().code).toBe('OUTBOX_NOT_FAILED');
    const missing = await h.app.inject({
      method: 'GET',
      url: '/api/v1/outbox/0190a000-0000-7000-8000-000000000000/eml',
      headers: admin.headers,
    });
    expect(missing.statusCode).toBe(404);
    const bad = await h.app.inject({
      method: 'GET',
      url: '/api/v1/outbox?status=lost',
      headers: admin.headers,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION_FAILED');
  });
});
