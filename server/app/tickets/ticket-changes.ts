/**
 * The common tail of every ticket use case: recompute the SLA fields with the clock, store the
 * ticket if nobody changed it meanwhile, append the history entry and queue the search update
 * — all in the caller's transaction.
 */

import type { Channel, Impact } from '../../domain/sla/contract-terms.js';
import { keysStillRelevant, slaEventsOf } from '../../domain/ticket/sla-events.js';
import type { TicketLifecycle } from '../../domain/ticket/ticket-lifecycle.js';
import { computeTicketSla } from '../../domain/ticket/ticket-sla.js';
import type { Instant } from '../../domain/time/instant.js';
import type { Executor, TicketStore } from '../../storage/ticket.store.js';
import { AppError } from '../app-errors.js';
import type { TicketContract } from './ports.js';
import type { SlaPolicy } from './sla-policy.js';
import { historyEntry, type Ticket } from './ticket.js';

export interface TicketChange {
  readonly life?: TicketLifecycle;
  readonly assigneeId?: string | null;
  readonly closeReason?: string | null;
  readonly closeCause?: Ticket['closeCause'];
}

/** The SLA fields of a ticket of this contract, impact and channel, at `now`. */
export function slaFor(
  contract: TicketContract,
  impact: Impact,
  channel: Channel,
  life: TicketLifecycle,
  now: Instant,
  policy: SlaPolicy,
): Ticket['sla'] {
  return computeTicketSla(
    { modality: contract.modality, services: contract.services, impact, channel },
    life,
    now,
    policy,
  );
}

/** Applies a change to a stored ticket, with its history entry; refuses if it changed meanwhile. */
export async function saveTicketChange(
  ex: Executor,
  store: TicketStore,
  input: {
    readonly ticket: Ticket;
    readonly contract: TicketContract;
    readonly change: TicketChange;
    readonly actorId: string | null;
    readonly action: string;
    readonly details?: Readonly<Record<string, unknown>>;
    readonly now: Instant;
    readonly policy: SlaPolicy;
  },
): Promise<Ticket> {
  const { ticket, change, now } = input;
  const life = change.life ?? ticket.life;
  const sla = slaFor(input.contract, ticket.impact, ticket.channel, life, now, input.policy);
  const updated: Ticket = {
    ...ticket,
    ...(change.assigneeId !== undefined ? { assigneeId: change.assigneeId } : {}),
    ...(change.closeReason !== undefined ? { closeReason: change.closeReason } : {}),
    ...(change.closeCause !== undefined ? { closeCause: change.closeCause } : {}),
    life,
    sla,
    slaRecorded: keysStillRelevant(slaEventsOf(life, sla), ticket.slaRecorded),
    updatedAt: now,
    version: ticket.version + 1,
  };
  if (!(await store.update(ex, updated, ticket.version))) throw new AppError('CONCURRENT_UPDATE');
  const changes: Record<string, unknown> = { ...input.details };
  if (life.status !== ticket.life.status) changes.status = [ticket.life.status, life.status];
  if (life.resolution !== ticket.life.resolution) changes.resolution = life.resolution;
  if (updated.assigneeId !== ticket.assigneeId) {
    changes.assignee = [ticket.assigneeId, updated.assigneeId];
  }
  await store.appendHistory(ex, historyEntry(ticket.id, input.actorId, input.action, changes, now));
  await store.queueForSearch(ex, ticket.id, now);
  return updated;
}
