/**
 * What the ticket use cases need to know about contracts and people, as interfaces: the
 * storage layer implements them (ticket-parties.store.ts), tests may use the real stores.
 */

import type { Modality, Service } from '../../domain/sla/contract-terms.js';
import type { Executor } from '../../storage/ticket.store.js';
import type { Role } from '../actor.js';

export interface TicketContract {
  readonly id: string;
  readonly organizationId: string;
  readonly modality: Modality;
  readonly services: readonly Service[];
}

export interface TicketParty {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly organizationId: string | null;
  readonly active: boolean;
}

export interface PhoneNumber {
  readonly label: string;
  readonly labelEn: string | null;
  readonly phone: string;
}

export interface TicketParties {
  /** The organization's name, or null when it does not exist. */
  organizationName(ex: Executor, organizationId: string): Promise<string | null>;
  contract(ex: Executor, contractId: string): Promise<TicketContract>;
  user(ex: Executor, userId: string): Promise<TicketParty | null>;
  /** The phone numbers of the guide, for the "call the center" notice. */
  phoneNumbers(ex: Executor): Promise<PhoneNumber[]>;
}
