/**
 * Password-reset tokens (0008-password-reset). Only the SHA-256 of a link's token is stored:
 * a leaked table or backup gives no one a working link.
 */

import type { Executor } from './db.js';

export interface PasswordResetRecord {
  readonly tokenHash: string;
  readonly userId: string;
  readonly createdAt: number;
  readonly expiresAt: number;
}

export class PasswordResetStore {
  async insert(ex: Executor, record: PasswordResetRecord): Promise<void> {
    await ex
      .insertInto('password_reset_tokens')
      .values({
        token_hash: record.tokenHash,
        user_id: record.userId,
        created_at: record.createdAt,
        expires_at: record.expiresAt,
      })
      .execute();
  }

  async find(ex: Executor, tokenHash: string): Promise<PasswordResetRecord | null> {
    const row = await ex
      .selectFrom('password_reset_tokens')
      .select(['token_hash', 'user_id', 'created_at', 'expires_at'])
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    if (row === undefined) return null;
    return {
      tokenHash: row.token_hash,
      userId: row.user_id,
      createdAt: Number(row.created_at),
      expiresAt: Number(row.expires_at),
    };
  }

  /** Deletes the token if it has not expired at `now`; true when this call consumed it. */
  async consume(ex: Executor, tokenHash: string, now: number): Promise<boolean> {
    const result = await ex
      .deleteFrom('password_reset_tokens')
      .where('token_hash', '=', tokenHash)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  /** Ends every outstanding link of a user (after a reset, or before a fresh one is counted). */
  async deleteForUser(ex: Executor, userId: string): Promise<void> {
    await ex.deleteFrom('password_reset_tokens').where('user_id', '=', userId).execute();
  }

  async deleteExpiredForUser(ex: Executor, userId: string, now: number): Promise<void> {
    await ex
      .deleteFrom('password_reset_tokens')
      .where('user_id', '=', userId)
      .where('expires_at', '<=', now)
      .execute();
  }

  /** How many links the user was sent since `since` (a cap on e-mails per address). */
  async countSince(ex: Executor, userId: string, since: number): Promise<number> {
    const row = await ex
      .selectFrom('password_reset_tokens')
      .select(({ fn }) => fn.countAll<number | string>().as('count'))
      .where('user_id', '=', userId)
      .where('created_at', '>=', since)
      .executeTakeFirst();
    return Number(row?.count ?? 0);
  }
}
