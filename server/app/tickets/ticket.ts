/**
 * A ticket as the use cases hold it: its identity and content, its lifecycle (the instants the
 * SLA clock needs) and the SLA fields last computed and stored with it.
 */

import type { Channel, Impact } from '../../domain/sla/contract-terms.js';
import type { TicketLifecycle } from '../../domain/ticket/ticket-lifecycle.js';
import type { TicketSla } from '../../domain/ticket/ticket-sla.js';
import type {
  ChecklistEntry,
  MessageKind,
  OutOfScopeCause,
} from '../../domain/ticket/ticket-vocabulary.js';
import type { Instant } from '../../domain/time/instant.js';
import { newId } from '../ids.js';

export interface Ticket {
  readonly id: string;
  /** year × 10,000,000 + number within the year: the order of registration. */
  readonly seq: number;
  /** The human number, e.g. OG-2026-000123. */
  readonly number: string;
  readonly organizationId: string;
  readonly contractId: string;
  readonly requesterId: string;
  readonly assigneeId: string | null;
  readonly subject: string;
  readonly description: string;
  readonly impact: Impact;
  readonly channel: Channel;
  readonly checklist: readonly ChecklistEntry[] | null;
  readonly previousTicketId: string | null;
  readonly closeReason: string | null;
  readonly closeCause: OutOfScopeCause | null;
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
  /** Optimistic concurrency: bumped by every stored change. */
  readonly version: number;
  readonly life: TicketLifecycle;
  readonly sla: TicketSla;
  /** Keys of the SLA events already recorded for this ticket (domain/ticket/sla-events.ts). */
  readonly slaRecorded: readonly string[];
  /** The secret its e-mails' Reply-To carries (reply-token.ts). */
  readonly replyToken: string;
}

/**
 * What a list shows of a ticket: no description, checklist or lifecycle internals, so a page
 * of the queue reads a few short columns per row instead of every text.
 */
export interface TicketSummary
  extends Pick<
    Ticket,
    | 'id'
    | 'seq'
    | 'number'
    | 'organizationId'
    | 'requesterId'
    | 'assigneeId'
    | 'subject'
    | 'impact'
    | 'channel'
    | 'createdAt'
    | 'updatedAt'
    | 'sla'
  > {
  readonly life: Pick<
    TicketLifecycle,
    | 'status'
    | 'resolution'
    | 'reportedAt'
    | 'closedAt'
    | 'firstRespondedAt'
    // what "update overdue" needs (isUpdateOverdue)
    | 'automaticUpdateAt'
    | 'lastAgentUpdateAt'
    | 'heldSince'
  >;
}

export interface TicketMessage {
  readonly id: string;
  readonly ticketId: string;
  readonly authorId: string | null;
  readonly kind: MessageKind;
  readonly body: string;
  /** False for internal notes, which customers never see. */
  readonly public: boolean;
  readonly createdAt: Instant;
}

export interface HistoryEntry {
  readonly id: string;
  readonly ticketId: string;
  readonly actorId: string | null;
  readonly action: string;
  readonly changes: Readonly<Record<string, unknown>>;
  readonly createdAt: Instant;
}

/** The prefix of ticket numbers: the center's initials (Open Group). */
export const TICKET_NUMBER_PREFIX = 'OG';

/** `OG-2026-000123`: prefix, year of registration in Bogotá, number within the year. */
export function formatTicketNumber(year: number, numberInYear: number): string {
  return `${TICKET_NUMBER_PREFIX}-${year}-${String(numberInYear).padStart(6, '0')}`;
}

/** The ordering key of a ticket: numbers within a year stay below ten million. */
export function ticketSeq(year: number, numberInYear: number): number {
  return year * 10_000_000 + numberInYear;
}

/** A history entry of `action` on a ticket at `at` (who: null for mesa itself). */
export function historyEntry(
  ticketId: string,
  actorId: string | null,
  action: string,
  changes: Readonly<Record<string, unknown>>,
  at: Instant,
): HistoryEntry {
  return { id: newId(at), ticketId, actorId, action, changes, createdAt: at };
}

/**
 * The ticket with new lifecycle and SLA fields, as one literal: a spread copies on V8's slow
 * path (≈ 5–20 µs a ticket), and the SLA scheduler does this for every ticket it sweeps.
 */
export function withSlaAndLife(
  ticket: Ticket,
  change: Pick<Ticket, 'life' | 'sla' | 'slaRecorded' | 'updatedAt' | 'version'>,
): Ticket {
  return {
    id: ticket.id,
    seq: ticket.seq,
    number: ticket.number,
    organizationId: ticket.organizationId,
    contractId: ticket.contractId,
    requesterId: ticket.requesterId,
    assigneeId: ticket.assigneeId,
    subject: ticket.subject,
    description: ticket.description,
    impact: ticket.impact,
    channel: ticket.channel,
    checklist: ticket.checklist,
    previousTicketId: ticket.previousTicketId,
    closeReason: ticket.closeReason,
    closeCause: ticket.closeCause,
    createdAt: ticket.createdAt,
    updatedAt: change.updatedAt,
    version: change.version,
    life: change.life,
    sla: change.sla,
    slaRecorded: change.slaRecorded,
    replyToken: ticket.replyToken,
  };
}
