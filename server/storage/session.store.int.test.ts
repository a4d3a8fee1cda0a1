import { expect, it } from 'vitest';
import { createUser, describeEachDatabase, useHarness } from '../../test/support/harness.js';
import { newId } from '../app/ids.js';
import { ApiTokenStore } from './api-token.store.js';
import { SessionStore } from './session.store.js';

const sessions = new SessionStore();
const tokens = new ApiTokenStore();

describeEachDatabase('SessionStore and ApiTokenStore', (database) => {
  const harness = useHarness(database);

  it('finds a session with its user by token hash, and deletes it', async () => {
    const h = harness();
    const user = await createUser(h, { role: 'agent' });
    const now = h.clock.now();
    const session = {
      tokenHash: 'h1',
      userId: user.id,
      csrfToken: 'c1',
      createdAt: now,
      expiresAt: now + 1000,
    };
    await sessions.insert(h.db.kysely, session);
    expect(await sessions.findWithUser(h.db.kysely, 'h1')).toEqual({ session, user });
    await sessions.delete(h.db.kysely, 'h1');
    expect(await sessions.findWithUser(h.db.kysely, 'h1')).toBeNull();
  });

  it('deletes only the expired sessions of a user, or all of them', async () => {
    const h = harness();
    const user = await createUser(h, { role: 'agent' });
    const now = h.clock.now();
    for (const [hash, expiresAt] of [
      ['old', now - 1],
      ['new', now + 1000],
    ] as const) {
      await sessions.insert(h.db.kysely, {
        tokenHash: hash,
        userId: user.id,
        csrfToken: 'c',
        createdAt: now - 5000,
        expiresAt,
      });
    }
    await sessions.deleteExpiredForUser(h.db.kysely, user.id, now);
    expect(await sessions.findWithUser(h.db.kysely, 'old')).toBeNull();
    expect(await sessions.findWithUser(h.db.kysely, 'new')).not.toBeNull();
    await sessions.deleteForUser(h.db.kysely, user.id);
    expect(await sessions.findWithUser(h.db.kysely, 'new')).toBeNull();
  });

  it('finds unrevoked tokens only, and revokes only the owner’s', async () => {
    const h = harness();
    const owner = await createUser(h, { role: 'agent' });
    const other = await createUser(h, { role: 'agent' });
    const now = h.clock.now();
    const token = {
      id: newId(now),
      userId: owner.id,
      name: 'ci',
      createdAt: now,
      lastUsedAt: null,
      revokedAt: null,
    };
    await tokens.insert(h.db.kysely, token, 'th1');
    expect(await tokens.findActiveWithUser(h.db.kysely, 'th1')).toEqual({ token, user: owner });
    await tokens.markUsed(h.db.kysely, token.id, now + 5);
    expect(await tokens.revoke(h.db.kysely, token.id, other.id, now)).toBe(false);
    expect(await tokens.revoke(h.db.kysely, token.id, owner.id, now + 10)).toBe(true);
    expect(await tokens.revoke(h.db.kysely, token.id, owner.id, now + 20)).toBe(false);
    expect(await tokens.findActiveWithUser(h.db.kysely, 'th1')).toBeNull();
    expect(await tokens.listForUser(h.db.kysely, owner.id)).toEqual([
      { ...token, lastUsedAt: now + 5, revokedAt: now + 10 },
    ]);
  });
});
