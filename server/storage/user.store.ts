/**
 * The users table: people who sign in, with their role, organization and password hash.
 */

import type { Role } from '../app/actor.js';
import type { User } from '../app/identity/user.js';
import type { Language } from '../domain/errors.js';
import type { Executor } from './db.js';
import type { UserRow } from './schema.js';

/** The columns of a user, qualified so they can be joined from sessions and tokens. */
export const USER_COLUMNS = [
  'users.id',
  'users.email',
  'users.name',
  'users.role',
  'users.organization_id',
  'users.active',
  'users.language',
  'users.created_at',
  'users.updated_at',
] as const;

/** A stored row as the use cases see it. */
export function rowToUser(row: Omit<UserRow, 'password_hash'>): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    organizationId: row.organization_id,
    active: row.active === 1,
    language: row.language as Language,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface UserListFilter {
  readonly organizationId?: string;
  readonly role?: Role;
  /** Keyset pagination: users whose e-mail sorts after this one. */
  readonly afterEmail?: string;
  readonly limit: number;
}

/** What a patch may change; absent fields stay as they are. */
export interface UserChanges {
  readonly name?: string;
  readonly role?: Role;
  readonly active?: boolean;
  readonly language?: Language;
  readonly passwordHash?: string;
}

export class UserStore {
  /** Inserts a user; a taken e-mail fails with a unique violation. */
  async insert(ex: Executor, user: User, passwordHash: string | null): Promise<void> {
    await ex
      .insertInto('users')
      .values({
        id: user.id,
        email: user.email,
        name: user.name,
        role: user.role,
        organization_id: user.organizationId,
        password_hash: passwordHash,
        active: user.active ? 1 : 0,
        language: user.language,
        created_at: user.createdAt,
        updated_at: user.updatedAt,
      })
      .execute();
  }

  async find(ex: Executor, id: string): Promise<User | null> {
    const row = await ex
      .selectFrom('users')
      .select(USER_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? rowToUser(row) : null;
  }

  /** The user with this (lower-cased) e-mail and its password hash, for signing in. */
  async findCredentials(
    ex: Executor,
    email: string,
  ): Promise<{ user: User; passwordHash: string | null } | null> {
    const row = await ex
      .selectFrom('users')
      .select([...USER_COLUMNS, 'users.password_hash'])
      .where('email', '=', email)
      .executeTakeFirst();
    return row ? { user: rowToUser(row), passwordHash: row.password_hash } : null;
  }

  /** Users in e-mail order, one page. */
  async list(ex: Executor, filter: UserListFilter): Promise<User[]> {
    let query = ex.selectFrom('users').select(USER_COLUMNS);
    if (filter.organizationId !== undefined) {
      query = query.where('organization_id', '=', filter.organizationId);
    }
    if (filter.role !== undefined) query = query.where('role', '=', filter.role);
    if (filter.afterEmail !== undefined) query = query.where('email', '>', filter.afterEmail);
    const rows = await query.orderBy('email').limit(filter.limit).execute();
    return rows.map(rowToUser);
  }

  async update(ex: Executor, id: string, changes: UserChanges, at: number): Promise<void> {
    await ex
      .updateTable('users')
      .set({
        ...(changes.name !== undefined && { name: changes.name }),
        ...(changes.role !== undefined && { role: changes.role }),
        ...(changes.active !== undefined && { active: changes.active ? 1 : 0 }),
        ...(changes.language !== undefined && { language: changes.language }),
        ...(changes.passwordHash !== undefined && { password_hash: changes.passwordHash }),
        updated_at: at,
      })
      .where('id', '=', id)
      .execute();
  }

  /** Whether any active admin exists (the first-admin bootstrap asks). */
  async hasActiveAdmin(ex: Executor): Promise<boolean> {
    const row = await ex
      .selectFrom('users')
      .select('id')
      .where('role', '=', 'admin')
      .where('active', '=', 1)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }
}
