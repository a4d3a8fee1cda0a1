/**
 * Password reset by e-mail (issue 5). Asking for a link answers the same whether the address
 * belongs to an account or not, and as fast: the account is looked up after the answer, so
 * neither the answer nor its timing tells who has one (no account enumeration). An active user
 * gets an e-mail, through the outbox, with a link holding a random 256-bit token that the
 * database keeps only as its SHA-256. The link works once, for RESET_LINK_LIFETIME_MS of the app clock; using it sets the
 * new password (same rules as creating a user), ends the user's sessions and every other link.
 */

import type { Instant } from '../../domain/time/instant.js';
import type { Db } from '../../storage/db.js';
import type { MailRecipientStore } from '../../storage/mail-recipient.store.js';
import type { PasswordResetStore } from '../../storage/password-reset.store.js';
import type { SessionStore } from '../../storage/session.store.js';
import type { UserStore } from '../../storage/user.store.js';
import { AppError } from '../app-errors.js';
import type { Clock } from '../clock.js';
import type { OutboxWriter } from '../notifications/outbox-writer.js';
import type { LoginThrottle } from './login-throttle.js';
import type { PasswordHasher } from './password-hasher.js';
import { newSecret, sha256Hex } from './secrets.js';
import { assertPasswordStrength, normalizeEmail } from './user.js';

/** How long a reset link works: long enough to reach the inbox, short enough to go stale. */
export const RESET_LINK_LIFETIME_MS = 60 * 60_000;

/**
 * At most this many links per account in RESET_LINK_LIFETIME_MS; past it a request still gets
 * the same answer but sends nothing, so nobody can flood someone's inbox through mesa.
 */
export const RESET_LINKS_PER_ACCOUNT = 3;

export interface ResetRequest {
  readonly email: string;
  /** Who asks (the client's address): requests are throttled per source. */
  readonly source: string;
}

export interface ResetCompletion {
  /** The token of the link, as the e-mail carried it. */
  readonly token: string;
  readonly password: string;
}

export interface PasswordResetDependencies {
  readonly db: Db;
  readonly clock: Clock;
  readonly users: UserStore;
  readonly recipients: MailRecipientStore;
  readonly resets: PasswordResetStore;
  readonly sessions: SessionStore;
  readonly hasher: PasswordHasher;
  readonly mail: OutboxWriter;
  /** Counts every request per source (not only failures: each one may send an e-mail). */
  readonly throttle: LoginThrottle;
  /** Base of the link, without a trailing slash. */
  readonly publicUrl: string;
  /** Called after a link was queued (the server wakes its mail dispatcher). */
  readonly afterQueued?: () => void;
  /** Where a request that failed after its answer is reported (the logger in production). */
  readonly onError?: (error: unknown, job: string) => void;
}

export class PasswordResetService {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly deps: PasswordResetDependencies) {}

  /**
   * Accepts a request for a reset link: RATE_LIMITED when the source asked too often,
   * INVALID_EMAIL for what is not an address, else resolves at once — the same for every
   * address — and queues the e-mail afterwards when `email` is an active account's.
   */
  async request(input: ResetRequest): Promise<void> {
    const email = normalizeEmail(input.email);
    const throttleKey = `password-reset\n${input.source}`;
    this.deps.throttle.assertAllowed(throttleKey);
    this.deps.throttle.recordFailure(throttleKey);
    const work = this.sendLink(email, this.deps.clock.now())
      .catch((error: unknown) => {
        if (this.deps.onError) this.deps.onError(error, 'password-reset');
        else console.error('password-reset', error);
      })
      .finally(() => this.inFlight.delete(work));
    this.inFlight.add(work);
  }

  /** Resolves once every accepted request has queued its e-mail or given up (tests). */
  async settled(): Promise<void> {
    await Promise.all([...this.inFlight]);
  }

  private async sendLink(email: string, now: Instant): Promise<void> {
    const { db, recipients, resets, mail } = this.deps;
    const queued = await db.transaction(async (trx) => {
      const person = await recipients.byEmail(trx, email);
      if (person === null || !person.active) return false;
      await resets.deleteExpiredForUser(trx, person.userId, now);
      const recent = await resets.countSince(trx, person.userId, now - RESET_LINK_LIFETIME_MS);
      if (recent >= RESET_LINKS_PER_ACCOUNT) return false;
      const token = newSecret();
      const expiresAt: Instant = now + RESET_LINK_LIFETIME_MS;
      await resets.insert(trx, {
        tokenHash: sha256Hex(token),
        userId: person.userId,
        createdAt: now,
        expiresAt,
      });
      const link = `${this.deps.publicUrl}/reset-password/${encodeURIComponent(token)}`;
      await mail.insert(trx, [mail.notifier.passwordReset(person, link, expiresAt, now)]);
      return true;
    });
    if (queued) this.deps.afterQueued?.();
  }

  /**
   * Sets a new password with a link's token. RESET_TOKEN_INVALID when the link is unknown,
   * used, expired or its user deactivated; WEAK_PASSWORD like user creation.
   */
  async complete(input: ResetCompletion): Promise<void> {
    const { db, clock, users, resets, sessions, hasher } = this.deps;
    const tokenHash = sha256Hex(input.token);
    const found = await resets.find(db.kysely, tokenHash);
    const user = found === null ? null : await users.find(db.kysely, found.userId);
    if (found === null || user === null || !user.active || found.expiresAt <= clock.now()) {
      throw new AppError('RESET_TOKEN_INVALID');
    }
    assertPasswordStrength(input.password);
    // Hashed before the transaction: scrypt takes tens of milliseconds.
    const passwordHash = await hasher.hash(input.password);
    await db.transaction(async (trx) => {
      const now = clock.now();
      // The conditional delete is the single use: of two concurrent completions one wins.
      if (!(await resets.consume(trx, tokenHash, now))) throw new AppError('RESET_TOKEN_INVALID');
      await users.update(trx, user.id, { passwordHash }, now);
      await resets.deleteForUser(trx, user.id);
      await sessions.deleteForUser(trx, user.id);
    });
  }
}
