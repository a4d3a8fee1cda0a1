/**
 * Sign-in sessions. Only the SHA-256 of the cookie's token is stored, so a leaked table or
 * backup does not let anyone sign in as the users in it.
 */

import type { User } from '../app/identity/user.js';
import type { Executor } from './db.js';
import { reusedQuery } from './reused-query.js';
import { rowToUser, USER_COLUMNS } from './user.store.js';

export interface SessionRecord {
  readonly tokenHash: string;
  readonly userId: string;
  readonly csrfToken: string;
  readonly createdAt: number;
  readonly expiresAt: number;
}

// Every cookie request runs it: compiled once (reused-query.ts).
const sessionWithUser = reusedQuery((ex, tokenHash: string) =>
  ex
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      ...USER_COLUMNS,
      'sessions.token_hash',
      'sessions.csrf_token',
      'sessions.created_at as session_created_at',
      'sessions.expires_at',
    ])
    .where('sessions.token_hash', '=', tokenHash),
);

export class SessionStore {
  async insert(ex: Executor, session: SessionRecord): Promise<void> {
    await ex
      .insertInto('sessions')
      .values({
        token_hash: session.tokenHash,
        user_id: session.userId,
        csrf_token: session.csrfToken,
        created_at: session.createdAt,
        expires_at: session.expiresAt,
      })
      .execute();
  }

  /** The session with this token hash and its user, expired or not. */
  async findWithUser(
    ex: Executor,
    tokenHash: string,
  ): Promise<{ session: SessionRecord; user: User } | null> {
    const [row] = await sessionWithUser(ex, tokenHash);
    if (!row) return null;
    return {
      session: {
        tokenHash: row.token_hash,
        userId: row.id,
        csrfToken: row.csrf_token,
        createdAt: row.session_created_at,
        expiresAt: row.expires_at,
      },
      user: rowToUser(row),
    };
  }

  async delete(ex: Executor, tokenHash: string): Promise<void> {
    await ex.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  /** Signs a user out everywhere (deactivation, password change). */
  async deleteForUser(ex: Executor, userId: string): Promise<void> {
    await ex.deleteFrom('sessions').where('user_id', '=', userId).execute();
  }

  /** Forgets a user's sessions that expired before `now`. */
  async deleteExpiredForUser(ex: Executor, userId: string, now: number): Promise<void> {
    await ex
      .deleteFrom('sessions')
      .where('user_id', '=', userId)
      .where('expires_at', '<=', now)
      .execute();
  }
}
