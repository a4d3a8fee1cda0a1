/**
 * The SLA fields stored on a ticket, derived from its lifecycle and contract with the SLA clock
 * every time the ticket changes, so the queue and the scheduler read them by index.
 */

import type { BusinessCalendar } from '../calendar/business-calendar.js';
import { addBusinessMinutes, businessMinutesBetween } from '../calendar/clock.js';
import type { ContractCalendars } from '../sla/contract-calendars.js';
import type { Channel, Impact, Modality, Service } from '../sla/contract-terms.js';
import type { LevelTable } from '../sla/level-table.js';
import {
  computeTicketDeadlines,
  type TicketSlaInput,
  ticketClockStart,
} from '../sla/ticket-deadlines.js';
import type { Instant } from '../time/instant.js';
import type { TicketLifecycle } from './ticket-lifecycle.js';
import { HELD_BY_CENTER, WAITING_ON_CUSTOMER } from './ticket-vocabulary.js';

export interface TicketTerms {
  readonly modality: Modality;
  readonly services: readonly Service[];
  readonly impact: Impact;
  readonly channel: Channel;
}

export interface TicketSla {
  readonly calendarId: string;
  readonly clockStartsAt: Instant;
  /** Null while the first-response clock is paused (waiting on the customer before diagnosis). */
  readonly firstResponseDueAt: Instant | null;
  readonly firstRespondedAt: Instant | null;
  /** Business minutes of first-response time left when the clock paused. */
  readonly firstResponseMinutesLeft: number | null;
  /**
   * When 80 % of the first-response time is used (FIRST_RESPONSE_NEAR_FRACTION): staff are
   * warned then. Null once answered, while paused, or when closed.
   */
  readonly firstResponseNearAt: Instant | null;
  readonly nextUpdateDueAt: Instant | null;
  readonly warningAt: Instant | null;
  readonly autoCloseAt: Instant | null;
  readonly firstResponseBreached: boolean;
  /** The nearest pending deadline: what the queue sorts by and the scheduler sweeps. */
  readonly nextDeadlineAt: Instant | null;
  readonly callTheCenter: boolean;
}

/** The share of the first-response time after which staff are warned the deadline is near. */
export const FIRST_RESPONSE_NEAR_FRACTION = 0.8;

export interface TicketSlaOptions {
  readonly calendars: ContractCalendars;
  readonly levels: LevelTable;
}

/**
 * What the SLA clock needs of a ticket: its terms, when it was reported, its first-response
 * pauses, the last time the center spoke or took it back, and since when it waits on the
 * customer (only while it does).
 */
export function ticketSlaInput(terms: TicketTerms, life: TicketLifecycle): TicketSlaInput {
  const lastAgentUpdateAt = Math.max(
    life.lastAgentUpdateAt ?? 0,
    life.heldSince ?? 0,
    life.automaticUpdateAt ?? 0,
  );
  // A literal, no spread: the deadline recompute builds this for every open ticket, and a
  // spread is V8's slow path (see storage/ticket-row.ts).
  const input: { -readonly [K in keyof TicketSlaInput]: TicketSlaInput[K] } = {
    modality: terms.modality,
    services: terms.services,
    impact: terms.impact,
    channel: terms.channel,
    createdAt: life.reportedAt,
    pauses: life.pauses,
    lastAgentUpdateAt,
  };
  const waiting = life.status !== 'closed' && WAITING_ON_CUSTOMER.has(life.status);
  if (waiting && life.waitingSince !== null) input.waitingSince = life.waitingSince;
  return input;
}

