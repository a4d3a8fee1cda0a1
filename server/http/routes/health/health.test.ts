import { describe, expect, it } from 'vitest';
import {
  createHarness,
  describeEachDatabase,
  useHarness,
} from '../../../../test/support/harness.js';

describeEachDatabase('/healthz and /readyz', (database) => {
  const harness = useHarness(database);

  it('answer at the root, without signing in', async () => {
    const h = harness();
    const health = await h.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    const ready = await h.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ok', database: 'ok' });
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/healthz' })).statusCode).toBe(404);
  });
});

describe('/readyz without a database', () => {
  it('answers 503 while /healthz still answers 200', async () => {
    const h = await createHarness();
    try {
      await h.db.close();
      expect((await h.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
      const ready = await h.app.inject({ method: 'GET', url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toEqual({ status: 'unavailable', database: 'unavailable' });
    } finally {
      await h.close();
    }
  });
});
