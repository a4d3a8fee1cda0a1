/**
 * What a calendar is (SPEC §3): an IANA time zone, weekly windows of counted time, the holidays
 * of a country and per-date exceptions an admin adds (a closure, or special hours that also
 * cancel a holiday). Times of day are minutes 0–1440, end exclusive: 08:00–12:00 is {480, 720}.
 */

import { DomainError } from '../errors.js';
import { parseIsoDate } from '../time/civil-date.js';
import { assertTimeZone } from '../time/time-zone.js';
import type { HolidaySource } from './holidays/holiday.js';

/** A window of counted time within a day, minutes since local midnight, end exclusive. */
export interface DayWindow {
  readonly start: number;
  readonly end: number;
}

/** Windows for each weekday, index 0 = Sunday … 6 = Saturday. */
export type WeeklyHours = readonly (readonly DayWindow[])[];

/**
 * A date whose hours differ from the weekly ones: `windows: []` closes it (a company day off,
 * a holiday created by a new law); other windows replace that day's hours, also on a holiday
 * (a holiday removed by law, a Saturday opened for a migration).
 */
export interface CalendarException {
  readonly date: string;
  readonly name: string;
  readonly nameEn?: string | undefined;
  readonly windows: readonly DayWindow[];
}

export interface CalendarDefinition {
  readonly id: string;
  readonly timeZone: string;
  readonly weeklyHours: WeeklyHours;
  /** Absent when holidays are ordinary days (7x24 contracts). */
  readonly holidays?: HolidaySource | undefined;
  readonly exceptions?: readonly CalendarException[] | undefined;
}

/** Shorthand for a window from "HH:MM" to "HH:MM" ("24:00" is the end of the day). */
export function window(from: string, to: string): DayWindow {
  return { start: minuteOfDay(from), end: minuteOfDay(to) };
}

function minuteOfDay(hhmm: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
  if (!m || Number(m[2]) > 59 || minutes > 1440) {
    throw new DomainError('INVALID_CALENDAR', { reason: `bad time of day "${hhmm}"` });
  }
  return minutes;
}

/** Sorted, validated copy of a day's windows; refuses overlaps and out-of-range minutes. */
export function normalizeWindows(windows: readonly DayWindow[], where: string): DayWindow[] {
  const sorted = [...windows].sort((a, b) => a.start - b.start);
  sorted.forEach((w, i) => {
    const valid =
      Number.isInteger(w.start) &&
      Number.isInteger(w.end) &&
      w.start >= 0 &&
      w.end <= 1440 &&
      w.start < w.end;
    if (!valid) {
      throw new DomainError('INVALID_CALENDAR', {
        reason: `${where}: window ${w.start}–${w.end} must satisfy 0 ≤ start < end ≤ 1440`,
      });
    }
    const previous = sorted[i - 1];
    if (previous && previous.end > w.start) {
      throw new DomainError('INVALID_CALENDAR', { reason: `${where}: overlapping windows` });
    }
  });
  return sorted;
}

/** Checks a definition once, so the clock can trust it afterwards. */
export function validateDefinition(definition: CalendarDefinition): void {
  assertTimeZone(definition.timeZone);
  if (definition.weeklyHours.length !== 7) {
    throw new DomainError('INVALID_CALENDAR', {
      reason: 'weeklyHours needs 7 days (Sunday first)',
    });
  }
  definition.weeklyHours.forEach((day, i) => {
    normalizeWindows(day, `weekday ${i}`);
  });
  const seen = new Set<string>();
  for (const exception of definition.exceptions ?? []) {
    parseIsoDate(exception.date);
    if (seen.has(exception.date)) {
      throw new DomainError('INVALID_CALENDAR', { reason: `two exceptions on ${exception.date}` });
    }
    seen.add(exception.date);
    normalizeWindows(exception.windows, exception.date);
  }
}
