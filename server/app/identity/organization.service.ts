/**
 * The organizations use cases: customer organizations and their service contracts (SPEC §2).
 * Admins manage them; agents and supervisors read them all; a customer reads only its own.
 * Another organization's id answers NOT_FOUND, exactly like a missing one.
 */

import type { Instant } from '../../domain/time/instant.js';
import type { Db, Executor } from '../../storage/db.js';
import { OrganizationStore } from '../../storage/organization.store.js';
import { isUniqueViolation } from '../../storage/unique-violation.js';
import { type Actor, canSeeOrganization, isStaff } from '../actor.js';
import { AppError } from '../app-errors.js';
import type { Clock } from '../clock.js';
import { isId, newId } from '../ids.js';
import { decodeCursor, type Page, type PageRequest, pageLimit, pageOf } from '../pagination.js';
import {
  bogotaDateOf,
  type Contract,
  type ContractInput,
  isInForce,
  normalizeOrganizationName,
  type Organization,
  parseContractTerms,
} from './organization.js';

/** A contract as listed: with whether it is in force today (Bogotá). */
export interface ListedContract extends Contract {
  readonly active: boolean;
}

const defaultStore = new OrganizationStore();

/**
 * The contract in force at `now` (its civil date in America/Bogota): validFrom ≤ today ≤
 * validTo, or no validTo; the most recently started when several are. Null when none is.
 * Takes an executor so the ticket use cases can ask inside their own transaction.
 */
export function findActiveContract(
  ex: Executor,
  organizationId: string,
  now: Instant,
): Promise<Contract | null> {
  return defaultStore.activeContract(ex, organizationId, bogotaDateOf(now));
}

function organizationNotFound(): AppError {
  return new AppError('NOT_FOUND', { what: 'la organización', whatEn: 'organization' });
}

function requireAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw new AppError('FORBIDDEN');
}

export class OrganizationService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly store: OrganizationStore,
  ) {}

  /** Creates an organization (admins; ORGANIZATION_NAME_TAKEN on a duplicate name). */
  async create(actor: Actor, input: { readonly name: string }): Promise<Organization> {
    requireAdmin(actor);
    const name = normalizeOrganizationName(input.name);
    const now = this.clock.now();
    const organization: Organization = { id: newId(now), name, createdAt: now, updatedAt: now };
    await this.nameMustBeFree(name, () => this.store.insert(this.db.kysely, organization));
    return organization;
  }

  /** Organizations by name: staff see all, a customer only its own. */
  async list(actor: Actor, request: PageRequest): Promise<Page<Organization>> {
    const limit = pageLimit(request);
    const [afterName] = request.cursor === undefined ? [] : decodeCursor(request.cursor, 1);
    const onlyOwn = isStaff(actor) ? undefined : (actor.organizationId ?? '');
    const rows = await this.store.list(this.db.kysely, {
      limit: limit + 1,
      ...(onlyOwn !== undefined && { id: onlyOwn }),
      ...(afterName !== undefined && { afterName }),
    });
    return pageOf(rows, limit, (organization) => [organization.name]);
  }

  async get(actor: Actor, id: string): Promise<Organization> {
    return this.findVisible(actor, id);
  }

  /** An organization by id or exact name, as an operator types it (NOT_FOUND otherwise). */
  async resolve(actor: Actor, idOrName: string): Promise<Organization> {
    if (isId(idOrName)) return this.findVisible(actor, idOrName);
    const organization = await this.store.findByName(this.db.kysely, idOrName.trim());
    if (organization === null || !canSeeOrganization(actor, organization.id)) {
      throw organizationNotFound();
    }
    return organization;
  }

  /** Renames an organization (admins). */
  async rename(actor: Actor, id: string, input: { readonly name: string }): Promise<Organization> {
    const organization = await this.findVisible(actor, id);
    requireAdmin(actor);
    const name = normalizeOrganizationName(input.name);
    const now = this.clock.now();
    await this.nameMustBeFree(name, () => this.store.rename(this.db.kysely, id, name, now));
    return { ...organization, name, updatedAt: now };
  }

  /** Adds a contract to an organization (admins); terms checked by the domain's parsers. */
  async addContract(
    actor: Actor,
    organizationId: string,
    input: ContractInput,
  ): Promise<ListedContract> {
    await this.findVisible(actor, organizationId);
    requireAdmin(actor);
    const terms = parseContractTerms(input);
    const now = this.clock.now();
    const contract: Contract = { ...terms, id: newId(now), organizationId, createdAt: now };
    await this.store.insertContract(this.db.kysely, contract);
    return { ...contract, active: isInForce(contract, bogotaDateOf(now)) };
  }

  /** An organization's contracts, the most recently started first, each flagged in force or not. */
  async listContracts(
    actor: Actor,
    organizationId: string,
    request: PageRequest,
  ): Promise<Page<ListedContract>> {
    await this.findVisible(actor, organizationId);
    const limit = pageLimit(request);
    const after = request.cursor === undefined ? null : decodeCursor(request.cursor, 2);
    const rows = await this.store.listContracts(
      this.db.kysely,
      organizationId,
      after === null ? null : { validFrom: after[0] ?? '', id: after[1] ?? '' },
      limit + 1,
    );
    const today = bogotaDateOf(this.clock.now());
    const page = pageOf(rows, limit, (contract) => [contract.validFrom, contract.id]);
    return {
      items: page.items.map((contract) => ({ ...contract, active: isInForce(contract, today) })),
      nextCursor: page.nextCursor,
    };
  }

  /** The organization's contract in force now (see `findActiveContract`). */
  async activeContract(organizationId: string): Promise<Contract | null> {
    return findActiveContract(this.db.kysely, organizationId, this.clock.now());
  }

  /** The organization, if the actor may see it; otherwise NOT_FOUND, like a missing one. */
  private async findVisible(actor: Actor, id: string): Promise<Organization> {
    if (!isId(id) || !canSeeOrganization(actor, id)) throw organizationNotFound();
    const organization = await this.store.find(this.db.kysely, id);
    if (organization === null) throw organizationNotFound();
    return organization;
  }

  private async nameMustBeFree(name: string, write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('ORGANIZATION_NAME_TAKEN', { name });
      throw error;
    }
  }
}
