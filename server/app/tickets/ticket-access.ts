/**
 * Who may see and touch a ticket (SPEC §1): staff work every organization's tickets; customers
 * only their organization's, and another organization's ticket is "not found", exactly like a
 * missing one, so ids reveal nothing.
 */

import type { Executor, TicketStore } from '../../storage/ticket.store.js';
import { type Actor, canSeeOrganization, isStaff } from '../actor.js';
import { AppError, ticketNotFound } from '../app-errors.js';
import { isId } from '../ids.js';
import type { Ticket } from './ticket.js';

/** The ticket if the actor may see it; NOT_FOUND otherwise. */
export async function findVisibleTicket(
  ex: Executor,
  store: TicketStore,
  actor: Actor,
  ticketId: string,
): Promise<Ticket> {
  const ticket = isId(ticketId) ? await store.find(ex, ticketId) : null;
  if (!ticket || !canSeeOrganization(actor, ticket.organizationId)) throw ticketNotFound();
  return ticket;
}

/** Refuses customers: the action belongs to the center's staff. */
export function requireStaff(actor: Actor): void {
  if (!isStaff(actor)) throw new AppError('FORBIDDEN');
}
