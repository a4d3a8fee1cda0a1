/**
 * Ticket ⇄ row. A ticket without a pending deadline (closed) is stored with the farthest
 * instant instead of null, so "sort by next deadline" is one index order on both databases
 * (SQLite sorts nulls first, PostgreSQL last) and the scheduler's range scan never sees it.
 */

import type { Ticket, TicketMessage, TicketSummary } from '../app/tickets/ticket.js';
import type { Channel, Impact } from '../domain/sla/contract-terms.js';
import { nextWakeAt, slaEventsOf } from '../domain/ticket/sla-events.js';
import type {
  ChecklistEntry,
  OutOfScopeCause,
  Resolution,
  TicketStatus,
} from '../domain/ticket/ticket-vocabulary.js';
import type { Interval } from '../domain/time/instant.js';
import type { MessagesTable, TicketRow, TicketsTable } from './schema.js';

/** The stored stand-in for "no deadline": the largest instant a Date can hold. */
export const NO_DEADLINE = 8_640_000_000_000_000;

/** When the scheduler must look at the ticket next (null: never, until it changes). */
export function slaWakeAt(ticket: Pick<Ticket, 'life' | 'sla' | 'slaRecorded'>): number | null {
  return nextWakeAt(slaEventsOf(ticket.life, ticket.sla), new Set(ticket.slaRecorded));
}

export function ticketToRow(ticket: Ticket): TicketsTable {
  const { life, sla } = ticket;
  return {
    id: ticket.id,
    seq: ticket.seq,
    number: ticket.number,
    organization_id: ticket.organizationId,
    contract_id: ticket.contractId,
    requester_id: ticket.requesterId,
    assignee_id: ticket.assigneeId,
    subject: ticket.subject,
    description: ticket.description,
    impact: ticket.impact,
    channel: ticket.channel,
    status: life.status,
    resolution: life.resolution,
    close_reason: ticket.closeReason,
    close_cause: ticket.closeCause,
    checklist: ticket.checklist === null ? null : JSON.stringify(ticket.checklist),
    previous_ticket_id: ticket.previousTicketId,
    reported_at: life.reportedAt,
    created_at: ticket.createdAt,
    updated_at: ticket.updatedAt,
    closed_at: life.closedAt,
    first_responded_at: life.firstRespondedAt,
    pauses: JSON.stringify(life.pauses),
    paused_since: life.pausedSince,
    last_agent_update_at: life.lastAgentUpdateAt,
    held_since: life.heldSince,
    waiting_since: life.waitingSince,
    calendar_id: sla.calendarId,
    clock_starts_at: sla.clockStartsAt,
    first_response_due_at: sla.firstResponseDueAt,
    first_response_minutes_left: sla.firstResponseMinutesLeft,
    next_update_due_at: sla.nextUpdateDueAt,
    warning_at: sla.warningAt,
    auto_close_at: sla.autoCloseAt,
    first_response_breached: sla.firstResponseBreached ? 1 : 0,
    next_deadline_at: sla.nextDeadlineAt ?? NO_DEADLINE,
    call_the_center: sla.callTheCenter ? 1 : 0,
    first_response_near_at: sla.firstResponseNearAt,
    automatic_update_at: life.automaticUpdateAt,
    sla_recorded: JSON.stringify(ticket.slaRecorded),
    sla_wake_at: slaWakeAt(ticket) ?? NO_DEADLINE,
    reply_token: ticket.replyToken,
    version: ticket.version,
  };
}

// One object literal, no spreads: V8 copies a spread object property by property on a slow
// path (≈ 20 µs a ticket here, more than reading its row), and the scheduler reads 100,000.
export function rowToTicket(row: TicketRow): Ticket {
  return {
    id: row.id,
    seq: row.seq,
    number: row.number,
    organizationId: row.organization_id,
    contractId: row.contract_id,
    requesterId: row.requester_id,
    assigneeId: row.assignee_id,
    subject: row.subject,
    description: row.description,
    impact: row.impact as Impact,
    channel: row.channel as Channel,
    checklist: row.checklist === null ? null : (JSON.parse(row.checklist) as ChecklistEntry[]),
    previousTicketId: row.previous_ticket_id,
    closeReason: row.close_reason,
    closeCause: row.close_cause as OutOfScopeCause | null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    life: {
      status: row.status as TicketStatus,
      resolution: row.resolution as Resolution | null,
      reportedAt: row.reported_at,
      closedAt: row.closed_at,
      firstRespondedAt: row.first_responded_at,
      automaticUpdateAt: row.automatic_update_at,
      lastAgentUpdateAt: row.last_agent_update_at,
      heldSince: row.held_since,
      pauses: JSON.parse(row.pauses) as Interval[],
      pausedSince: row.paused_since,
      waitingSince: row.waiting_since,
    },
    sla: slaOf(row),
    slaRecorded: JSON.parse(row.sla_recorded) as string[],
    // Every ticket gets a token (migration 0002 gave the older ones theirs).
    replyToken: row.reply_token ?? '',
  };
}

