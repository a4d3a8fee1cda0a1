/**
 * First responses on time (SPEC §4: the diagnosis answers the first response), per
 * organization, month and impact: how many were on time and late, the share on time, and the
 * median and 90th percentile of business minutes from the clock's start to the diagnosis —
 * counted with the ticket's own calendar and without its pauses (waiting on the customer).
 */

import type { BusinessCalendar } from '../calendar/business-calendar.js';
import { businessMinutesBetween } from '../calendar/clock.js';
import type { Instant, Interval } from '../time/instant.js';
import { median, percentile } from './percentiles.js';

/** What the report needs of one ticket's first response. */
export interface FirstResponseTicket {
  readonly clockStartsAt: Instant;
  /** Null while paused (waiting on the customer before the diagnosis). */
  readonly firstResponseDueAt: Instant | null;
  readonly firstRespondedAt: Instant | null;
  readonly pauses: readonly Interval[];
  readonly closedAt: Instant | null;
}

/**
 * `on_time`/`late`: diagnosed before/after the deadline; `overdue`: not diagnosed and the
 * deadline passed (a breach already); `pending`: not diagnosed, still in time or paused;
 * `closed_undiagnosed`: closed in time without a diagnosis (out of scope at once) — neither.
 */
export type FirstResponseOutcome =
  | 'on_time'
  | 'late'
  | 'overdue'
  | 'pending'
  | 'closed_undiagnosed';

/** How a ticket's first response stands at `now`. */
export function firstResponseOutcome(
  ticket: FirstResponseTicket,
  now: Instant,
): FirstResponseOutcome {
  const due = ticket.firstResponseDueAt;
  if (ticket.firstRespondedAt !== null) {
    return due !== null && ticket.firstRespondedAt > due ? 'late' : 'on_time';
  }
  if (due === null) return ticket.closedAt === null ? 'pending' : 'closed_undiagnosed';
  const until = ticket.closedAt ?? now;
  if (until > due) return 'overdue';
  return ticket.closedAt === null ? 'pending' : 'closed_undiagnosed';
}

/** Business minutes from the clock's start to the diagnosis, on the ticket's calendar. */
export function businessMinutesToDiagnosis(
  calendar: BusinessCalendar,
  ticket: Pick<FirstResponseTicket, 'clockStartsAt' | 'firstRespondedAt' | 'pauses'>,
): number | null {
  if (ticket.firstRespondedAt === null) return null;
  if (ticket.firstRespondedAt <= ticket.clockStartsAt) return 0;
  return businessMinutesBetween(
    calendar,
    ticket.clockStartsAt,
    ticket.firstRespondedAt,
    ticket.pauses,
  );
}

/** One ticket, classified and measured. */
export interface FirstResponseFact {
  readonly organizationId: string;
  readonly month: string;
  readonly impact: string;
  readonly outcome: FirstResponseOutcome;
  readonly minutesToDiagnosis: number | null;
}

export interface FirstResponseRow {
  readonly organizationId: string;
  readonly month: string;
  readonly impact: string;
  readonly tickets: number;
  readonly onTime: number;
  /** Diagnosed late, plus not diagnosed past the deadline. */
  readonly breaches: number;
  readonly pending: number;
  /** onTime / (onTime + breaches) in percent, one decimal; null when none is decided yet. */
  readonly percentOnTime: number | null;
  /** Business minutes to diagnosis of the diagnosed tickets, one decimal. */
  readonly medianMinutes: number | null;
  readonly p90Minutes: number | null;
}

const IMPACT_ORDER = ['high', 'medium', 'low', 'change'];

function oneDecimal(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

/** Groups the facts by organization, month and impact (in that order). */
export function firstResponseRows(facts: readonly FirstResponseFact[]): FirstResponseRow[] {
  const groups = new Map<string, FirstResponseFact[]>();
  for (const fact of facts) {
    const key = JSON.stringify([fact.organizationId, fact.month, fact.impact]);
    const group = groups.get(key);
    if (group) group.push(fact);
    else groups.set(key, [fact]);
  }
  const rows = [...groups.values()].map((group): FirstResponseRow => {
    const first = group[0] as FirstResponseFact;
    const onTime = group.filter((f) => f.outcome === 'on_time').length;
    const breaches = group.filter((f) => f.outcome === 'late' || f.outcome === 'overdue').length;
    const minutes = group.flatMap((f) =>
      f.minutesToDiagnosis === null ? [] : [f.minutesToDiagnosis],
    );
    return {
      organizationId: first.organizationId,
      month: first.month,
      impact: first.impact,
      tickets: group.length,
      onTime,
      breaches,
      pending: group.filter((f) => f.outcome === 'pending').length,
      percentOnTime:
        onTime + breaches === 0 ? null : oneDecimal((100 * onTime) / (onTime + breaches)),
      medianMinutes: oneDecimal(median(minutes)),
      p90Minutes: oneDecimal(percentile(minutes, 90)),
    };
  });
  return rows.sort(
    (a, b) =>
      a.organizationId.localeCompare(b.organizationId) ||
      a.month.localeCompare(b.month) ||
      IMPACT_ORDER.indexOf(a.impact) - IMPACT_ORDER.indexOf(b.impact),
  );
}
