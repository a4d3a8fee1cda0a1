/**
 * API tokens for integrations: `Authorization: Bearer mesa_…`. The secret is shown once, at
 * creation; the database keeps its SHA-256. A token acts as its owner, with the owner's role,
 * and stops working when revoked or when the owner is deactivated.
 */

import type { Instant } from '../../domain/time/instant.js';
import type { ApiTokenRecord, ApiTokenStore } from '../../storage/api-token.store.js';
import type { Db } from '../../storage/db.js';
import type { Actor } from '../actor.js';
import { AppError } from '../app-errors.js';
import type { Clock } from '../clock.js';
import { isId, newId } from '../ids.js';
import type { CredentialCache } from './credential-cache.js';
import { newSecret, sha256Hex } from './secrets.js';
import { actorOf, normalizeName, type User } from './user.js';

/** Every API token starts with this, so scanners and people recognize a leaked one. */
export const API_TOKEN_PREFIX = 'mesa_';

// Recording each use would write on every request; once a minute is precise enough.
const LAST_USED_PRECISION_MS = 60_000;

/** A token just created: `token` is the secret, never retrievable again. */
export interface CreatedApiToken {
  readonly id: string;
  readonly name: string;
  readonly token: string;
  readonly createdAt: Instant;
}

/** A valid API token and who it acts as. */
export interface TokenAuthentication {
  readonly actor: Actor;
  readonly user: User;
  readonly tokenId: string;
}

/** A valid token as remembered between requests, with when its use was last recorded. */
export interface RememberedApiToken {
  readonly authentication: TokenAuthentication;
  lastUsedAt: Instant | null;
}

export class ApiTokenService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly tokens: ApiTokenStore,
    /** Tokens already read, by hash (credential-cache.ts: reused only unchanged). */
    private readonly remembered: CredentialCache<RememberedApiToken>,
  ) {}

  /** Creates a token for the actor; the answer carries the secret, once. */
  async create(actor: Actor, input: { readonly name: string }): Promise<CreatedApiToken> {
    const name = normalizeName(input.name);
    const now = this.clock.now();
    const id = newId(now);
    const token = `${API_TOKEN_PREFIX}${newSecret()}`;
    const record: ApiTokenRecord = {
      id,
      userId: actor.userId,
      name,
      createdAt: now,
      lastUsedAt: null,
      revokedAt: null,
    };
    await this.tokens.insert(this.db.kysely, record, sha256Hex(token));
    return { id, name, token, createdAt: now };
  }

  /** The actor's own tokens (revoked ones too), newest first; never their secrets. */
  async list(actor: Actor): Promise<ApiTokenRecord[]> {
    return this.tokens.listForUser(this.db.kysely, actor.userId);
  }

  /** Revokes one of the actor's tokens; another user's token is NOT_FOUND. */
  async revoke(actor: Actor, id: string): Promise<void> {
    const revoked =
      isId(id) && (await this.tokens.revoke(this.db.kysely, id, actor.userId, this.clock.now()));
    if (!revoked) throw new AppError('NOT_FOUND', { what: 'el token', whatEn: 'token' });
  }

  /** Who a bearer token acts as, or null when it is unknown, revoked or its owner inactive. */
  async authenticate(token: string): Promise<TokenAuthentication | null> {
    if (!token.startsWith(API_TOKEN_PREFIX)) return null;
    const tokenHash = sha256Hex(token);
    const lookup = await this.remembered.look(tokenHash);
    const found = lookup.remembered ?? (await this.read(tokenHash, lookup.generation));
    if (found === null) return null;
    const now = this.clock.now();
    const lastUsed = found.lastUsedAt;
    if (lastUsed === null || now - lastUsed >= LAST_USED_PRECISION_MS || now < lastUsed) {
      // Set before the write: concurrent requests of the same token record the use once.
      found.lastUsedAt = now;
      await this.tokens.markUsed(this.db.kysely, found.authentication.tokenId, now);
    }
    return found.authentication;
  }

  private async read(tokenHash: string, generation: number): Promise<RememberedApiToken | null> {
    const found = await this.tokens.findActiveWithUser(this.db.kysely, tokenHash);
    if (found === null || !found.user.active) return null;
    const remembered: RememberedApiToken = {
      authentication: { actor: actorOf(found.user), user: found.user, tokenId: found.token.id },
      lastUsedAt: found.token.lastUsedAt,
    };
    this.remembered.remember(tokenHash, remembered, generation);
    return remembered;
  }
}
