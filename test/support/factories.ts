/**
 * Test factories for people, organizations and contracts (through the real use cases, as the
 * operator), and helpers to sign in over HTTP or get an API token.
 */

import type { Role } from '../../server/app/actor.js';
import { OPERATOR } from '../../server/app/identity/operator.js';
import type { ContractInput, Organization } from '../../server/app/identity/organization.js';
import type { ListedContract } from '../../server/app/identity/organization.service.js';
import { actorOf, type User } from '../../server/app/identity/user.js';
import type { Language } from '../../server/domain/errors.js';
import type { Harness } from './harness.js';

/** The password every factory user gets. */
export const TEST_PASSWORD = 'contraseña-de-prueba-2026';

let sequence = 0;
function next(): number {
  sequence += 1;
  return sequence;
}

/** A new organization with a unique name. */
export async function createOrganization(h: Harness, name?: string): Promise<Organization> {
  return h.services.organizations.create(OPERATOR, { name: name ?? `Organización ${next()}` });
}

/** A contract for the organization: 5x8 support from 2026-01-01, open-ended, unless overridden. */
export async function createContract(
  h: Harness,
  organizationId: string,
  terms: Partial<ContractInput> = {},
): Promise<ListedContract> {
  return h.services.organizations.addContract(OPERATOR, organizationId, {
    modality: '5x8',
    services: ['support'],
    validFrom: '2026-01-01',
    ...terms,
  });
}

export interface UserSpec {
  readonly role: Role;
  readonly organizationId?: string | null;
  readonly email?: string;
  readonly name?: string;
  readonly language?: Language;
  readonly password?: string;
}

/** A new active user with a unique e-mail and TEST_PASSWORD. */
export async function createUser(h: Harness, spec: UserSpec): Promise<User> {
  const n = next();
  return h.services.users.create(OPERATOR, {
    email: spec.email ?? `${spec.role}.${n}@example.com`,
    name: spec.name ?? `${spec.role} ${n}`,
    password: spec.password ?? TEST_PASSWORD,
    role: spec.role,
    organizationId: spec.organizationId ?? null,
    ...(spec.language !== undefined && { language: spec.language }),
  });
}

/** What a cookie-authenticated client sends: the session cookie and the CSRF header. */
// A type alias, not an interface, so it fits inject()'s header record.
export type SessionHeaders = {
  readonly cookie: string;
  readonly 'x-csrf-token': string;
};

/** A signed-in browser: its user and the headers its requests carry. */
export interface SignedInClient {
  readonly user: User;
  readonly csrfToken: string;
  /** Cookie and x-csrf-token: spread into inject's headers. */
  readonly headers: SessionHeaders;
  /** Only the cookie (to show what happens without the CSRF header). */
  readonly cookieOnly: { readonly cookie: string };
}

/** Signs in over HTTP (POST /api/v1/auth/login); throws unless it answers 200. */
export async function login(
  h: Harness,
  user: User,
  password: string = TEST_PASSWORD,
): Promise<SignedInClient> {
  const response = await h.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: user.email, password },
  });
  if (response.statusCode !== 200) {
    throw new Error(`login of ${user.email} answered ${response.statusCode}: ${response.body}`);
  }
  const session = response.cookies.find((c) => c.name === 'mesa_session');
  if (session === undefined) throw new Error('login set no mesa_session cookie');
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  const cookie = `mesa_session=${session.value}`;
  return {
    user,
    csrfToken,
    headers: { cookie, 'x-csrf-token': csrfToken },
    cookieOnly: { cookie },
  };
}

/** A new user of `spec`, signed in. */
export async function signIn(h: Harness, spec: UserSpec): Promise<SignedInClient> {
  return login(h, await createUser(h, spec));
}

/** An API token of the user, as the Authorization header that carries it. */
export async function bearerHeaders(
  h: Harness,
  user: User,
): Promise<{ readonly authorization: string }> {
  const created = await h.services.apiTokens.create(actorOf(user), { name: 'test' });
  return { authorization: `Bearer ${created.token}` };
}
