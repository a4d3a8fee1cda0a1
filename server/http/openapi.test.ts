import { describe, expect, it } from 'vitest';
import { useHarness } from '../../test/support/harness.js';

describe('the OpenAPI document and docs', () => {
  const harness = useHarness('sqlite');

  it('serves an OpenAPI 3.1 document listing every path', async () => {
    const response = await harness().app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(document.info).toMatchObject({ title: 'mesa API', version: 'v1' });
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/healthz',
        '/readyz',
        '/api/v1/auth/login',
        '/api/v1/auth/logout',
        '/api/v1/me',
        '/api/v1/tokens',
        '/api/v1/tokens/{id}',
        '/api/v1/organizations',
        '/api/v1/organizations/{id}',
        '/api/v1/organizations/{id}/contracts',
        '/api/v1/users',
        '/api/v1/users/{id}',
        '/api/v1/calendar/holidays',
        '/api/v1/directory',
        '/api/v1/test-clock',
      ]),
    );
    expect(Object.keys(document.paths)).not.toContain('/api/v1/openapi.json');
    expect(document.components.securitySchemes).toMatchObject({
      session: { type: 'apiKey', in: 'cookie', name: 'mesa_session' },
      bearer: { type: 'http', scheme: 'bearer' },
    });
  });

  it('documents request schemas, success responses and problems', async () => {
    const document = (
      await harness().app.inject({ method: 'GET', url: '/api/v1/openapi.json' })
    ).json();
    const createUser = document.paths['/api/v1/users'].post;
    const body = createUser.requestBody.content['application/json'].schema;
    expect(body.additionalProperties).toBe(false);
    expect(body.required).toEqual(expect.arrayContaining(['email', 'name', 'password', 'role']));
    expect(
      createUser.responses['201'].content['application/json'].schema.properties,
    ).toHaveProperty('id');
    expect(createUser.responses['409'].content['application/problem+json'].schema.required).toEqual(
      expect.arrayContaining(['type', 'title', 'status', 'detail', 'code', 'instance']),
    );
    expect(document.paths['/api/v1/auth/login'].post.security).toEqual([]);
  });

  it('serves readable docs at /api/docs', async () => {
    const response = await harness().app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('swagger');
  });
});
