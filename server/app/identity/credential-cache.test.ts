import { describe, expect, it } from 'vitest';
import type { ContentVersion } from '../../storage/content-version.js';
import { CredentialCache } from './credential-cache.js';

/** A probe whose answer the test moves, as writes would. */
function fakeDatabase() {
  let version: ContentVersion = { changes: 0, dataVersion: 1 };
  return {
    probe: async () => version,
    writeHere: () => {
      version = { ...version, changes: version.changes + 1 };
    },
    writeElsewhere: () => {
      version = { ...version, dataVersion: version.dataVersion + 1 };
    },
  };
}

describe('CredentialCache', () => {
  it('answers what was remembered while the database is unchanged', async () => {
    const db = fakeDatabase();
    const cache = new CredentialCache<string>(db.probe);
    const first = await cache.look('h');
    expect(first.remembered).toBeUndefined();
    cache.remember('h', 'ana', first.generation);
    expect((await cache.look('h')).remembered).toBe('ana');
    expect((await cache.look('other')).remembered).toBeUndefined();
  });

  it('forgets everything after a write of this connection or of another', async () => {
    const db = fakeDatabase();
    const cache = new CredentialCache<string>(db.probe);
    for (const write of [db.writeHere, db.writeElsewhere]) {
      cache.remember('h', 'ana', (await cache.look('h')).generation);
      expect((await cache.look('h')).remembered).toBe('ana');
      write();
      expect((await cache.look('h')).remembered).toBeUndefined();
    }
  });

  it('does not keep an answer read across a change another lookup already saw', async () => {
    const db = fakeDatabase();
    const cache = new CredentialCache<string>(db.probe);
    const slow = await cache.look('h');
    db.writeHere();
    await cache.look('other');
    cache.remember('h', 'stale', slow.generation);
    expect((await cache.look('h')).remembered).toBeUndefined();
  });

  it('forgets one credential on request', async () => {
    const db = fakeDatabase();
    const cache = new CredentialCache<string>(db.probe);
    const { generation } = await cache.look('h');
    cache.remember('h', 'ana', generation);
    cache.remember('k', 'luis', generation);
    cache.forget('h');
    expect((await cache.look('h')).remembered).toBeUndefined();
    expect((await cache.look('k')).remembered).toBe('luis');
  });

  it('remembers nothing without a probe (PostgreSQL)', async () => {
    const cache = new CredentialCache<string>(null);
    cache.remember('h', 'ana', (await cache.look('h')).generation);
    expect((await cache.look('h')).remembered).toBeUndefined();
  });
});
