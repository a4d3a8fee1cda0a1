/**
 * The users use cases: create, list, read and change the people who sign in. Admins manage
 * everyone; a customer admin manages the plain customers of its own organization; agents and
 * supervisors may read. Another organization's user answers NOT_FOUND, exactly like a
 * missing one.
 */

import type { Language } from '../../domain/errors.js';
import type { ApiTokenStore } from '../../storage/api-token.store.js';
import type { Db } from '../../storage/db.js';
import type { OrganizationStore } from '../../storage/organization.store.js';
import type { SessionStore } from '../../storage/session.store.js';
import { isUniqueViolation } from '../../storage/unique-violation.js';
import type { UserChanges, UserStore } from '../../storage/user.store.js';
import { type Actor, isStaff, type Role } from '../actor.js';
import { AppError } from '../app-errors.js';
import type { Clock } from '../clock.js';
import { isId, newId } from '../ids.js';
import { decodeCursor, type Page, type PageRequest, pageLimit, pageOf } from '../pagination.js';
import type { PasswordHasher } from './password-hasher.js';
import {
  assertOrganizationFitsRole,
  assertPasswordStrength,
  normalizeEmail,
  normalizeName,
  parseRole,
  type User,
} from './user.js';

export interface CreateUserInput {
  readonly email: string;
  readonly name: string;
  readonly password: string;
  readonly role: string;
  /** Required for customers; for a customer admin's request, defaults to its organization. */
  readonly organizationId?: string | null;
  readonly language?: Language;
}

/** What PATCH /users/{id} may change; absent fields stay as they are. */
export interface UserPatch {
  readonly name?: string;
  readonly role?: string;
  readonly active?: boolean;
  readonly language?: Language;
  readonly password?: string;
}

export interface UserListQuery extends PageRequest {
  readonly organizationId?: string;
  readonly role?: string;
}

function userNotFound(): AppError {
  return new AppError('NOT_FOUND', { what: 'el usuario', whatEn: 'user' });
}

function organizationNotFound(): AppError {
  return new AppError('NOT_FOUND', { what: 'la organización', whatEn: 'organization' });
}

