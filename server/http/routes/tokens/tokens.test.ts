import { expect, it } from 'vitest';
import {
  createOrganization,
  describeEachDatabase,
  signIn,
  useHarness,
} from '../../../../test/support/harness.js';

describeEachDatabase('/api/v1/tokens', (database) => {
  const harness = useHarness(database);

  it('creates a token whose secret is shown once and works as a bearer', async () => {
    const h = harness();
    const customer = await signIn(h, {
      role: 'customer',
      organizationId: (await createOrganization(h)).id,
    });
    const created = await h.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: customer.headers,
      payload: { name: '  monitoreo  ' },
    });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({ id: expect.any(String), name: 'monitoreo' });
    expect(body.token).toMatch(/^mesa_[\w-]{43}$/);

    const me = await h.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${body.token}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { id: customer.user.id }, csrfToken: null });

    const list = await h.app.inject({
      method: 'GET',
      url: '/api/v1/tokens',
      headers: customer.headers,
    });
    expect(list.json()).toEqual({
      items: [
        {
          id: body.id,
          name: 'monitoreo',
          createdAt: body.createdAt,
          lastUsedAt: expect.any(String),
          revokedAt: null,
        },
      ],
      nextCursor: null,
    });
    expect(list.body).not.toContain(body.token);
  });

  it('revokes a token (then it answers 401); another user’s token is a 404', async () => {
    const h = harness();
    const owner = await signIn(h, { role: 'agent' });
    const stranger = await signIn(h, { role: 'admin' });
    const { id, token } = (
      await h.app.inject({
        method: 'POST',
        url: '/api/v1/tokens',
        headers: owner.headers,
        payload: { name: 'ci' },
      })
    ).json();
    const revokeAs = (headers: Record<string, string>) =>
      h.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, headers });
    const foreign = await revokeAs(stranger.headers);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('NOT_FOUND');
    expect((await revokeAs(owner.headers)).statusCode).toBe(204);
    expect((await revokeAs(owner.headers)).statusCode).toBe(404);
    const me = await h.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.statusCode).toBe(401);
  });

  it('needs a signed-in user and a name', async () => {
    const h = harness();
    const anonymous = await h.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      payload: { name: 'x' },
    });
    expect(anonymous.statusCode).toBe(401);
    const agent = await signIn(h, { role: 'agent' });
    const blank = await h.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: agent.headers,
      payload: { name: '   ' },
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().code).toBe('INVALID_NAME');
  });
});
