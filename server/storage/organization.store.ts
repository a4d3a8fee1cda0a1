/**
 * Customer organizations and their service contracts. Lists in contracts are JSON text and
 * the on-site flag an integer, the representation both databases store alike (schema.ts).
 */

import type { Contract, Organization } from '../app/identity/organization.js';
import type { Modality, Service } from '../domain/sla/contract-terms.js';
import type { Executor } from './db.js';
import { reusedQuery } from './reused-query.js';
import type { ContractRow, OrganizationRow } from './schema.js';

function rowToOrganization(row: OrganizationRow): Organization {
  return { id: row.id, name: row.name, createdAt: row.created_at, updatedAt: row.updated_at };
}

function rowToContract(row: ContractRow): Contract {
  return {
    id: row.id,
    organizationId: row.organization_id,
    modality: row.modality as Modality,
    services: JSON.parse(row.services) as Service[],
    onSiteCity: row.on_site === 1 ? row.on_site_city : null,
    coveredPlatforms: JSON.parse(row.covered_platforms) as string[],
    validFrom: row.valid_from,
    validTo: row.valid_to,
    createdAt: row.created_at,
  };
}

export interface OrganizationListFilter {
  /** Only this organization (what a customer may list). */
  readonly id?: string;
  /** Keyset pagination: organizations whose name sorts after this one. */
  readonly afterName?: string;
  readonly limit: number;
}

/** Where the previous page of contracts ended, in (validFrom desc, id desc) order. */
export interface ContractPosition {
  readonly validFrom: string;
  readonly id: string;
}

// Every ticket registration runs it: compiled once (reused-query.ts). The compiled query takes
// its parameters in order, so `today` comes twice and the limit is one of them.
const contractInForce = reusedQuery(
  (ex, organizationId: string, today: string, sameToday: string, limit: number) =>
    ex
      .selectFrom('contracts')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('valid_from', '<=', today)
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', sameToday)]))
      .orderBy('valid_from', 'desc')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit),
);

export class OrganizationStore {
  /** Inserts an organization; a taken name fails with a unique violation. */
  async insert(ex: Executor, organization: Organization): Promise<void> {
    await ex
      .insertInto('organizations')
      .values({
        id: organization.id,
        name: organization.name,
        created_at: organization.createdAt,
        updated_at: organization.updatedAt,
      })
      .execute();
  }

  async find(ex: Executor, id: string): Promise<Organization | null> {
    const row = await ex
      .selectFrom('organizations')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? rowToOrganization(row) : null;
  }

  async findByName(ex: Executor, name: string): Promise<Organization | null> {
    const row = await ex
      .selectFrom('organizations')
      .selectAll()
      .where('name', '=', name)
      .executeTakeFirst();
    return row ? rowToOrganization(row) : null;
  }

  /** Organizations in name order, one page. */
  async list(ex: Executor, filter: OrganizationListFilter): Promise<Organization[]> {
    let query = ex.selectFrom('organizations').selectAll();
    if (filter.id !== undefined) query = query.where('id', '=', filter.id);
    if (filter.afterName !== undefined) query = query.where('name', '>', filter.afterName);
    const rows = await query.orderBy('name').limit(filter.limit).execute();
    return rows.map(rowToOrganization);
  }

  /** Renames; a taken name fails with a unique violation. */
  async rename(ex: Executor, id: string, name: string, at: number): Promise<void> {
    await ex
      .updateTable('organizations')
      .set({ name, updated_at: at })
      .where('id', '=', id)
      .execute();
  }

  async insertContract(ex: Executor, contract: Contract): Promise<void> {
    await ex
      .insertInto('contracts')
      .values({
        id: contract.id,
        organization_id: contract.organizationId,
        modality: contract.modality,
        services: JSON.stringify(contract.services),
        on_site: contract.onSiteCity === null ? 0 : 1,
        on_site_city: contract.onSiteCity,
        covered_platforms: JSON.stringify(contract.coveredPlatforms),
        valid_from: contract.validFrom,
        valid_to: contract.validTo,
        created_at: contract.createdAt,
      })
      .execute();
  }

  /** An organization's contracts, the most recently started first, one page. */
  async listContracts(
    ex: Executor,
    organizationId: string,
    after: ContractPosition | null,
    limit: number,
  ): Promise<Contract[]> {
    let query = ex
      .selectFrom('contracts')
      .selectAll()
      .where('organization_id', '=', organizationId);
    if (after !== null) {
      query = query.where((eb) =>
        eb.or([
          eb('valid_from', '<', after.validFrom),
          eb.and([eb('valid_from', '=', after.validFrom), eb('id', '<', after.id)]),
        ]),
      );
    }
    const rows = await query
      .orderBy('valid_from', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(rowToContract);
  }

  /**
   * The contract in force on the civil date `today` (`YYYY-MM-DD`): validFrom ≤ today ≤ validTo
   * (or no end); when several are, the most recently started (then the most recently created).
   */
  async activeContract(
    ex: Executor,
    organizationId: string,
    today: string,
  ): Promise<Contract | null> {
    const [row] = await contractInForce(ex, organizationId, today, today, 1);
    return row ? rowToContract(row) : null;
  }
}
