/**
 * The benchmark's own accounts, made with the app's identity use cases before the server
 * starts (so passwords are hashed and API tokens stored exactly as in production): an agent
 * who reads and searches every organization's tickets, and a customer of the big organization
 * who registers tickets through the portal's path (`POST /tickets` as a customer: web channel,
 * own organization, no requester to name).
 */

import { randomBytes } from 'node:crypto';
import { systemClock } from '../../server/app/clock.js';
import { createIdentityServices } from '../../server/app/identity/identity-services.js';
import { OPERATOR } from '../../server/app/identity/operator.js';
import { actorOf } from '../../server/app/identity/user.js';
import type { Db } from '../../server/storage/db.js';

export interface BenchAccounts {
  /** Bearer token of an agent (staff: sees every organization and internal notes). */
  readonly agentToken: string;
  /** Bearer token of a customer of the big organization. */
  readonly customerToken: string;
}

/** Creates the two users and an API token each; e-mails are unique per run. */
export async function createBenchAccounts(
  db: Db,
  bigOrganizationId: string,
): Promise<BenchAccounts> {
  const identity = createIdentityServices({ db, clock: systemClock });
  const run = randomBytes(4).toString('hex');
  const password = randomBytes(18).toString('base64url');
  const agent = await identity.users.create(OPERATOR, {
    email: `bench-agent-${run}@mesa.example`,
    name: 'Bench agent',
    password,
    role: 'agent',
  });
  const customer = await identity.users.create(OPERATOR, {
    email: `bench-customer-${run}@mesa.example`,
    name: 'Bench customer',
    password,
    role: 'customer',
    organizationId: bigOrganizationId,
  });
  const agentToken = await identity.apiTokens.create(actorOf(agent), { name: 'bench:api' });
  const customerToken = await identity.apiTokens.create(actorOf(customer), { name: 'bench:api' });
  return { agentToken: agentToken.token, customerToken: customerToken.token };
}
