import { describe, expect, it } from 'vitest';
import {
  bearerHeaders,
  createHarness,
  createOrganization,
  createUser,
  describeEachDatabase,
  login,
  signIn,
  TEST_PASSWORD,
  useHarness,
} from '../../../../test/support/harness.js';
import { OPERATOR } from '../../../app/identity/operator.js';
import { SESSION_LIFETIME_MS } from '../../../app/identity/session.service.js';

describeEachDatabase('POST /api/v1/auth/login and /logout', (database) => {
  const harness = useHarness(database);

  async function attempt(email: string, password: string, headers: Record<string, string> = {}) {
    return harness().app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers,
      payload: { email, password },
    });
  }

  it('signs in: the user, a CSRF token and an HttpOnly, SameSite=Lax session cookie', async () => {
    const h = harness();
    const user = await createUser(h, { role: 'agent', email: 'Luisa@Example.com' });
    const response = await attempt('  LUISA@example.COM ', TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user).toMatchObject({ id: user.id, email: 'luisa@example.com', role: 'agent' });
    expect(body.user).not.toHaveProperty('passwordHash');
    expect(body.csrfToken).toMatch(/^[\w-]{43}$/);
    const cookie = response.cookies.find((c) => c.name === 'mesa_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 43_200 });
    expect(cookie?.secure).toBeUndefined();
  });

  it('answers the same 401 for a wrong password, an unknown e-mail and an inactive user', async () => {
    const h = harness();
    const user = await createUser(h, { role: 'agent' });
    const inactive = await createUser(h, { role: 'agent' });
    await h.services.users.update(OPERATOR, inactive.id, { active: false });
    for (const response of [
      await attempt(user.email, 'no es la clave'),
      await attempt('nadie@example.com', TEST_PASSWORD),
      await attempt(inactive.email, TEST_PASSWORD),
    ]) {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({
        code: 'INVALID_CREDENTIALS',
        detail: 'Correo o contraseña incorrectos.',
      });
      expect(response.cookies).toEqual([]);
    }
  });

  it('rate-limits failed sign-ins per address and e-mail: 429 RATE_LIMITED', async () => {
    const h = harness();
    const user = await createUser(h, {
      role: 'customer',
      organizationId: (await createOrganization(h)).id,
    });
    for (let i = 0; i < 10; i++) {
      expect((await attempt(user.email, `mala-${i}`)).statusCode).toBe(401);
    }
    const limited = await attempt(user.email, TEST_PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another e-mail from the same address is not affected.
    const other = await createUser(h, { role: 'agent' });
    expect((await attempt(other.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses unknown fields and missing ones', async () => {
    const response = await harness().app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'a@example.com', password: 'x', remember: true },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      expect.objectContaining({ in: 'body', field: 'remember', keyword: 'additionalProperties' }),
    ]);
    const missing = await harness().app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'a@example.com' },
    });
    expect(missing.json().errors).toEqual([
      expect.objectContaining({ field: 'password', keyword: 'required' }),
    ]);
  });

  it('logs out: the session ends and the cookie is cleared', async () => {
    const h = harness();
    const client = await signIn(h, { role: 'supervisor' });
    const out = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: client.headers,
    });
    expect(out.statusCode).toBe(204);
    const cleared = out.cookies.find((c) => c.name === 'mesa_session');
    expect(cleared?.value).toBe('');
    const me = await h.app.inject({ method: 'GET', url: '/api/v1/me', headers: client.headers });
    expect(me.statusCode).toBe(401);
    expect(me.json().code).toBe('UNAUTHENTICATED');
  });

  it('needs the CSRF token to log out (a cross-site page cannot sign the user out)', async () => {
    const h = harness();
    const client = await signIn(h, { role: 'agent' });
    const out = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: client.cookieOnly,
    });
    expect(out.statusCode).toBe(403);
    expect(out.json().code).toBe('CSRF_TOKEN_INVALID');
    const me = await h.app.inject({ method: 'GET', url: '/api/v1/me', headers: client.headers });
    expect(me.statusCode).toBe(200);
  });
});

