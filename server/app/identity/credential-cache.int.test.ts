/**
 * Sessions and API tokens are remembered between requests (credential-cache.ts), so every way
 * their rows or their user's can change must show on the very next request: through the use
 * cases and by a statement no use case made (an operator's SQL, a test) at once; from another
 * connection to the same database (another process) at once on PostgreSQL, which remembers
 * nothing, and within DATA_VERSION_EVERY_MS on SQLite. Each client below makes a request
 * first, so its credential is remembered when the change happens.
 */

import { expect, it } from 'vitest';
import {
  bearerHeaders,
  createOrganization,
  createUser,
  describeEachDatabase,
  type Harness,
  openOtherConnection,
  signIn,
  useHarness,
} from '../../../test/support/harness.js';
import { DATA_VERSION_EVERY_MS } from '../../storage/content-version.js';
import { OPERATOR } from './operator.js';
import { actorOf } from './user.js';

describeEachDatabase('remembered credentials follow the database at once', (database) => {
  const harness = useHarness(database);

  const get = (h: Harness, url: string, headers: Record<string, string>) =>
    h.app.inject({ method: 'GET', url, headers });

  /** Asks twice, so the second answer comes from what was remembered, if anything was. */
  async function expectRemembered(h: Harness, headers: Record<string, string>) {
    expect((await get(h, '/api/v1/me', headers)).statusCode).toBe(200);
    expect((await get(h, '/api/v1/me', headers)).statusCode).toBe(200);
  }

  it('a token revoked or a user deactivated through the use cases', async () => {
    const h = harness();
    const user = await createUser(h, { role: 'agent' });
    const token = await bearerHeaders(h, user);
    const client = await signIn(h, { role: 'agent' });
    await expectRemembered(h, token);
    await expectRemembered(h, client.headers);
    const [listed] = await h.services.apiTokens.list(actorOf(user));
    await h.services.apiTokens.revoke(actorOf(user), listed?.id ?? '');
    expect((await get(h, '/api/v1/me', token)).statusCode).toBe(401);
    await h.services.users.update(OPERATOR, client.user.id, { active: false });
    expect((await get(h, '/api/v1/me', client.headers)).statusCode).toBe(401);
  });

  it('a session deleted and a token revoked by SQL no use case made', async () => {
    const h = harness();
    const client = await signIn(h, {
      role: 'customer',
      organizationId: (await createOrganization(h)).id,
    });
    const token = await bearerHeaders(h, client.user);
    await expectRemembered(h, client.headers);
    await expectRemembered(h, token);
    await h.db.kysely.deleteFrom('sessions').where('user_id', '=', client.user.id).execute();
    expect((await get(h, '/api/v1/me', client.headers)).statusCode).toBe(401);
    await h.db.kysely
      .updateTable('api_tokens')
      .set({ revoked_at: h.clock.now() })
      .where('user_id', '=', client.user.id)
      .execute();
    expect((await get(h, '/api/v1/me', token)).statusCode).toBe(401);
  });

  it('a role changed and a session deleted from another connection', async () => {
    const h = harness();
    const organization = await createOrganization(h);
    const agent = await createUser(h, { role: 'agent' });
    const token = await bearerHeaders(h, agent);
    const client = await signIn(h, { role: 'supervisor' });
    expect((await get(h, '/api/v1/users', token)).statusCode).toBe(200);
    await expectRemembered(h, client.headers);
    const other = openOtherConnection(h);
    try {
      await other.kysely
        .updateTable('users')
        .set({ role: 'customer', organization_id: organization.id })
        .where('id', '=', agent.id)
        .execute();
      await other.kysely.deleteFrom('sessions').where('user_id', '=', client.user.id).execute();
    } finally {
      await other.close();
    }
    await new Promise((resolve) => setTimeout(resolve, DATA_VERSION_EVERY_MS + 20));
    const asCustomer = await get(h, '/api/v1/users', token);
    expect(asCustomer.statusCode).toBe(403);
    expect((await get(h, '/api/v1/me', client.headers)).statusCode).toBe(401);
  });
});
