import { describe, expect, it } from 'vitest';
import { HARNESS_START, useHarness } from '../../../../test/support/harness.js';
import { parseInstant } from '../../../domain/time/instant.js';

describe('/api/v1/test-clock when the app has a test clock', () => {
  const harness = useHarness('sqlite');

  it('moves virtual time forward without signing in, and time runs on from there', async () => {
    const h = harness();
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/v1/test-clock',
      payload: { now: '2026-03-20T17:59:00-05:00' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().now).toMatch(/^2026-03-20T17:59:00(\.\d{3})?-05:00$/);
    expect(h.clock.now()).toBeGreaterThanOrEqual(parseInstant('2026-03-20T17:59:00-05:00'));
    const read = await h.app.inject({ method: 'GET', url: '/api/v1/test-clock' });
    expect(read.json().now).toMatch(/^2026-03-20T17:59:0\d/);
  });

  it.each([
    [HARNESS_START, 'TEST_CLOCK_BACKWARDS', 'El reloj de pruebas solo avanza.'],
    ['2026-03-21T09:00:00', 'INSTANT_WITHOUT_OFFSET', undefined],
    ['mañana', 'INVALID_INSTANT', undefined],
  ])('refuses %s with %s', async (now, code, detail) => {
    const response = await harness().app.inject({
      method: 'POST',
      url: '/api/v1/test-clock',
      payload: { now },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe(code);
    if (detail !== undefined) expect(response.json().detail).toBe(detail);
  });
});

describe('/api/v1/test-clock without a test clock', () => {
  const harness = useHarness('sqlite', { testClockRoute: false });

  it('does not exist', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const response = await harness().app.inject({
        method,
        url: '/api/v1/test-clock',
        ...(method === 'POST' && { payload: { now: '2030-01-01T00:00:00Z' } }),
      });
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('ROUTE_NOT_FOUND');
    }
    const document = (
      await harness().app.inject({ method: 'GET', url: '/api/v1/openapi.json' })
    ).json();
    expect(Object.keys(document.paths)).not.toContain('/api/v1/test-clock');
  });
});
