/**
 * Signing in and out with a password, and recognizing a session cookie.
 *
 * **Decision:** a session lasts 12 hours from sign-in (absolute, not sliding): a working day
 * without being asked again, and a stolen cookie is useless by the next morning. A session is
 * a random 32-byte token in the cookie; the database keeps only its SHA-256, next to the
 * session's CSRF token.
 */

import type { Instant } from '../../domain/time/instant.js';
import type { Db } from '../../storage/db.js';
import type { SessionStore } from '../../storage/session.store.js';
import type { UserStore } from '../../storage/user.store.js';
import type { Actor } from '../actor.js';
import { AppError } from '../app-errors.js';
import type { Clock } from '../clock.js';
import type { CredentialCache } from './credential-cache.js';
import type { LoginThrottle } from './login-throttle.js';
import type { PasswordHasher } from './password-hasher.js';
import { newSecret, sha256Hex } from './secrets.js';
import { actorOf, type User } from './user.js';

/** How long a session lasts from sign-in. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60_000;

export interface LoginInput {
  readonly email: string;
  readonly password: string;
  /** Who is trying (the client's address): failures are throttled per source and e-mail. */
  readonly source: string;
}

/** A new session: the token goes in the cookie, the CSRF token to the client's script. */
export interface SignedIn {
  readonly user: User;
  readonly sessionToken: string;
  readonly csrfToken: string;
  readonly expiresAt: Instant;
}

/** A valid session and who it belongs to. */
export interface SessionAuthentication {
  readonly actor: Actor;
  readonly user: User;
  readonly csrfToken: string;
  readonly expiresAt: Instant;
}

export class SessionService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly users: UserStore,
    private readonly sessions: SessionStore,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    /** Sessions already read, by token hash (credential-cache.ts: reused only unchanged). */
    private readonly remembered: CredentialCache<SessionAuthentication>,
  ) {}

  /**
   * Signs in with e-mail and password. Unknown e-mail, wrong password and inactive account all
   * answer the same INVALID_CREDENTIALS, after the same work, so none can be told apart.
   */
  async login(input: LoginInput): Promise<SignedIn> {
    const email = input.email.trim().toLowerCase();
    const throttleKey = `${input.source}\n${email}`;
    this.throttle.assertAllowed(throttleKey);
    const found = await this.users.findCredentials(this.db.kysely, email);
    const matches = await this.hasher.verify(input.password, found?.passwordHash ?? null);
    if (found === null || !matches || !found.user.active) {
      this.throttle.recordFailure(throttleKey);
      throw new AppError('INVALID_CREDENTIALS');
    }
    this.throttle.recordSuccess(throttleKey);
    const now = this.clock.now();
    const sessionToken = newSecret();
    const csrfToken = newSecret();
    const expiresAt = now + SESSION_LIFETIME_MS;
    await this.db.kysely.transaction().execute(async (tx) => {
      await this.sessions.deleteExpiredForUser(tx, found.user.id, now);
      await this.sessions.insert(tx, {
        tokenHash: sha256Hex(sessionToken),
        userId: found.user.id,
        csrfToken,
        createdAt: now,
        expiresAt,
      });
    });
    return { user: found.user, sessionToken, csrfToken, expiresAt };
  }

  /** Ends the session of this cookie token (nothing happens for an unknown one). */
  async logout(sessionToken: string): Promise<void> {
    await this.sessions.delete(this.db.kysely, sha256Hex(sessionToken));
  }

  /** The session of a cookie token, or null when unknown, expired or its user deactivated. */
  async authenticate(sessionToken: string): Promise<SessionAuthentication | null> {
    const tokenHash = sha256Hex(sessionToken);
    const lookup = await this.remembered.look(tokenHash);
    const session = lookup.remembered;
    if (session === undefined) return this.read(tokenHash, lookup.generation);
    // Remembered, but time has moved on since.
    if (session.expiresAt <= this.clock.now()) {
      this.remembered.forget(tokenHash);
      await this.sessions.delete(this.db.kysely, tokenHash);
      return null;
    }
    return session;
  }

  private async read(tokenHash: string, generation: number): Promise<SessionAuthentication | null> {
    const found = await this.sessions.findWithUser(this.db.kysely, tokenHash);
    if (found === null) return null;
    if (found.session.expiresAt <= this.clock.now()) {
      await this.sessions.delete(this.db.kysely, tokenHash);
      return null;
    }
    if (!found.user.active) return null;
    const session: SessionAuthentication = {
      actor: actorOf(found.user),
      user: found.user,
      csrfToken: found.session.csrfToken,
      expiresAt: found.session.expiresAt,
    };
    this.remembered.remember(tokenHash, session, generation);
    return session;
  }
}