export class UserService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly users: UserStore,
    private readonly organizations: OrganizationStore,
    private readonly sessions: SessionStore,
    private readonly tokens: ApiTokenStore,
    private readonly hasher: PasswordHasher,
  ) {}

  /** Creates a user (EMAIL_TAKEN when the e-mail, lower-cased, is already someone's). */
  async create(actor: Actor, input: CreateUserInput): Promise<User> {
    const role = parseRole(input.role);
    let organizationId = input.organizationId ?? null;
    if (actor.role === 'customer_admin') {
      organizationId ??= actor.organizationId;
      if (organizationId !== actor.organizationId) throw organizationNotFound();
      if (role !== 'customer') throw new AppError('FORBIDDEN');
    } else if (actor.role !== 'admin') {
      throw new AppError('FORBIDDEN');
    }
    assertOrganizationFitsRole(role, organizationId);
    const email = normalizeEmail(input.email);
    const name = normalizeName(input.name);
    assertPasswordStrength(input.password);
    if (organizationId !== null) {
      const exists = isId(organizationId)
        ? await this.organizations.find(this.db.kysely, organizationId)
        : null;
      if (exists === null) throw organizationNotFound();
    }
    const passwordHash = await this.hasher.hash(input.password);
    const now = this.clock.now();
    const user: User = {
      id: newId(now),
      email,
      name,
      role,
      organizationId,
      active: true,
      language: input.language ?? 'es',
      createdAt: now,
      updatedAt: now,
    };
    try {
      await this.users.insert(this.db.kysely, user, passwordHash);
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('EMAIL_TAKEN', { email });
      throw error;
    }
    return user;
  }

  /** Users in e-mail order: staff see everyone, a customer admin its organization's. */
  async list(actor: Actor, query: UserListQuery): Promise<Page<User>> {
    let organizationId = query.organizationId;
    if (actor.role === 'customer_admin') {
      organizationId ??= actor.organizationId ?? undefined;
      if (organizationId !== actor.organizationId) throw organizationNotFound();
    } else if (!isStaff(actor)) {
      throw new AppError('FORBIDDEN');
    }
    const limit = pageLimit(query);
    const [afterEmail] = query.cursor === undefined ? [] : decodeCursor(query.cursor, 1);
    const rows = await this.users.list(this.db.kysely, {
      limit: limit + 1,
      ...(organizationId !== undefined && { organizationId }),
      ...(query.role !== undefined && { role: parseRole(query.role) }),
      ...(afterEmail !== undefined && { afterEmail }),
    });
    return pageOf(rows, limit, (user) => [user.email]);
  }

  /** One user: staff read anyone, a customer admin its organization's, anyone themselves. */
  async get(actor: Actor, id: string): Promise<User> {
    const user = await this.findVisible(actor, id);
    if (user.id !== actor.userId && !isStaff(actor) && actor.role !== 'customer_admin') {
      throw new AppError('FORBIDDEN');
    }
    return user;
  }

  /** The signed-in user (UNAUTHENTICATED if it no longer exists). */
  async me(actor: Actor): Promise<User> {
    const user = await this.users.find(this.db.kysely, actor.userId);
    if (user === null) throw new AppError('UNAUTHENTICATED');
    return user;
  }

  /**
   * Changes a user. Admins change anyone (but not their own role or active flag); a customer
   * admin changes the plain customers of its organization and cannot promote them; anyone may
   * change their own name and language. Deactivating a user ends its sessions and revokes its
   * API tokens; a new password ends its sessions.
   */
  async update(actor: Actor, id: string, patch: UserPatch): Promise<User> {
    const user = await this.findVisible(actor, id);
    const role = patch.role === undefined ? undefined : parseRole(patch.role);
    this.assertMayUpdate(actor, user, patch, role);
    if (role !== undefined) assertOrganizationFitsRole(role, user.organizationId);
    if (patch.password !== undefined) assertPasswordStrength(patch.password);
    const changes: UserChanges = {
      ...(patch.name !== undefined && { name: normalizeName(patch.name) }),
      ...(role !== undefined && { role }),
      ...(patch.active !== undefined && { active: patch.active }),
      ...(patch.language !== undefined && { language: patch.language }),
      ...(patch.password !== undefined && {
        passwordHash: await this.hasher.hash(patch.password),
      }),
    };
    const now = this.clock.now();
    await this.db.kysely.transaction().execute(async (tx) => {
      await this.users.update(tx, user.id, changes, now);
      if (patch.active === false) {
        await this.sessions.deleteForUser(tx, user.id);
        await this.tokens.revokeForUser(tx, user.id, now);
      } else if (patch.password !== undefined) {
        await this.sessions.deleteForUser(tx, user.id);
      }
    });
    const updated = await this.users.find(this.db.kysely, user.id);
    if (updated === null) throw userNotFound();
    return updated;
  }

  /** Whether an active admin exists (start-up creates the first one otherwise). */
  async hasActiveAdmin(): Promise<boolean> {
    return this.users.hasActiveAdmin(this.db.kysely);
  }

  private assertMayUpdate(actor: Actor, user: User, patch: UserPatch, role: Role | undefined) {
    const onlyProfile =
      patch.role === undefined && patch.active === undefined && patch.password === undefined;
    if (user.id === actor.userId) {
      const changesAccess =
        (role !== undefined && role !== user.role) ||
        (patch.active !== undefined && patch.active !== user.active);
      if (changesAccess) throw new AppError('SELF_LOCKOUT');
      if (onlyProfile || actor.role === 'admin') return;
      throw new AppError('FORBIDDEN');
    }
    if (actor.role === 'admin') return;
    if (actor.role === 'customer_admin' && user.role === 'customer') {
      if (role === undefined || role === 'customer') return;
    }
    throw new AppError('FORBIDDEN');
  }

  /** The user, if the actor may see it at all; otherwise NOT_FOUND, like a missing one. */
  private async findVisible(actor: Actor, id: string): Promise<User> {
    const user = isId(id) ? await this.users.find(this.db.kysely, id) : null;
    if (user === null) throw userNotFound();
    // Customers see into their own organization (what they may do there is checked after).
    const visible =
      isStaff(actor) ||
      user.id === actor.userId ||
      (actor.organizationId !== null && user.organizationId === actor.organizationId);
    if (!visible) throw userNotFound();
    return user;
  }
}
