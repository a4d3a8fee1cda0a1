/**
 * PasswordResetService against a real database (both dialects): a link is single use even
 * when two completions race, it works until the last millisecond of its hour on the test clock
 * and not at it, and a new link does not end the ones sent before (a completion does).
 */

import { expect, it } from 'vitest';
import { rejectionCodeOf } from '../../../test/support/error-code.js';
import {
  createUser,
  describeEachDatabase,
  type Harness,
  useHarness,
} from '../../../test/support/harness.js';
import { RESET_LINK_LIFETIME_MS } from './password-reset.service.js';
import type { User } from './user.js';

const PASSWORD = 'una-clave-bastante-larga';

describeEachDatabase('PasswordResetService', (database) => {
  const harness = useHarness(database);

  /** Asks for a link for `user` and returns its token, read from the queued e-mail. */
  async function linkFor(h: Harness, user: User): Promise<string> {
    await h.services.passwordResets.request({ email: user.email, source: `test-${user.id}` });
    await h.services.passwordResets.settled();
    const row = await h.db.kysely
      .selectFrom('outbox')
      .select('payload')
      .where('recipient_user_id', '=', user.id)
      .where('kind', '=', 'password_reset')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const link = (JSON.parse(row.payload) as { resetLink: string }).resetLink;
    return decodeURIComponent(link.slice(link.lastIndexOf('/') + 1));
  }

  it('lets exactly one of two racing completions use a link', async () => {
    const h = harness();
    const user = await createUser(h, { role: 'agent' });
    const token = await linkFor(h, user);
    const results = await Promise.allSettled([
      h.services.passwordResets.complete({ token, password: PASSWORD }),
      h.services.passwordResets.complete({ token, password: `${PASSWORD}-2` }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected');
    expect((refused as PromiseRejectedResult).reason.code).toBe('RESET_TOKEN_INVALID');
  });

  it('works until the last millisecond of the hour, not at the hour', async () => {
    const h = harness();
    h.clock.freeze();
    const start = h.clock.now();
    const alice = await createUser(h, { role: 'agent' });
    const bob = await createUser(h, { role: 'agent' });
    const late = await linkFor(h, alice);
    const inTime = await linkFor(h, bob);
    h.clock.set(start + RESET_LINK_LIFETIME_MS - 1);
    await h.services.passwordResets.complete({ token: inTime, password: PASSWORD });
    h.clock.set(start + RESET_LINK_LIFETIME_MS);
    expect(
      await rejectionCodeOf(
        h.services.passwordResets.complete({ token: late, password: PASSWORD }),
      ),
    ).toBe('RESET_TOKEN_INVALID');
  });

  it('keeps earlier links working until one of them is used', async () => {
    const h = harness();
    const user = await createUser(h, { role: 'agent' });
    const first = await linkFor(h, user);
    const second = await linkFor(h, user);
    expect(first).not.toBe(second);
    await h.services.passwordResets.complete({ token: first, password: PASSWORD });
    expect(
      await rejectionCodeOf(
        h.services.passwordResets.complete({ token: second, password: PASSWORD }),
      ),
    ).toBe('RESET_TOKEN_INVALID');
  });
});