/** Recomputes a ticket's SLA fields at `now` (breach flags depend on it). */
export function computeTicketSla(
  terms: TicketTerms,
  life: TicketLifecycle,
  now: Instant,
  options: TicketSlaOptions,
): TicketSla {
  const input = ticketSlaInput(terms, life);
  const { calendar, clockStartsAt, callTheCenter } = ticketClockStart(input, options.calendars);
  const open = life.status !== 'closed';
  const deadlines = computeTicketDeadlines(input, {
    calendars: options.calendars,
    levels: options.levels,
    notificationCount: 1,
  });
  const paused = life.firstRespondedAt === null && life.pausedSince !== null;
  const firstResponseDueAt = paused ? null : deadlines.firstResponseDueAt;
  const firstResponseMinutesLeft = paused
    ? minutesLeft(
        calendar,
        deadlines.firstResponseDueAt,
        life.pausedSince as Instant,
        clockStartsAt,
      )
    : null;
  const firstResponseNearAt =
    open && firstResponseDueAt !== null && life.firstRespondedAt === null
      ? addBusinessMinutes(
          calendar,
          clockStartsAt,
          Math.ceil(
            options.levels[terms.impact].firstResponseMinutes * FIRST_RESPONSE_NEAR_FRACTION,
          ),
          life.pauses,
        )
      : null;
  const nextUpdateDueAt =
    open && HELD_BY_CENTER.has(life.status) ? (deadlines.notificationsDueAt[0] ?? null) : null;
  const warningAt = open ? (deadlines.warningAt ?? null) : null;
  const autoCloseAt = open ? (deadlines.autoCloseAt ?? null) : null;
  return slaAt(
    {
      calendarId: calendar.id,
      clockStartsAt,
      firstResponseDueAt,
      firstRespondedAt: life.firstRespondedAt,
      firstResponseMinutesLeft,
      firstResponseNearAt,
      nextUpdateDueAt,
      warningAt,
      autoCloseAt,
      firstResponseBreached: false,
      nextDeadlineAt: null,
      callTheCenter,
    },
    life,
    now,
  );
}

/**
 * The SLA fields at a later `now` for the same lifecycle and settings: only the breach flag
 * and the next deadline move with time (the deadlines themselves do not). The scheduler uses it
 * for events that leave the lifecycle as it was (a warning, an alert), sparing the calendar
 * arithmetic of `computeTicketSla` — which ends by calling it, so the two cannot disagree.
 */
export function slaAt(sla: TicketSla, life: TicketLifecycle, now: Instant): TicketSla {
  const open = life.status !== 'closed';
  const { firstResponseDueAt, nextUpdateDueAt, warningAt, autoCloseAt } = sla;
  const firstResponseBreached =
    firstResponseDueAt !== null &&
    (life.firstRespondedAt !== null
      ? life.firstRespondedAt > firstResponseDueAt
      : open && now > firstResponseDueAt);
  let nextDeadlineAt: Instant | null = null;
  const consider = (at: Instant | null) => {
    if (at !== null && (nextDeadlineAt === null || at < nextDeadlineAt)) nextDeadlineAt = at;
  };
  consider(life.firstRespondedAt === null && open ? firstResponseDueAt : null);
  consider(nextUpdateDueAt);
  consider(warningAt !== null && now < warningAt ? warningAt : autoCloseAt);
  // One literal, no spread: this runs for every swept ticket (see ticket-row.ts).
  return {
    calendarId: sla.calendarId,
    clockStartsAt: sla.clockStartsAt,
    firstResponseDueAt,
    firstRespondedAt: sla.firstRespondedAt,
    firstResponseMinutesLeft: sla.firstResponseMinutesLeft,
    firstResponseNearAt: sla.firstResponseNearAt,
    nextUpdateDueAt,
    warningAt,
    autoCloseAt,
    firstResponseBreached,
    nextDeadlineAt,
    callTheCenter: sla.callTheCenter,
  };
}

/** Business minutes between the pause and the due instant the ticket would have had. */
function minutesLeft(
  calendar: BusinessCalendar,
  dueWithoutThisPause: Instant,
  pausedSince: Instant,
  clockStartsAt: Instant,
): number {
  const from = Math.max(pausedSince, clockStartsAt);
  return from >= dueWithoutThisPause
    ? 0
    : businessMinutesBetween(calendar, from, dueWithoutThisPause);
}