describeEachDatabase('sessions, CSRF and API tokens', (database) => {
  const harness = useHarness(database);

  it('answers 401 once the session is 12 hours old', async () => {
    const h = harness();
    const client = await signIn(h, { role: 'agent' });
    const me = () => h.app.inject({ method: 'GET', url: '/api/v1/me', headers: client.headers });
    h.clock.set(h.clock.now() + SESSION_LIFETIME_MS - 60_000);
    expect((await me()).statusCode).toBe(200);
    h.clock.set(h.clock.now() + 61_000);
    const expired = await me();
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    expect(expired.headers['www-authenticate']).toBe('Bearer realm="mesa"');
  });

  it('refuses a cookie-authenticated write without, or with a wrong, x-csrf-token', async () => {
    const h = harness();
    const admin = await signIn(h, { role: 'admin' });
    const post = (headers: Record<string, string>) =>
      h.app.inject({
        method: 'POST',
        url: '/api/v1/organizations',
        headers,
        payload: { name: 'CSRF S.A.' },
      });
    const missing = await post(admin.cookieOnly);
    expect(missing.statusCode).toBe(403);
    expect(missing.json()).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
    const wrong = await post({ ...admin.cookieOnly, 'x-csrf-token': 'x'.repeat(43) });
    expect(wrong.statusCode).toBe(403);
    // Another session's token does not fit either.
    const other = await signIn(h, { role: 'admin' });
    expect((await post({ ...admin.cookieOnly, 'x-csrf-token': other.csrfToken })).statusCode).toBe(
      403,
    );
    expect((await post(admin.headers)).statusCode).toBe(201);
  });

  it('does not need a CSRF token for reads', async () => {
    const h = harness();
    const agent = await signIn(h, { role: 'agent' });
    const response = await h.app.inject({
      method: 'GET',
      url: '/api/v1/organizations',
      headers: agent.cookieOnly,
    });
    expect(response.statusCode).toBe(200);
  });

  it('accepts a bearer token without CSRF, and ignores the cookie when one is sent', async () => {
    const h = harness();
    const admin = await createUser(h, { role: 'admin' });
    const bearer = await bearerHeaders(h, admin);
    const created = await h.app.inject({
      method: 'POST',
      url: '/api/v1/organizations',
      headers: bearer,
      payload: { name: 'Integración S.A.' },
    });
    expect(created.statusCode).toBe(201);
    // A bad bearer token with a good cookie is still anonymous: the header decides alone.
    const browser = await login(h, admin);
    const mixed = await h.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { ...browser.headers, authorization: 'Bearer mesa_nope' },
    });
    expect(mixed.statusCode).toBe(401);
  });

  it('stops a deactivated user’s sessions and tokens at once', async () => {
    const h = harness();
    const admin = await signIn(h, { role: 'admin' });
    const agent = await createUser(h, { role: 'agent' });
    const agentBrowser = await login(h, agent);
    const agentBearer = await bearerHeaders(h, agent);
    const patch = await h.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${agent.id}`,
      headers: admin.headers,
      payload: { active: false },
    });
    expect(patch.statusCode).toBe(200);
    for (const headers of [agentBrowser.headers, agentBearer]) {
      const me = await h.app.inject({ method: 'GET', url: '/api/v1/me', headers });
      expect(me.statusCode).toBe(401);
    }
    // Reactivating does not bring the old credentials back.
    await h.services.users.update(OPERATOR, agent.id, { active: true });
    const me = await h.app.inject({ method: 'GET', url: '/api/v1/me', headers: agentBearer });
    expect(me.statusCode).toBe(401);
  });
});

describe('the session cookie behind TLS', () => {
  it('is Secure when the app is told so, or when a trusted proxy says https', async () => {
    for (const app of [{ secureCookies: true }, { trustProxy: true }] as const) {
      const h = await createHarness({ app });
      try {
        const user = await createUser(h, { role: 'agent' });
        const response = await h.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          headers: { 'x-forwarded-proto': 'https' },
          payload: { email: user.email, password: TEST_PASSWORD },
        });
        expect(response.cookies.find((c) => c.name === 'mesa_session')?.secure).toBe(true);
      } finally {
        await h.close();
      }
    }
  });
});
