/**
 * The case lifecycle of the guide (SPEC §5) as pure state changes: every intent checks the
 * status it starts from and refuses illegal transitions with ILLEGAL_TRANSITION. The instants
 * it records (first response, pauses, waiting since) are what the SLA clock needs.
 */

import { DomainError } from '../errors.js';
import type { Instant, Interval } from '../time/instant.js';
import type { Resolution, TicketStatus } from './ticket-vocabulary.js';

export interface TicketLifecycle {
  readonly status: TicketStatus;
  readonly resolution: Resolution | null;
  /** When the case was reported (the call time for phone tickets). */
  readonly reportedAt: Instant;
  readonly firstRespondedAt: Instant | null;
  /** Closed spans when the first-response clock stood still (waiting before diagnosis). */
  readonly pauses: readonly Interval[];
  /** Start of the current first-response pause, while it lasts. */
  readonly pausedSince: Instant | null;
  readonly lastAgentUpdateAt: Instant | null;
  /** Since when the center holds the case again (after a customer answer or a rejection). */
  readonly heldSince: Instant | null;
  readonly waitingSince: Instant | null;
  readonly closedAt: Instant | null;
  /**
   * When mesa last sent the requester an automatic status update because the notification
   * interval ran out without an agent's word (SPEC §4); the next interval counts from it.
   */
  readonly automaticUpdateAt: Instant | null;
}

/** A freshly registered ticket. */
export function registerLifecycle(reportedAt: Instant): TicketLifecycle {
  return {
    status: 'new',
    resolution: null,
    reportedAt,
    firstRespondedAt: null,
    pauses: [],
    pausedSince: null,
    lastAgentUpdateAt: null,
    heldSince: null,
    waitingSince: null,
    closedAt: null,
    automaticUpdateAt: null,
  };
}

function refuseUnless(
  life: TicketLifecycle,
  action: string,
  allowed: readonly TicketStatus[],
): void {
  if (!allowed.includes(life.status)) {
    throw new DomainError('ILLEGAL_TRANSITION', { action, status: life.status });
  }
}

/** Ends a running first-response pause at `at`. */
function resume(
  life: TicketLifecycle,
  at: Instant,
): Pick<TicketLifecycle, 'pauses' | 'pausedSince'> {
  if (life.pausedSince === null) return { pauses: life.pauses, pausedSince: null };
  return { pauses: [...life.pauses, { start: life.pausedSince, end: at }], pausedSince: null };
}

/** The center records and reports its diagnosis: the first response (SPEC §4). */
export function diagnose(life: TicketLifecycle, at: Instant): TicketLifecycle {
  refuseUnless(life, 'diagnose', ['new', 'in_progress', 'waiting_customer']);
  return {
    ...life,
    ...resume(life, at),
    status: 'in_progress',
    firstRespondedAt: life.firstRespondedAt ?? at,
    lastAgentUpdateAt: at,
    heldSince: life.status === 'waiting_customer' ? at : life.heldSince,
    waitingSince: null,
  };
}

/**
 * Staff ask the customer for information or tests: the ticket waits on the customer, and
 * before the diagnosis the first-response clock pauses (SPEC §4 decision).
 */
export function requestFromCustomer(life: TicketLifecycle, at: Instant): TicketLifecycle {
  refuseUnless(life, 'request information', ['new', 'in_progress', 'waiting_customer']);
  const pausedSince = life.firstRespondedAt === null ? (life.pausedSince ?? at) : life.pausedSince;
  return {
    ...life,
    status: 'waiting_customer',
    pausedSince,
    lastAgentUpdateAt: at,
    waitingSince: at,
  };
}

/**
 * A customer's public answer: a waiting ticket returns to the center and its first-response
 * clock resumes; on a proposed solution it only resets the no-response clock (SPEC §5).
 */
