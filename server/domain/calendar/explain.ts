/**
 * "Why is it due then?": for a span of a calendar, the windows that were counted and the spans
 * that were skipped, each with its reason (lunch, weekend, a holiday by name, out of contracted
 * hours, paused). No other helpdesk shows this; the UI and the CLI both print it.
 */

import { MS_PER_MINUTE, weekdayOf } from '../time/civil-date.js';
import type { Instant, Interval } from '../time/instant.js';
import { utcToWallTime, wallTimeToUtc } from '../time/time-zone.js';
import type { BusinessCalendar } from './business-calendar.js';
import { normalizePauses } from './clock.js';

export type SkipReason =
  | 'lunch'
  | 'weekend'
  | 'non_working_day'
  | 'holiday'
  | 'closure'
  | 'outside_hours'
  | 'paused'
  | 'phone_only_hours';

export interface CountedSpan {
  readonly start: Instant;
  readonly end: Instant;
  readonly minutes: number;
}

export interface SkippedSpan {
  readonly start: Instant;
  readonly end: Instant;
  readonly reason: SkipReason;
  /** The holiday's or closure's name, in Spanish and English. */
  readonly name?: string;
  readonly nameEn?: string;
}

export interface Explanation {
  readonly from: Instant;
  readonly to: Instant;
  readonly countedMinutes: number;
  readonly counted: readonly CountedSpan[];
  readonly skipped: readonly SkippedSpan[];
}

/** Labels of the skip reasons, Spanish first. */
export const skipReasonLabels: Readonly<Record<SkipReason, { es: string; en: string }>> = {
  lunch: { es: 'almuerzo (entre turnos)', en: 'lunch break (between shifts)' },
  weekend: { es: 'fin de semana', en: 'weekend' },
  non_working_day: { es: 'día no contratado', en: 'day not contracted' },
  holiday: { es: 'festivo', en: 'public holiday' },
  closure: { es: 'cierre', en: 'closure' },
  outside_hours: { es: 'fuera del horario contratado', en: 'outside contracted hours' },
  paused: { es: 'en pausa (esperando al cliente)', en: 'paused (waiting on the customer)' },
  phone_only_hours: {
    es: 'fuera de lun–sáb 08:00–18:00: solo casos de impacto alto por teléfono',
    en: 'outside Mon–Sat 08:00–18:00: only high-impact cases by phone',
  },
};

/** Explains the counted and skipped time of [from, to) on the calendar, minus pauses. */
export function explainSpan(
  calendar: BusinessCalendar,
  from: Instant,
  to: Instant,
  pauses: readonly Interval[] = [],
): Explanation {
  const counted: CountedSpan[] = [];
  const skipped: SkippedSpan[] = [];
  const merged = normalizePauses(pauses);
  const skip = (span: SkippedSpan) => {
    const last = skipped[skipped.length - 1];
    if (last && last.end === span.start && last.reason === span.reason && last.name === span.name) {
      skipped[skipped.length - 1] = { ...last, end: span.end };
    } else {
      skipped.push(span);
    }
  };
  let cursor = from;
  for (const open of calendar.openIntervalsBetween(from, to)) {
    if (cursor < open.start) classifyClosedTime(calendar, cursor, open.start, skip);
    let t = open.start;
    for (const pause of merged) {
      if (pause.end <= t || pause.start >= open.end) continue;
      if (pause.start > t) counted.push(countedSpan(t, pause.start));
      const pausedEnd = Math.min(pause.end, open.end);
      skip({ start: Math.max(pause.start, t), end: pausedEnd, reason: 'paused' });
      t = pausedEnd;
    }
    if (t < open.end) counted.push(countedSpan(t, open.end));
    cursor = open.end;
  }
  if (cursor < to) classifyClosedTime(calendar, cursor, to, skip);
  const countedMinutes = counted.reduce((sum, c) => sum + c.minutes, 0);
  return { from, to, countedMinutes, counted, skipped };
}

function countedSpan(start: Instant, end: Instant): CountedSpan {
  return { start, end, minutes: (end - start) / MS_PER_MINUTE };
}

/** Splits closed time at local midnights and names why each day's piece was not counted. */
function classifyClosedTime(
  calendar: BusinessCalendar,
  from: Instant,
  to: Instant,
  skip: (span: SkippedSpan) => void,
): void {
  let start = from;
  while (start < to) {
    const { day, msOfDay } = utcToWallTime(calendar.timeZone, start);
    const end = Math.min(to, wallTimeToUtc(calendar.timeZone, day + 1, 0));
    const schedule = calendar.scheduleOf(day);
    const special = schedule.special;
    if (special && schedule.windows.length === 0) {
      skip({
        start,
        end,
        reason: special.kind === 'holiday' ? 'holiday' : 'closure',
        name: special.name,
        nameEn: special.nameEn,
      });
    } else if (schedule.windows.length === 0) {
      const weekday = weekdayOf(day);
      skip({ start, end, reason: weekday === 0 || weekday === 6 ? 'weekend' : 'non_working_day' });
    } else {
      const minute = msOfDay / MS_PER_MINUTE;
      const between =
        schedule.windows.some((w) => w.end <= minute) &&
        schedule.windows.some((w) => w.start > minute);
      skip({ start, end, reason: between ? 'lunch' : 'outside_hours' });
    }
    start = end;
  }
}
