import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import {
  createHarness,
  describeEachDatabase,
  signIn,
  useHarness,
} from '../../test/support/harness.js';

describeEachDatabase('problem+json answers', (database) => {
  const harness = useHarness(database);

  function expectProblem(response: { headers: Record<string, unknown>; json(): unknown }) {
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    const body = response.json() as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(
      [
        'code',
        'detail',
        'instance',
        'status',
        'title',
        'type',
        ...('errors' in body ? ['errors'] : []),
      ].sort(),
    );
    expect(body.type).toBe(`urn:mesa:problem:${body.code}`);
    return body;
  }

  it('has the RFC 9457 shape with a stable code, in Spanish by default', async () => {
    const h = harness();
    const response = await h.app.inject({ method: 'GET', url: '/api/v1/organizations?limit=5' });
    expect(response.statusCode).toBe(401);
    expect(expectProblem(response)).toEqual({
      type: 'urn:mesa:problem:UNAUTHENTICATED',
      title: 'Unauthorized',
      status: 401,
      detail: 'Debe iniciar sesión (o su sesión expiró).',
      code: 'UNAUTHENTICATED',
      instance: '/api/v1/organizations',
    });
  });

  it('speaks English when Accept-Language prefers it, or the user’s language is en', async () => {
    const h = harness();
    const anonymous = await h.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { 'accept-language': 'en-US,en;q=0.9,es;q=0.5' },
    });
    expect(anonymous.json().detail).toBe('You must sign in (or your session expired).');
    const english = await signIn(h, { role: 'agent', language: 'en' });
    const forbidden = await h.app.inject({
      method: 'POST',
      url: '/api/v1/organizations',
      headers: english.headers,
      payload: { name: 'X' },
    });
    expect(forbidden.json()).toMatchObject({
      code: 'FORBIDDEN',
      detail: 'Your role does not allow this action.',
    });
  });

  it('refuses unknown fields and wrong types with 400 VALIDATION_FAILED naming each field', async () => {
    const h = harness();
    const admin = await signIn(h, { role: 'admin' });
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: { email: 42, name: 'N', password: 'x', role: 'agent', admin: true },
    });
    expect(response.statusCode).toBe(400);
    const body = expectProblem(response);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.errors).toEqual(
      expect.arrayContaining([
        {
          in: 'body',
          field: 'admin',
          keyword: 'additionalProperties',
          message: 'campo desconocido',
        },
        { in: 'body', field: 'email', keyword: 'type', message: 'debe ser de tipo string' },
      ]),
    );
    expect(body.detail).toContain('admin: campo desconocido');
    // Bodies are never coerced: "true" is not a boolean.
    const coerced = await h.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${admin.user.id}`,
      headers: admin.headers,
      payload: { active: 'true' },
    });
    expect(coerced.json().errors).toEqual([
      expect.objectContaining({ field: 'active', keyword: 'type' }),
    ]);
  });

  it('converts query strings but still validates them', async () => {
    const h = harness();
    const agent = await signIn(h, { role: 'agent' });
    const ok = await h.app.inject({
      method: 'GET',
      url: '/api/v1/users?limit=1',
      headers: agent.headers,
    });
    expect(ok.statusCode).toBe(200);
    const bad = await h.app.inject({
      method: 'GET',
      url: '/api/v1/users?limit=abc&x=1',
      headers: agent.headers,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ in: 'querystring', field: 'limit' }),
        expect.objectContaining({ in: 'querystring', field: 'x', keyword: 'additionalProperties' }),
      ]),
    );
  });

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const h = harness();
    for (const payload of ['{"email": "a@b.co",', '', '{"__proto__": {"x": 1}}']) {
      const response = await h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expect(response.statusCode, payload).toBe(400);
      expect(expectProblem(response).code).toBe('MALFORMED_JSON');
    }
  });

  it('answers a body over 1 MiB with 413 BODY_TOO_LARGE', async () => {
    const h = harness();
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@b.co', password: 'x'.repeat(1024 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expect(expectProblem(response)).toMatchObject({
      code: 'BODY_TOO_LARGE',
      detail: 'La solicitud supera el tamaño máximo de 1 MiB.',
    });
  });

  it('answers other content types with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const h = harness();
    for (const type of ['text/plain', 'application/xml']) {
      const response = await h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': type },
        payload: 'email=a',
      });
      expect(response.statusCode).toBe(415);
      expect(expectProblem(response).code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
  });

  it('answers unknown routes with 404 ROUTE_NOT_FOUND', async () => {
    const h = harness();
    const response = await h.app.inject({ method: 'DELETE', url: '/api/v1/organizations?x=1' });
    expect(response.statusCode).toBe(404);
    expect(expectProblem(response)).toMatchObject({
      code: 'ROUTE_NOT_FOUND',
      detail: 'No existe la ruta DELETE /api/v1/organizations.',
      instance: '/api/v1/organizations',
    });
  });

  it('answers a bug with 500 INTERNAL_ERROR, logged, without its message or stack', async () => {
    const h = harness();
    const failing = vi
      .spyOn(h.services.directory, 'list')
      .mockRejectedValueOnce(new Error('secret: connection string postgres://u:p@db'));
    const response = await h.app.inject({ method: 'GET', url: '/api/v1/directory' });
    failing.mockRestore();
    expect(response.statusCode).toBe(500);
    expect(expectProblem(response)).toMatchObject({
      code: 'INTERNAL_ERROR',
      detail: 'Error inesperado del servidor; quedó registrado para su revisión.',
    });
    expect(response.body).not.toContain('secret');
    expect(response.body).not.toContain('at ');
  });
});

describe('logging of unexpected errors', () => {
  it('logs the error with its stack for the operator', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const h = await createHarness({ app: { logger: { level: 'error', stream } } });
    try {
      vi.spyOn(h.services.directory, 'list').mockRejectedValueOnce(new Error('kaboom'));
      const response = await h.app.inject({ method: 'GET', url: '/api/v1/directory' });
      expect(response.statusCode).toBe(500);
      const logged = lines.map(
        (line) => JSON.parse(line) as { msg: string; err?: { stack?: string } },
      );
      expect(logged).toEqual([
        expect.objectContaining({
          msg: 'unexpected error',
          err: expect.objectContaining({ message: 'kaboom' }),
        }),
      ]);
      expect(logged[0]?.err?.stack).toContain('kaboom');
    } finally {
      await h.close();
    }
  });
});
