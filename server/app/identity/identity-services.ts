/**
 * The identity use cases (users, organizations and contracts, sessions, API tokens) wired to
 * their stores; spread into `Services` by createServices.
 */

import { ApiTokenStore } from '../../storage/api-token.store.js';
import { contentVersionProbe } from '../../storage/content-version.js';
import type { Db } from '../../storage/db.js';
import { OrganizationStore } from '../../storage/organization.store.js';
import { SessionStore } from '../../storage/session.store.js';
import { UserStore } from '../../storage/user.store.js';
import type { Clock } from '../clock.js';
import { ApiTokenService, type RememberedApiToken } from './api-token.service.js';
import { CredentialCache } from './credential-cache.js';
import { LoginThrottle, type LoginThrottleLimits } from './login-throttle.js';
import { OrganizationService } from './organization.service.js';
import { PasswordHasher, type ScryptCost } from './password-hasher.js';
import { type SessionAuthentication, SessionService } from './session.service.js';
import { UserService } from './user.service.js';

/** What the identity services need; the optional costs let test suites run fast. */
export interface IdentityDependencies {
  readonly db: Db;
  readonly clock: Clock;
  /** scrypt cost for new password hashes (DEFAULT_SCRYPT_COST when absent). */
  readonly passwordCost?: ScryptCost;
  /** Failed sign-ins allowed per client and e-mail (DEFAULT_LOGIN_LIMITS when absent). */
  readonly loginLimits?: LoginThrottleLimits;
}

export interface IdentityServices {
  readonly users: UserService;
  readonly organizations: OrganizationService;
  readonly sessions: SessionService;
  readonly apiTokens: ApiTokenService;
}

/** Builds the identity services over one database and clock. */
export function createIdentityServices(deps: IdentityDependencies): IdentityServices {
  const { db, clock } = deps;
  const hasher = new PasswordHasher(deps.passwordCost);
  const userStore = new UserStore();
  const organizationStore = new OrganizationStore();
  const sessionStore = new SessionStore();
  const tokenStore = new ApiTokenStore();
  const throttle = new LoginThrottle(clock, deps.loginLimits);
  const probe = contentVersionProbe(db);
  return {
    users: new UserService(
      db,
      clock,
      userStore,
      organizationStore,
      sessionStore,
      tokenStore,
      hasher,
    ),
    organizations: new OrganizationService(db, clock, organizationStore),
    sessions: new SessionService(
      db,
      clock,
      userStore,
      sessionStore,
      hasher,
      throttle,
      new CredentialCache<SessionAuthentication>(probe),
    ),
    apiTokens: new ApiTokenService(
      db,
      clock,
      tokenStore,
      new CredentialCache<RememberedApiToken>(probe),
    ),
  };
}
