/**
 * A person who signs in to mesa (SPEC §1), the rules of who belongs to an organization, and
 * the input checks every caller (HTTP, CLI, start-up data) goes through.
 */

import type { Language } from '../../domain/errors.js';
import type { Instant } from '../../domain/time/instant.js';
import { type Actor, CUSTOMER_ROLES, ROLES, type Role } from '../actor.js';
import { AppError } from '../app-errors.js';

export interface User {
  readonly id: string;
  /** Lower-cased. */
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  /** The customer's organization; null for the center's staff. */
  readonly organizationId: string | null;
  readonly active: boolean;
  readonly language: Language;
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
}

/** Shortest password accepted (the same floor as MESA_ADMIN_PASSWORD). */
export const PASSWORD_MIN_LENGTH = 12;
/** Longest password accepted: enough for any passphrase, bounded so hashing stays cheap. */
export const PASSWORD_MAX_LENGTH = 256;

// A shape check, not RFC 5322: one '@', no spaces, a dot in the domain.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

/** The user an actor is: what a session or API token stands for. */
export function actorOf(user: User): Actor {
  return {
    userId: user.id,
    role: user.role,
    organizationId: user.organizationId,
    language: user.language,
  };
}

/** A role name, or INVALID_ROLE. */
export function parseRole(value: string): Role {
  const role = ROLES.find((r) => r === value);
  if (role === undefined) throw new AppError('INVALID_ROLE', { value });
  return role;
}

/** A trimmed, lower-cased e-mail address, or INVALID_EMAIL. */
export function normalizeEmail(value: string): string {
  const email = value.trim().toLowerCase();
  if (!EMAIL_SHAPE.test(email) || email.length > 254) {
    throw new AppError('INVALID_EMAIL', { value });
  }
  return email;
}

/** A trimmed, non-empty name, or INVALID_NAME. */
export function normalizeName(value: string): string {
  const name = value.trim();
  if (name === '') throw new AppError('INVALID_NAME');
  return name;
}

/** Throws WEAK_PASSWORD for passwords shorter than PASSWORD_MIN_LENGTH characters. */
export function assertPasswordStrength(password: string): void {
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    throw new AppError('WEAK_PASSWORD', { min: PASSWORD_MIN_LENGTH });
  }
}

/** SPEC §1: customers belong to one organization; the center's staff to none. */
export function assertOrganizationFitsRole(role: Role, organizationId: string | null): void {
  if (CUSTOMER_ROLES.has(role) && organizationId === null) {
    throw new AppError('ORGANIZATION_REQUIRED');
  }
  if (!CUSTOMER_ROLES.has(role) && organizationId !== null) {
    throw new AppError('STAFF_WITHOUT_ORGANIZATION');
  }
}
