import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/support/harness.js';
import { WEB_CSP } from './web-static.js';

describe('the web app served at /', () => {
  const root = mkdtempSync(join(tmpdir(), 'mesa-web-'));
  const script = 'console.log("mesa");'.repeat(50);
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>mesa</title>');
  writeFileSync(join(root, 'assets/index-abc123.js'), script);
  writeFileSync(join(root, 'assets/index-abc123.js.br'), brotliCompressSync(script));
  writeFileSync(join(root, 'assets/index-abc123.js.gz'), gzipSync(script));
  let harness: Harness | undefined;
  const app = async () => {
    harness ??= await createHarness({ app: { webRoot: root } });
    return harness.app;
  };
  afterAll(async () => {
    await harness?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers / and any page path with index.html, never cached, under a strict CSP', async () => {
    for (const url of ['/', '/portal/tickets/0190f3a0-0000-7000-8000-000000000001', '/login']) {
      const response = await (await app()).inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.body).toContain('<title>mesa</title>');
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-security-policy']).toBe(WEB_CSP);
    }
  });

  it('serves hashed assets precompressed and cached for a year', async () => {
    const server = await app();
    const brotli = await server.inject({
      method: 'GET',
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(brotli.statusCode).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const gzip = await server.inject({
      method: 'GET',
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await server.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(plain.body).toBe(script);
  });

  it('keeps real 404s for missing assets, unknown API routes and other methods', async () => {
    const server = await app();
    for (const url of ['/assets/gone-123.js', '/api/v1/nothing-here', '/api', '/healthzz/x']) {
      const response = await server.inject({ method: 'GET', url });
      if (url === '/healthzz/x') {
        expect(response.statusCode).toBe(200);
        continue;
      }
      expect(response.statusCode, url).toBe(404);
      expect(response.json().code).toBe('ROUTE_NOT_FOUND');
    }
    const post = await server.inject({ method: 'POST', url: '/portal' });
    expect(post.statusCode).toBe(404);
    expect((await server.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect((await server.inject({ method: 'GET', url: '/api/v1/directory' })).statusCode).toBe(200);
  });
});