export function customerAnswers(life: TicketLifecycle, at: Instant): TicketLifecycle {
  refuseUnless(life, 'answer', ['new', 'in_progress', 'waiting_customer', 'solution_proposed']);
  if (life.status === 'solution_proposed') return { ...life, waitingSince: at };
  if (life.status !== 'waiting_customer') return life;
  return { ...life, ...resume(life, at), status: 'in_progress', heldSince: at, waitingSince: null };
}

/** An agent's public reply: restarts the notification interval (SPEC §4). */
export function agentReplies(life: TicketLifecycle, at: Instant): TicketLifecycle {
  refuseUnless(life, 'reply', ['new', 'in_progress', 'waiting_customer', 'solution_proposed']);
  return {
    ...life,
    status: life.status === 'new' ? 'in_progress' : life.status,
    lastAgentUpdateAt: at,
  };
}

/** An agent proposes a solution; the ticket waits for the customer to accept or reject it. */
export function proposeSolution(life: TicketLifecycle, at: Instant): TicketLifecycle {
  refuseUnless(life, 'propose a solution', ['in_progress', 'waiting_customer']);
  if (life.firstRespondedAt === null) throw new DomainError('DIAGNOSIS_REQUIRED');
  return {
    ...life,
    ...resume(life, at),
    status: 'solution_proposed',
    lastAgentUpdateAt: at,
    waitingSince: at,
  };
}

/** The customer accepts the solution: closed as `accepted` (SPEC §5.1). */
export function acceptSolution(life: TicketLifecycle, at: Instant): TicketLifecycle {
  refuseUnless(life, 'accept the solution', ['solution_proposed']);
  return close(life, 'accepted', at);
}

/** The customer rejects the solution: back to the center (SPEC §5.1). */
export function rejectSolution(life: TicketLifecycle, at: Instant): TicketLifecycle {
  refuseUnless(life, 'reject the solution', ['solution_proposed']);
  return { ...life, status: 'in_progress', heldSince: at, waitingSince: null };
}

/** An agent closes a fault outside the contracted service (SPEC §5.3); a reason is required. */
export function closeAsOutOfScope(
  life: TicketLifecycle,
  at: Instant,
  reason: string,
): TicketLifecycle {
  refuseUnless(life, 'close as out of scope', [
    'new',
    'in_progress',
    'waiting_customer',
    'solution_proposed',
  ]);
  if (reason.trim().length === 0) throw new DomainError('REASON_REQUIRED');
  return close(life, 'out_of_scope', at);
}

/**
 * The notification interval ran out while the center held the case: mesa sends the requester
 * an automatic status update, and the next interval counts from it (SPEC §4).
 */
export function sendAutomaticUpdate(life: TicketLifecycle, at: Instant): TicketLifecycle {
  refuseUnless(life, 'send a status update', ['new', 'in_progress']);
  return { ...life, automaticUpdateAt: at };
}

/**
 * "Update overdue" (SPEC §4): an automatic update went out and no agent has written since, so
 * the assignee and supervisors see the flag until an agent's public message.
 */
export function isUpdateOverdue(
  life: Pick<TicketLifecycle, 'status' | 'automaticUpdateAt' | 'lastAgentUpdateAt' | 'heldSince'>,
): boolean {
  if (life.status === 'closed' || life.automaticUpdateAt === null) return false;
  return life.automaticUpdateAt > Math.max(life.lastAgentUpdateAt ?? 0, life.heldSince ?? 0);
}

/** Two silent periods while waiting on the customer close the ticket (SPEC §5.2). */
export function closeForNoResponse(life: TicketLifecycle, at: Instant): TicketLifecycle {
  refuseUnless(life, 'close for no response', ['waiting_customer', 'solution_proposed']);
  return close(life, 'no_response', at);
}

function close(life: TicketLifecycle, resolution: Resolution, at: Instant): TicketLifecycle {
  return {
    ...life,
    ...resume(life, at),
    status: 'closed',
    resolution,
    waitingSince: null,
    closedAt: at,
  };
}
