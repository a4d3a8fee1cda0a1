/**
 * Names for ids in the console: the organizations and the center's staff, read once per
 * session (a few pages at most) and kept; customers are read per organization when needed.
 */

import { api, query } from '../api/client';
import type { Organization, Page, User } from '../api/types';

async function allPages<T>(path: string, params: Record<string, string>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 20; i += 1) {
    const page = await api<Page<T>>('GET', `${path}${query({ ...params, limit: '100', cursor })}`);
    items.push(...page.items);
    if (page.nextCursor === null) break;
    cursor = page.nextCursor;
  }
  return items;
}

let organizations: Promise<Organization[]> | null = null;
let staff: Promise<User[]> | null = null;
const customers = new Map<string, Promise<User[]>>();

/** Every organization, by name. */
export function loadOrganizations(): Promise<Organization[]> {
  organizations ??= allPages<Organization>('/organizations', {}).catch((error: unknown) => {
    organizations = null;
    throw error;
  });
  return organizations;
}

/** Forgets the organizations read (an admin just created one). */
export function forgetOrganizations(): void {
  organizations = null;
}

/** The center's people (agents, supervisors, admins). */
export function loadStaff(): Promise<User[]> {
  staff ??= Promise.all(
    (['agent', 'supervisor', 'admin'] as const).map((role) => allPages<User>('/users', { role })),
  )
    .then((lists) => lists.flat().filter((user) => user.active))
    .catch((error: unknown) => {
      staff = null;
      throw error;
    });
  return staff;
}

/** The customers of an organization (requesters of phone tickets; names in timelines). */
export function loadCustomers(organizationId: string): Promise<User[]> {
  let list = customers.get(organizationId);
  if (!list) {
    list = allPages<User>('/users', { organizationId });
    customers.set(organizationId, list);
    list.catch(() => customers.delete(organizationId));
  }
  return list;
}
