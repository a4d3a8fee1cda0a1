import { expect, it } from 'vitest';
import {
  createOrganization,
  describeEachDatabase,
  signIn,
  useHarness,
} from '../../../../test/support/harness.js';

describeEachDatabase('GET /api/v1/me', (database) => {
  const harness = useHarness(database);

  it('answers the signed-in user and the session’s CSRF token', async () => {
    const h = harness();
    const organization = await createOrganization(h);
    const client = await signIn(h, {
      role: 'customer_admin',
      organizationId: organization.id,
      language: 'en',
    });
    const response = await h.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: client.cookieOnly,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      user: {
        id: client.user.id,
        email: client.user.email,
        name: client.user.name,
        role: 'customer_admin',
        organizationId: organization.id,
        active: true,
        language: 'en',
        createdAt: expect.stringMatching(/^2026-03-16T10:00:\d\d(\.\d{3})?-05:00$/),
        updatedAt: expect.stringMatching(/-05:00$/),
      },
      csrfToken: client.csrfToken,
    });
  });

  it('answers 401 UNAUTHENTICATED to anonymous requests and unknown cookies', async () => {
    const h = harness();
    for (const headers of [{}, { cookie: 'mesa_session=forged' }]) {
      const response = await h.app.inject({ method: 'GET', url: '/api/v1/me', headers });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({
        code: 'UNAUTHENTICATED',
        detail: 'Debe iniciar sesión (o su sesión expiró).',
      });
    }
  });
});
