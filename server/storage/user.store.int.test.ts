import { expect, it } from 'vitest';
import { describeEachDatabase, useHarness } from '../../test/support/harness.js';
import type { User } from '../app/identity/user.js';
import { newId } from '../app/ids.js';
import { isUniqueViolation } from './unique-violation.js';
import { UserStore } from './user.store.js';

const store = new UserStore();

describeEachDatabase('UserStore', (database) => {
  const harness = useHarness(database);

  function user(email: string, overrides: Partial<User> = {}): User {
    const at = harness().clock.now();
    return {
      id: newId(at),
      email,
      name: email,
      role: 'agent',
      organizationId: null,
      active: true,
      language: 'es',
      createdAt: at,
      updatedAt: at,
      ...overrides,
    };
  }

  it('keeps users and their password hash apart from the user view', async () => {
    const h = harness();
    const ana = user('ana@store.test', { language: 'en' });
    await store.insert(h.db.kysely, ana, 'scrypt$hash');
    expect(await store.find(h.db.kysely, ana.id)).toEqual(ana);
    expect(await store.findCredentials(h.db.kysely, 'ana@store.test')).toEqual({
      user: ana,
      passwordHash: 'scrypt$hash',
    });
    expect(await store.findCredentials(h.db.kysely, 'nadie@store.test')).toBeNull();
  });

  it('refuses a second user with the same e-mail', async () => {
    const h = harness();
    await store.insert(h.db.kysely, user('dup@store.test'), null);
    const error = await store
      .insert(h.db.kysely, user('dup@store.test'), null)
      .catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
  });

  it('lists by e-mail after a key, filtered by role', async () => {
    const h = harness();
    for (const name of ['b', 'a', 'c']) {
      await store.insert(h.db.kysely, user(`${name}@list.test`, { role: 'supervisor' }), null);
    }
    const page = await store.list(h.db.kysely, {
      role: 'supervisor',
      afterEmail: 'a@list.test',
      limit: 5,
    });
    expect(page.map((u) => u.email)).toEqual(['b@list.test', 'c@list.test']);
  });

  it('updates only the fields given, and knows whether an active admin exists', async () => {
    const h = harness();
    expect(await store.hasActiveAdmin(h.db.kysely)).toBe(false);
    const boss = user('boss@store.test', { role: 'admin' });
    await store.insert(h.db.kysely, boss, null);
    expect(await store.hasActiveAdmin(h.db.kysely)).toBe(true);
    await store.update(h.db.kysely, boss.id, { active: false, name: 'Jefa' }, boss.createdAt + 1);
    expect(await store.find(h.db.kysely, boss.id)).toEqual({
      ...boss,
      active: false,
      name: 'Jefa',
      updatedAt: boss.createdAt + 1,
    });
    expect(await store.hasActiveAdmin(h.db.kysely)).toBe(false);
  });
});
