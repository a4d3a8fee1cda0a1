/**
 * The SLA clock's operations (SPEC §3): exact to the millisecond, with pauses — spans when a
 * ticket's clock stops (e.g. the first-response clock while waiting on the customer).
 */

import { DomainError } from '../errors.js';
import { MS_PER_MINUTE } from '../time/civil-date.js';
import { describeInstant, type Instant, type Interval } from '../time/instant.js';
import { type BusinessCalendar, minutesToMs } from './business-calendar.js';

/** True when `t` is counted time of the calendar. */
export function isOpen(calendar: BusinessCalendar, t: Instant): boolean {
  return calendar.isOpen(t);
}

/** `t` when counted, otherwise the first counted instant after it. */
export function nextOpening(calendar: BusinessCalendar, t: Instant): Instant {
  return calendar.nextOpening(t);
}

/**
 * The instant when `minutes` of counted, unpaused time have elapsed since `start`: the
 * earliest d ≥ start with that much counted time in [start, d). Seconds carry through.
 */
export function addBusinessMinutes(
  calendar: BusinessCalendar,
  start: Instant,
  minutes: number,
  pauses: readonly Interval[] = [],
): Instant {
  let remaining = minutesToMs(minutes);
  if (pauses.length === 0) return calendar.addBusinessMs(start, remaining);
  let t = start;
  for (const pause of normalizePauses(pauses)) {
    if (pause.end <= t) continue;
    const available = pause.start > t ? calendar.businessMsBetween(t, pause.start) : 0;
    if (remaining <= available) return calendar.addBusinessMs(t, remaining);
    remaining -= available;
    t = pause.end;
  }
  return calendar.addBusinessMs(t, remaining);
}

/** Counted, unpaused minutes in [from, to) (fractional when seconds are involved). */
export function businessMinutesBetween(
  calendar: BusinessCalendar,
  from: Instant,
  to: Instant,
  pauses: readonly Interval[] = [],
): number {
  return businessMsBetween(calendar, from, to, pauses) / MS_PER_MINUTE;
}

/** Counted, unpaused milliseconds in [from, to). */
export function businessMsBetween(
  calendar: BusinessCalendar,
  from: Instant,
  to: Instant,
  pauses: readonly Interval[] = [],
): number {
  assertInterval(from, to);
  let total = calendar.businessMsBetween(from, to);
  for (const pause of normalizePauses(pauses)) {
    const start = Math.max(pause.start, from);
    const end = Math.min(pause.end, to);
    if (start < end) total -= calendar.businessMsBetween(start, end);
  }
  return total;
}

/** Pauses sorted by start, overlapping or touching ones merged, empty ones dropped. */
export function normalizePauses(pauses: readonly Interval[]): Interval[] {
  const sorted = pauses.filter((p) => {
    assertInterval(p.start, p.end);
    return p.end > p.start;
  });
  sorted.sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const p of sorted) {
    const last = merged[merged.length - 1];
    if (last && p.start <= last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, p.end) };
    } else {
      merged.push({ start: p.start, end: p.end });
    }
  }
  return merged;
}

function assertInterval(start: Instant, end: Instant): void {
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) {
    throw new DomainError('INVALID_INTERVAL', {
      start: describeInstant(start),
      end: describeInstant(end),
    });
  }
}
