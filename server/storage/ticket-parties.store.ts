/**
 * The reads the ticket use cases make about contracts, users and the phone directory.
 */

import type { Role } from '../app/actor.js';
import type {
  PhoneNumber,
  TicketContract,
  TicketParties,
  TicketParty,
} from '../app/tickets/ports.js';
import type { Modality, Service } from '../domain/sla/contract-terms.js';
import type { ContractRow } from './schema.js';
import type { Executor } from './ticket.store.js';

function toContract(
  row: Pick<ContractRow, 'id' | 'organization_id' | 'modality' | 'services'>,
): TicketContract {
  return {
    id: row.id,
    organizationId: row.organization_id,
    modality: row.modality as Modality,
    services: JSON.parse(row.services) as Service[],
  };
}

export class TicketPartiesStore implements TicketParties {
  async organizationName(ex: Executor, organizationId: string): Promise<string | null> {
    const row = await ex
      .selectFrom('organizations')
      .select('name')
      .where('id', '=', organizationId)
      .executeTakeFirst();
    return row?.name ?? null;
  }

  async contract(ex: Executor, contractId: string): Promise<TicketContract> {
    const row = await ex
      .selectFrom('contracts')
      .select(['id', 'organization_id', 'modality', 'services'])
      .where('id', '=', contractId)
      .executeTakeFirstOrThrow();
    return toContract(row);
  }

  async user(ex: Executor, userId: string): Promise<TicketParty | null> {
    const row = await ex
      .selectFrom('users')
      .select(['id', 'name', 'role', 'organization_id', 'active'])
      .where('id', '=', userId)
      .executeTakeFirst();
    if (!row) return null;
    return {
      id: row.id,
      name: row.name,
      role: row.role as Role,
      organizationId: row.organization_id,
      active: row.active === 1,
    };
  }

  async phoneNumbers(ex: Executor): Promise<PhoneNumber[]> {
    const rows = await ex
      .selectFrom('directory_entries')
      .select(['label', 'label_en', 'phone'])
      .orderBy('position')
      .execute();
    return rows.map((row) => ({ label: row.label, labelEn: row.label_en, phone: row.phone }));
  }
}
