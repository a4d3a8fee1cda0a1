/**
 * Report periods are whole months of Bogotá's calendar (SPEC §3: the center's time zone), from
 * a first to a last month inclusive, as the half-open span of instants [start, end).
 */

import { DomainError } from '../errors.js';
import { civilDateOf, dayNumberOf, pad2 } from '../time/civil-date.js';
import type { Instant } from '../time/instant.js';
import { utcToWallTime, wallTimeToUtc } from '../time/time-zone.js';

/** A month as `YYYY-MM`. */
export type Month = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The longest period a report covers: two years of months. */
export const MAX_REPORT_MONTHS = 24;

export interface MonthSpan {
  readonly first: Month;
  readonly last: Month;
  /** First instant of the first month in the zone. */
  readonly start: Instant;
  /** First instant after the last month in the zone. */
  readonly end: Instant;
  /** Every month of the span, in order. */
  readonly months: readonly Month[];
}

function parseMonth(text: string): { year: number; month: number } {
  const found = MONTH.exec(text);
  if (!found) throw new DomainError('INVALID_MONTH', { value: text });
  return { year: Number(found[1]), month: Number(found[2]) };
}

/** The month (in `timeZone`) an instant falls in. */
export function monthOf(instant: Instant, timeZone: string): Month {
  const { year, month } = civilDateOf(utcToWallTime(timeZone, instant).day);
  return `${year}-${pad2(month)}`;
}

/** The months first..last inclusive in `timeZone`; refuses a reversed or over-long span. */
export function monthSpan(first: Month, last: Month, timeZone: string): MonthSpan {
  const a = parseMonth(first);
  const b = parseMonth(last);
  const count = (b.year - a.year) * 12 + (b.month - a.month) + 1;
  if (count < 1) throw new DomainError('INVALID_INTERVAL', { start: first, end: last });
  if (count > MAX_REPORT_MONTHS) {
    throw new DomainError('REPORT_PERIOD_TOO_LONG', { months: count, max: MAX_REPORT_MONTHS });
  }
  const months: Month[] = [];
  for (let i = 0; i < count; i++) {
    const index = a.month - 1 + i;
    months.push(`${a.year + Math.floor(index / 12)}-${pad2((index % 12) + 1)}`);
  }
  const after =
    b.month === 12 ? { year: b.year + 1, month: 1 } : { year: b.year, month: b.month + 1 };
  return {
    first,
    last,
    start: wallTimeToUtc(timeZone, dayNumberOf(a.year, a.month, 1), 0),
    end: wallTimeToUtc(timeZone, dayNumberOf(after.year, after.month, 1), 0),
    months,
  };
}

/** The month `count` months after `month` (before it when negative). */
export function addMonths(month: Month, count: number): Month {
  const { year, month: number } = parseMonth(month);
  const index = year * 12 + (number - 1) + count;
  return `${Math.floor(index / 12)}-${pad2((index % 12) + 1)}`;
}
