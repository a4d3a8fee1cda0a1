/**
 * API tokens for integrations (`Authorization: Bearer mesa_…`). Only the SHA-256 of the secret
 * is stored; a revoked token keeps its row so its name and dates stay visible to its owner.
 */

import type { User } from '../app/identity/user.js';
import type { Executor } from './db.js';
import { reusedQuery } from './reused-query.js';
import { rowToUser, USER_COLUMNS } from './user.store.js';

export interface ApiTokenRecord {
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  readonly createdAt: number;
  readonly lastUsedAt: number | null;
  readonly revokedAt: number | null;
}

// Every bearer request runs it: compiled once (reused-query.ts).
const activeTokenWithUser = reusedQuery((ex, tokenHash: string) =>
  ex
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      ...USER_COLUMNS,
      'api_tokens.id as token_id',
      'api_tokens.name as token_name',
      'api_tokens.created_at as token_created_at',
      'api_tokens.last_used_at',
      'api_tokens.revoked_at',
    ])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null),
);

export class ApiTokenStore {
  /** Inserts a token; `tokenHash` is the SHA-256 of its secret. */
  async insert(ex: Executor, token: ApiTokenRecord, tokenHash: string): Promise<void> {
    await ex
      .insertInto('api_tokens')
      .values({
        id: token.id,
        user_id: token.userId,
        name: token.name,
        token_hash: tokenHash,
        created_at: token.createdAt,
        last_used_at: token.lastUsedAt,
        revoked_at: token.revokedAt,
      })
      .execute();
  }

  /** The unrevoked token with this hash and its user. */
  async findActiveWithUser(
    ex: Executor,
    tokenHash: string,
  ): Promise<{ token: ApiTokenRecord; user: User } | null> {
    const [row] = await activeTokenWithUser(ex, tokenHash);
    if (!row) return null;
    return {
      token: {
        id: row.token_id,
        userId: row.id,
        name: row.token_name,
        createdAt: row.token_created_at,
        lastUsedAt: row.last_used_at,
        revokedAt: row.revoked_at,
      },
      user: rowToUser(row),
    };
  }

  /** A user's tokens, newest first. */
  async listForUser(ex: Executor, userId: string): Promise<ApiTokenRecord[]> {
    const rows = await ex
      .selectFrom('api_tokens')
      .select(['id', 'user_id', 'name', 'created_at', 'last_used_at', 'revoked_at'])
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      userId: row.user_id,
      name: row.name,
      createdAt: row.created_at,
      lastUsedAt: row.last_used_at,
      revokedAt: row.revoked_at,
    }));
  }

  async markUsed(ex: Executor, id: string, at: number): Promise<void> {
    await ex.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
  }

  /** Revokes one of a user's tokens; false when the user has no such unrevoked token. */
  async revoke(ex: Executor, id: string, userId: string, at: number): Promise<boolean> {
    const result = await ex
      .updateTable('api_tokens')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Revokes every token of a user (deactivation). */
  async revokeForUser(ex: Executor, userId: string, at: number): Promise<void> {
    await ex
      .updateTable('api_tokens')
      .set({ revoked_at: at })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .execute();
  }
}
