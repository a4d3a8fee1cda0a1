/**
 * Conversions between UTC instants and wall-clock time in an IANA time zone, through Intl
 * (pure computation, independent of the host's TZ). Used when building calendars and when
 * formatting, never on the hot path of the clock.
 */

import { DomainError } from '../errors.js';
import { type DayNumber, MS_PER_DAY, MS_PER_MINUTE } from './civil-date.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new DomainError('INVALID_TIME_ZONE', { value: timeZone });
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws INVALID_TIME_ZONE unless `timeZone` is a known IANA zone. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/** The zone's offset from UTC at `utcMs`, in ms (local = utc + offset; Bogota: −5 h). */
export function zoneOffsetMs(timeZone: string, utcMs: number): number {
  const whole = Math.floor(utcMs / 1000) * 1000;
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(whole)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(
    fields.year ?? 1970,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  return asUtc - whole;
}

const midnightOffsets = new Map<string, Map<number, number>>();

/** The zone's offset at 00:00 UTC of a UTC day, memoized: building a year asks ~365 times. */
function offsetAtUtcMidnight(timeZone: string, utcDay: number): number {
  let memo = midnightOffsets.get(timeZone);
  if (!memo) {
    memo = new Map();
    midnightOffsets.set(timeZone, memo);
  }
  let offset = memo.get(utcDay);
  if (offset === undefined) {
    offset = zoneOffsetMs(timeZone, utcDay * MS_PER_DAY);
    memo.set(utcDay, offset);
  }
  return offset;
}

/**
 * The UTC instant of a wall-clock time (a day and a minute of that day, 0–1440) in the zone.
 * Ambiguous times (clocks turned back) take the earlier instant; times that do not exist
 * (clocks turned forward) move forward by the gap, like Temporal's "compatible" rule.
 */
export function wallTimeToUtc(timeZone: string, day: DayNumber, minuteOfDay: number): number {
  const naive = day * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE;
  const naiveDay = Math.floor(naive / MS_PER_DAY);
  // Offsets are within ±14 h, so the instant lies between these two midnights; when the zone
  // has one offset at both, no transition happens in between (they are months apart).
  const steady = offsetAtUtcMidnight(timeZone, naiveDay - 1);
  if (steady === offsetAtUtcMidnight(timeZone, naiveDay + 2)) return naive - steady;
  const before = zoneOffsetMs(timeZone, naive - MS_PER_DAY / 2);
  const after = zoneOffsetMs(timeZone, naive + MS_PER_DAY / 2);
  let best = Number.POSITIVE_INFINITY;
  for (const offset of before === after ? [before] : [before, after]) {
    const candidate = naive - offset;
    if (zoneOffsetMs(timeZone, candidate) === offset && candidate < best) best = candidate;
  }
  return Number.isFinite(best) ? best : naive - before;
}

/** Wall-clock position of a UTC instant in the zone: its day and the ms elapsed in that day. */
export function utcToWallTime(
  timeZone: string,
  utcMs: number,
): { day: DayNumber; msOfDay: number } {
  const local = utcMs + offsetAt(timeZone, utcMs);
  const day = Math.floor(local / MS_PER_DAY);
  return { day, msOfDay: local - day * MS_PER_DAY };
}

/** `zoneOffsetMs`, answered from the memo of midnights when no transition is near. */
export function offsetAt(timeZone: string, utcMs: number): number {
  const day = Math.floor(utcMs / MS_PER_DAY);
  const steady = offsetAtUtcMidnight(timeZone, day);
  if (steady === offsetAtUtcMidnight(timeZone, day + 1)) return steady;
  return zoneOffsetMs(timeZone, utcMs);
}
