/**
 * A ticket's SLA deadlines (SPEC §3–§5), computed when the ticket changes and stored on it:
 * when its clock starts, when the first response (diagnosis) is due, when status updates are
 * due if no agent writes, and — while it waits on the customer — the no-response warning and
 * automatic closure.
 */

import type { BusinessCalendar } from '../calendar/business-calendar.js';
import { addBusinessMinutes } from '../calendar/clock.js';
import { type Explanation, explainSpan, type SkippedSpan } from '../calendar/explain.js';
import { DomainError } from '../errors.js';
import { describeInstant, type Instant, type Interval } from '../time/instant.js';
import { type ContractCalendarId, ContractCalendars } from './contract-calendars.js';
import {
  assertImpactAllowed,
  type Channel,
  type Impact,
  type Modality,
  type Service,
} from './contract-terms.js';
import { DEFAULT_LEVEL_TABLE, type LevelTable } from './level-table.js';

export interface TicketSlaInput {
  readonly modality: Modality;
  readonly services: readonly Service[];
  readonly impact: Impact;
  readonly channel: Channel;
  readonly createdAt: Instant;
  /** Spans when the clock stopped (waiting on the customer before the diagnosis). */
  readonly pauses?: readonly Interval[];
  /** Last public agent update; status notifications count from it (default: clock start). */
  readonly lastAgentUpdateAt?: Instant;
  /** Since when the ticket waits on the customer; gives the warning and auto-close instants. */
  readonly waitingSince?: Instant;
}

export interface TicketDeadlines {
  readonly calendarId: ContractCalendarId;
  readonly clockStartsAt: Instant;
  readonly firstResponseDueAt: Instant;
  /** The next status notifications due if no agent update happens (three by default). */
  readonly notificationsDueAt: readonly Instant[];
  readonly warningAt?: Instant;
  readonly autoCloseAt?: Instant;
  /**
   * SPEC §3 decision: a 7x24 high-impact case reported by web or e-mail outside Mon–Sat
   * 08:00–18:00 waits for those hours; the user must be told to call.
   */
  readonly callTheCenter: boolean;
}

export interface TicketDeadlineOptions {
  readonly calendars?: ContractCalendars;
  readonly levels?: LevelTable;
  readonly notificationCount?: number;
}

const defaultCalendars = new ContractCalendars();

/** Channels whose out-of-hours high-impact cases on 7x24 wait for attended hours (SPEC §3). */
const CUSTOMER_WRITTEN_CHANNELS: ReadonlySet<Channel> = new Set(['web', 'email']);

/** The ticket's calendar and the instant its clock starts. */
export function ticketClockStart(
  input: Pick<TicketSlaInput, 'modality' | 'impact' | 'channel' | 'createdAt'>,
  calendars: ContractCalendars = defaultCalendars,
): { calendar: BusinessCalendar; clockStartsAt: Instant; callTheCenter: boolean } {
  const calendar = calendars.forTicket(input.modality, input.impact);
  const writtenOutOfHours =
    input.modality === '7x24' &&
    input.impact === 'high' &&
    CUSTOMER_WRITTEN_CHANNELS.has(input.channel);
  if (writtenOutOfHours) {
    const clockStartsAt = calendars.get('7x24-attended').nextOpening(input.createdAt);
    return { calendar, clockStartsAt, callTheCenter: clockStartsAt !== input.createdAt };
  }
  return { calendar, clockStartsAt: calendar.nextOpening(input.createdAt), callTheCenter: false };
}

/** Computes every deadline of a ticket from its contract, level, channel and history. */
export function computeTicketDeadlines(
  input: TicketSlaInput,
  options: TicketDeadlineOptions = {},
): TicketDeadlines {
  assertImpactAllowed(input.impact, input.services);
  const levels = options.levels ?? DEFAULT_LEVEL_TABLE;
  const terms = levels[input.impact];
  const pauses = input.pauses ?? [];
  const { calendar, clockStartsAt, callTheCenter } = ticketClockStart(input, options.calendars);
  const firstResponseDueAt = addBusinessMinutes(
    calendar,
    clockStartsAt,
    terms.firstResponseMinutes,
    pauses,
  );
  const notificationsFrom = Math.max(clockStartsAt, input.lastAgentUpdateAt ?? clockStartsAt);
  const notificationsDueAt: Instant[] = [];
  for (let k = 1; k <= (options.notificationCount ?? 3); k++) {
    notificationsDueAt.push(
      addBusinessMinutes(
        calendar,
        notificationsFrom,
        k * terms.notificationIntervalMinutes,
        pauses,
      ),
    );
  }
  const deadlines: TicketDeadlines = {
    calendarId: calendar.id as ContractCalendarId,
    clockStartsAt,
    firstResponseDueAt,
    notificationsDueAt,
    callTheCenter,
  };
  if (input.waitingSince === undefined) return deadlines;
  if (input.waitingSince < input.createdAt) {
    throw new DomainError('INVALID_INTERVAL', {
      start: describeInstant(input.createdAt),
      end: describeInstant(input.waitingSince),
    });
  }
  const interval = terms.notificationIntervalMinutes;
  // A literal, not a spread of `deadlines`: the recompute does this for every open ticket.
  return {
    calendarId: deadlines.calendarId,
    clockStartsAt,
    firstResponseDueAt,
    notificationsDueAt,
    callTheCenter,
    warningAt: addBusinessMinutes(calendar, input.waitingSince, interval),
    autoCloseAt: addBusinessMinutes(calendar, input.waitingSince, 2 * interval),
  };
}

export interface TicketDeadlineExplanations {
  readonly firstResponse: Explanation;
  readonly notifications: readonly Explanation[];
  readonly warning?: Explanation;
  readonly autoClose?: Explanation;
}

/** "Why is it due then?" for each of a ticket's deadlines. */
export function explainTicketDeadlines(
  input: TicketSlaInput,
  deadlines: TicketDeadlines,
  options: TicketDeadlineOptions = {},
): TicketDeadlineExplanations {
  const { calendar } = ticketClockStart(input, options.calendars);
  const pauses = input.pauses ?? [];
  const fromCreation = (due: Instant): Explanation => {
    if (!deadlines.callTheCenter) return explainSpan(calendar, input.createdAt, due, pauses);
    // The calendar counts every minute, so the wait for attended hours is named explicitly.
    const counted = explainSpan(calendar, deadlines.clockStartsAt, due, pauses);
    const waited: SkippedSpan = {
      start: input.createdAt,
      end: deadlines.clockStartsAt,
      reason: 'phone_only_hours',
    };
    return { ...counted, from: input.createdAt, skipped: [waited, ...counted.skipped] };
  };
  const notificationsFrom = Math.max(
    deadlines.clockStartsAt,
    input.lastAgentUpdateAt ?? deadlines.clockStartsAt,
  );
  const explanations: TicketDeadlineExplanations = {
    firstResponse: fromCreation(deadlines.firstResponseDueAt),
    notifications: deadlines.notificationsDueAt.map((due) =>
      notificationsFrom === deadlines.clockStartsAt
        ? fromCreation(due)
        : explainSpan(calendar, notificationsFrom, due, pauses),
    ),
  };
  const { waitingSince } = input;
  if (waitingSince === undefined || deadlines.warningAt === undefined) return explanations;
  return {
    ...explanations,
    warning: explainSpan(calendar, waitingSince, deadlines.warningAt),
    ...(deadlines.autoCloseAt !== undefined && {
      autoClose: explainSpan(calendar, waitingSince, deadlines.autoCloseAt),
    }),
  };
}
