/**
 * /api/v1/auth/password-reset through inject(), on both databases: the same answer for any
 * address, the e-mail through the outbox (and a real SMTP server) in the user's language, a
 * link that works once, expires under the test clock, ends the user's sessions and other links.
 */

import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createUser,
  describeEachDatabase,
  login,
  TEST_PASSWORD,
  useHarness,
} from '../../../../test/support/harness.js';
import { type SmtpSink, startSmtpSink } from '../../../../test/support/smtp-sink.js';
import { OPERATOR } from '../../../app/identity/operator.js';
import {
  RESET_LINK_LIFETIME_MS,
  RESET_LINKS_PER_ACCOUNT,
} from '../../../app/identity/password-reset.service.js';
import { sha256Hex } from '../../../app/identity/secrets.js';
import type { User } from '../../../app/identity/user.js';
import { SmtpTransport } from '../../../mail/outbound/smtp-transport.js';

const NEW_PASSWORD = 'una-clave-nueva-y-larga';
let sourceCounter = 0;

describeEachDatabase('/api/v1/auth/password-reset', (database) => {
  let sink: SmtpSink;
  let transport: SmtpTransport | undefined;
  beforeAll(async () => {
    sink = await startSmtpSink();
    transport = new SmtpTransport({ url: sink.url, connections: 1 });
  });
  afterAll(async () => {
    await transport?.close();
    await sink.close();
  });
  const harness = useHarness(database, {
    mailTransport: {
      kind: 'smtp',
      send: (mail) => {
        if (transport === undefined) throw new Error('no transport yet');
        return transport.send(mail);
      },
      close: async () => {},
    },
  });

  // Each test asks from its own address, so the per-source throttle counts only its requests.
  const newSource = () => `10.0.0.${++sourceCounter}`;

  /** Asks for a link; resolves once the e-mail (if any) is queued, since that comes after the answer. */
  async function requestReset(email: string, source: string) {
    const answer = await harness().app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/request',
      payload: { email },
      remoteAddress: source,
    });
    await harness().services.passwordResets.settled();
    return answer;
  }

  const complete = (token: string, password: string) =>
    harness().app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/complete',
      payload: { token, password },
    });

  /** The reset e-mails queued for a user, oldest first: their link tokens and languages. */
  async function resetMails(user: User): Promise<{ token: string; language: string }[]> {
    const rows = await harness()
      .db.kysely.selectFrom('outbox')
      .select(['payload', 'language', 'id'])
      .where('recipient_user_id', '=', user.id)
      .where('kind', '=', 'password_reset')
      .orderBy('id')
      .execute();
    return rows.map((row) => {
      const link = (JSON.parse(row.payload) as { resetLink: string }).resetLink;
      const token = decodeURIComponent(link.slice(link.lastIndexOf('/') + 1));
      expect(link).toBe(`http://127.0.0.1:3000/reset-password/${encodeURIComponent(token)}`);
      return { token, language: row.language };
    });
  }

  it('answers the same for an account, an unknown address and an inactive account', async () => {
    const h = harness();
    const user = await createUser(h, { role: 'agent' });
    const inactive = await createUser(h, { role: 'agent' });
    await h.services.users.update(OPERATOR, inactive.id, { active: false });
    const source = newSource();
    const answers = await Promise.all(
      [user.email.toUpperCase(), 'nadie@example.com', inactive.email].map((email) =>
        requestReset(email, source),
      ),
    );
    for (const answer of answers) {
      expect(answer.statusCode).toBe(202);
      expect(answer.json()).toEqual({ accepted: true });
    }
    expect(await resetMails(user)).toHaveLength(1);
    expect(await resetMails(inactive)).toHaveLength(0);
    const total = await h.db.kysely
      .selectFrom('outbox')
      .select(({ fn }) => fn.countAll<number | string>().as('n'))
      .where('kind', '=', 'password_reset')
      .where('recipient_email', '=', 'nadie@example.com')
      .executeTakeFirstOrThrow();
    expect(Number(total.n)).toBe(0);
  });

  it('keeps only the SHA-256 of the link token', async () => {
    const h = harness();
    const user = await createUser(h, { role: 'agent' });
    await requestReset(user.email, newSource());
    const [mail] = await resetMails(user);
    if (mail === undefined) throw new Error('no e-mail');
    expect(mail.token.length).toBeGreaterThanOrEqual(43); // 32 random bytes, base64url
    const stored = await h.db.kysely
      .selectFrom('password_reset_tokens')
      .select('token_hash')
      .where('user_id', '=', user.id)
      .execute();
    expect(stored.map((row) => row.token_hash)).toEqual([sha256Hex(mail.token)]);
  });

  it('sets the password once, ending the sessions and the other links', async () => {
    const h = harness();
    const user = await createUser(h, { role: 'agent', language: 'en' });
    const session = await login(h, user);
    const source = newSource();
    await requestReset(user.email, source);
    await requestReset(user.email, source);
    const [first, second] = await resetMails(user);
    if (first === undefined || second === undefined) throw new Error('two e-mails expected');
    expect(first.language).toBe('en');

    const weak = await complete(second.token, 'corta');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().code).toBe('WEAK_PASSWORD');

    const done = await complete(second.token, NEW_PASSWORD);
    expect(done.statusCode).toBe(204);
    const me = await h.app.inject({ url: '/api/v1/me', headers: session.headers });
    expect(me.statusCode).toBe(401);
    await expect(login(h, user, TEST_PASSWORD)).rejects.toThrow(/401/);
    await login(h, user, NEW_PASSWORD);

    for (const token of [second.token, first.token]) {
      const again = await complete(token, 'otra-clave-muy-larga');
      expect(again.statusCode).toBe(400);
      expect(again.json().code).toBe('RESET_TOKEN_INVALID');
      expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    const unknown = await complete('no-es-un-token', NEW_PASSWORD);
    expect(unknown.json().code).toBe('RESET_TOKEN_INVALID');
  });

  it('expires after an hour of the app clock', async () => {
    const h = harness();
    const user = await createUser(h, { role: 'agent' });
    await requestReset(user.email, newSource());
    const [mail] = await resetMails(user);
    if (mail === undefined) throw new Error('no e-mail');
    h.clock.set(h.clock.now() + RESET_LINK_LIFETIME_MS + 1000);
    const late = await complete(mail.token, NEW_PASSWORD);
    expect(late.statusCode).toBe(400);
    expect(late.json().code).toBe('RESET_TOKEN_INVALID');
    await login(h, user, TEST_PASSWORD);
  });

  it('refuses the link of a user deactivated after asking', async () => {
    const h = harness();
    const user = await createUser(h, { role: 'agent' });
    await requestReset(user.email, newSource());
    const [mail] = await resetMails(user);
    if (mail === undefined) throw new Error('no e-mail');
    await h.services.users.update(OPERATOR, user.id, { active: false });
    expect((await complete(mail.token, NEW_PASSWORD)).json().code).toBe('RESET_TOKEN_INVALID');
  });

  it('limits requests per client address, and e-mails per account quietly', async () => {
    const h = harness();
    const user = await createUser(h, { role: 'agent' });
    const source = newSource();
    for (let i = 0; i < 10; i += 1) {
      expect((await requestReset(user.email, source)).statusCode).toBe(202);
    }
    const limited = await requestReset(user.email, source);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('RATE_LIMITED');
    expect(await resetMails(user)).toHaveLength(RESET_LINKS_PER_ACCOUNT);
    // Another address is not held back by the first.
    expect((await requestReset('nadie@example.com', newSource())).statusCode).toBe(202);
  });

  it('refuses what is not an e-mail address, and unknown fields', async () => {
    const bad = await requestReset('no es un correo', newSource());
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('INVALID_EMAIL');
    const extra = await harness().app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/complete',
      payload: { token: 'x', password: NEW_PASSWORD, userId: 'someone' },
    });
    expect(extra.json().code).toBe('VALIDATION_FAILED');
  });

  it('delivers the link over SMTP in the user’s language', async () => {
    const h = harness();
    const spanish = await createUser(h, { role: 'agent', language: 'es' });
    const english = await createUser(h, { role: 'agent', language: 'en' });
    const before = sink.received.length;
    const source = newSource();
    await requestReset(spanish.email, source);
    await requestReset(english.email, source);
    await h.services.mailDispatcher.flush();
    await sink.waitFor(before + 2);
    const mailTo = (user: User) =>
      sink.received.find((mail) => mail.envelopeTo.includes(user.email));
    const [es] = await resetMails(spanish);
    const [en] = await resetMails(english);
    expect(mailTo(spanish)?.parsed.subject).toMatch(/^Restablezca su contraseña/);
    expect(mailTo(spanish)?.parsed.text).toContain(`/reset-password/${es?.token}`);
    expect(mailTo(english)?.parsed.subject).toMatch(/^Reset your password/);
    expect(mailTo(english)?.parsed.text).toContain(`/reset-password/${en?.token}`);
  });
});