/** The columns a ticket summary needs (what `rowToTicketSummary` reads). */
export const SUMMARY_COLUMNS = [
  'tickets.id',
  'tickets.seq',
  'tickets.number',
  'tickets.organization_id',
  'tickets.requester_id',
  'tickets.assignee_id',
  'tickets.subject',
  'tickets.impact',
  'tickets.channel',
  'tickets.status',
  'tickets.resolution',
  'tickets.reported_at',
  'tickets.created_at',
  'tickets.updated_at',
  'tickets.closed_at',
  'tickets.first_responded_at',
  'tickets.calendar_id',
  'tickets.clock_starts_at',
  'tickets.first_response_due_at',
  'tickets.first_response_minutes_left',
  'tickets.next_update_due_at',
  'tickets.warning_at',
  'tickets.auto_close_at',
  'tickets.first_response_breached',
  'tickets.next_deadline_at',
  'tickets.call_the_center',
  'tickets.first_response_near_at',
  'tickets.automatic_update_at',
  'tickets.last_agent_update_at',
  'tickets.held_since',
] as const;

export type SummaryRow = Pick<
  TicketRow,
  | 'id'
  | 'seq'
  | 'number'
  | 'organization_id'
  | 'requester_id'
  | 'assignee_id'
  | 'subject'
  | 'impact'
  | 'channel'
  | 'status'
  | 'resolution'
  | 'reported_at'
  | 'created_at'
  | 'updated_at'
  | 'closed_at'
  | 'first_responded_at'
  | 'calendar_id'
  | 'clock_starts_at'
  | 'first_response_due_at'
  | 'first_response_minutes_left'
  | 'next_update_due_at'
  | 'warning_at'
  | 'auto_close_at'
  | 'first_response_breached'
  | 'next_deadline_at'
  | 'call_the_center'
  | 'first_response_near_at'
  | 'automatic_update_at'
  | 'last_agent_update_at'
  | 'held_since'
>;

export function rowToTicketSummary(row: SummaryRow): TicketSummary {
  return {
    id: row.id,
    seq: row.seq,
    number: row.number,
    organizationId: row.organization_id,
    requesterId: row.requester_id,
    assigneeId: row.assignee_id,
    subject: row.subject,
    impact: row.impact as Impact,
    channel: row.channel as Channel,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    life: {
      status: row.status as TicketStatus,
      resolution: row.resolution as Resolution | null,
      reportedAt: row.reported_at,
      closedAt: row.closed_at,
      firstRespondedAt: row.first_responded_at,
      automaticUpdateAt: row.automatic_update_at,
      lastAgentUpdateAt: row.last_agent_update_at,
      heldSince: row.held_since,
    },
    sla: slaOf(row),
  };
}

function slaOf(row: SummaryRow): Ticket['sla'] {
  return {
    calendarId: row.calendar_id,
    clockStartsAt: row.clock_starts_at,
    firstResponseDueAt: row.first_response_due_at,
    firstRespondedAt: row.first_responded_at,
    firstResponseMinutesLeft: row.first_response_minutes_left,
    firstResponseNearAt: row.first_response_near_at,
    nextUpdateDueAt: row.next_update_due_at,
    warningAt: row.warning_at,
    autoCloseAt: row.auto_close_at,
    firstResponseBreached: row.first_response_breached === 1,
    nextDeadlineAt: row.next_deadline_at === NO_DEADLINE ? null : row.next_deadline_at,
    callTheCenter: row.call_the_center === 1,
  };
}

/** A message as stored: internal notes are the rows with `public` 0. */
export function messageToRow(message: TicketMessage): MessagesTable {
  return {
    id: message.id,
    ticket_id: message.ticketId,
    author_id: message.authorId,
    kind: message.kind,
    body: message.body,
    public: message.public ? 1 : 0,
    created_at: message.createdAt,
  };
}
