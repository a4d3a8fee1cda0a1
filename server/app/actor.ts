/**
 * Who is acting: the signed-in user (session or API token) as the use cases see it. Roles are
 * those of SPEC §1.
 */

import type { Language } from '../domain/errors.js';

export const ROLES = ['customer', 'customer_admin', 'agent', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const CUSTOMER_ROLES: ReadonlySet<Role> = new Set(['customer', 'customer_admin']);
export const STAFF_ROLES: ReadonlySet<Role> = new Set(['agent', 'supervisor', 'admin']);

export interface Actor {
  readonly userId: string;
  readonly role: Role;
  /** The customer's organization; null for the center's staff. */
  readonly organizationId: string | null;
  readonly language: Language;
}

/** Staff of the center (agents, supervisors, admins) work tickets of every organization. */
export function isStaff(actor: Actor): boolean {
  return STAFF_ROLES.has(actor.role);
}

/** Whether the actor may see tickets and data of this organization. */
export function canSeeOrganization(actor: Actor, organizationId: string): boolean {
  return isStaff(actor) || actor.organizationId === organizationId;
}
