/**
 * A deliberately naive SLA clock for tests: it walks time one minute at a time and asks, for
 * each minute, whether it is counted. It knows only fixed-offset zones and minute-aligned
 * windows, exceptions and pauses, which is all the property tests generate; starts may carry
 * seconds. Slow and obviously right, it is the oracle the fast clock is checked against.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface ReferenceCalendar {
  /** Fixed UTC offset of the zone in minutes (Bogota: −300). */
  readonly offsetMinutes: number;
  /** Windows per weekday (0 = Sunday) as [startMinute, endMinute) pairs. */
  readonly weekly: readonly (readonly (readonly [number, number])[])[];
  /** Closed dates `YYYY-MM-DD` (holidays). */
  readonly closedDates: ReadonlySet<string>;
  /** Dates whose windows replace everything else. */
  readonly exceptions?: ReadonlyMap<string, readonly (readonly [number, number])[]>;
}

export interface ReferencePause {
  readonly start: number;
  readonly end: number;
}

interface DayLookup {
  readonly closed: ReadonlySet<number>;
  readonly exceptions: ReadonlyMap<number, readonly (readonly [number, number])[]>;
}

const lookups = new WeakMap<ReferenceCalendar, DayLookup>();

function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY);
}

// Dates as day numbers once per calendar, so each minute costs a few arithmetic operations.
function lookupOf(calendar: ReferenceCalendar): DayLookup {
  let lookup = lookups.get(calendar);
  if (!lookup) {
    lookup = {
      closed: new Set([...calendar.closedDates].map(dayNumber)),
      exceptions: new Map(
        [...(calendar.exceptions ?? new Map())].map(([d, w]) => [dayNumber(d), w]),
      ),
    };
    lookups.set(calendar, lookup);
  }
  return lookup;
}

/** Whether the minute starting at `t` (minute-aligned) is counted and not paused. */
export function minuteCounts(
  calendar: ReferenceCalendar,
  t: number,
  pauses: readonly ReferencePause[] = [],
): boolean {
  for (const p of pauses) if (t >= p.start && t < p.end) return false;
  const { closed, exceptions } = lookupOf(calendar);
  const local = t + calendar.offsetMinutes * MINUTE;
  const day = Math.floor(local / DAY);
  const minuteOfDay = (local - day * DAY) / MINUTE;
  const windows =
    exceptions.get(day) ?? (closed.has(day) ? [] : (calendar.weekly[(day + 4) % 7] ?? []));
  for (const [s, e] of windows) if (minuteOfDay >= s && minuteOfDay < e) return true;
  return false;
}

function floorMinute(t: number): number {
  return Math.floor(t / MINUTE) * MINUTE;
}

/** Earliest d ≥ start with `minutes` counted minutes in [start, d). */
export function referenceAddMinutes(
  calendar: ReferenceCalendar,
  start: number,
  minutes: number,
  pauses: readonly ReferencePause[] = [],
  limitDays = 400,
): number {
  let remaining = minutes * MINUTE;
  if (remaining === 0) return start;
  let t = start;
  const limit = start + limitDays * DAY;
  while (t < limit) {
    const cell = floorMinute(t);
    const cellEnd = cell + MINUTE;
    if (minuteCounts(calendar, cell, pauses)) {
      const available = cellEnd - t;
      if (remaining <= available) return t + remaining;
      remaining -= available;
    }
    t = cellEnd;
  }
  throw new Error('reference clock: limit reached');
}

/** Counted ms in [from, to). */
export function referenceCountedMs(
  calendar: ReferenceCalendar,
  from: number,
  to: number,
  pauses: readonly ReferencePause[] = [],
): number {
  let total = 0;
  let t = from;
  while (t < to) {
    const cellEnd = Math.min(floorMinute(t) + MINUTE, to);
    if (minuteCounts(calendar, floorMinute(t), pauses)) total += cellEnd - t;
    t = cellEnd;
  }
  return total;
}

/** `t` when counted, else the start of the next counted minute. */
export function referenceNextOpening(
  calendar: ReferenceCalendar,
  t: number,
  limitDays = 400,
): number {
  if (minuteCounts(calendar, floorMinute(t))) return t;
  let cell = floorMinute(t) + MINUTE;
  const limit = t + limitDays * DAY;
  while (cell < limit) {
    if (minuteCounts(calendar, cell)) return cell;
    cell += MINUTE;
  }
  throw new Error('reference clock: limit reached');
}
