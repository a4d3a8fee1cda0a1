/**
 * Business time in the browser, so countdowns tick in the ticket's counted time (SPEC §3)
 * rather than on the wall clock: the four contract calendars (`sla.calendar` of a ticket) in
 * Bogotá, which is UTC-5 all year, with the year's holidays and admin closures as the server
 * lists them (GET /calendar/holidays). The server's BusinessCalendar stays the authority for
 * deadlines; this only measures how much counted time lies between now and one of them (a
 * test checks both agree).
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Bogotá has no daylight saving: local time is UTC minus five hours, every day. */
const BOGOTA_OFFSET = 5 * 3_600_000;
/** Longer spans are not a countdown any more; the caller falls back to clock time. */
const MAX_DAYS = 800;

type Window = readonly [startMinute: number, endMinute: number];

const SPLIT: readonly Window[] = [
  [8 * 60, 12 * 60],
  [14 * 60, 18 * 60],
];
const CONTINUOUS: readonly Window[] = [[8 * 60, 18 * 60]];
const ALL_DAY: readonly Window[] = [[0, 24 * 60]];
const NONE: readonly Window[] = [];

interface CalendarShape {
  /** Windows by weekday, 0 = Sunday. */
  readonly week: readonly (readonly Window[])[];
  /** 5x8 and 6x8 skip holidays and closures; 7x24 counts them. */
  readonly observesHolidays: boolean;
}

const CALENDARS: Readonly<Record<string, CalendarShape>> = {
  '5x8': { week: [NONE, SPLIT, SPLIT, SPLIT, SPLIT, SPLIT, NONE], observesHolidays: true },
  '6x8': { week: [NONE, SPLIT, SPLIT, SPLIT, SPLIT, SPLIT, SPLIT], observesHolidays: true },
  '7x24-high': { week: Array(7).fill(ALL_DAY), observesHolidays: false },
  '7x24-attended': {
    week: [NONE, CONTINUOUS, CONTINUOUS, CONTINUOUS, CONTINUOUS, CONTINUOUS, CONTINUOUS],
    observesHolidays: false,
  },
};

/** Whether the web knows this calendar (else countdowns stay in clock time). */
export function isKnownCalendar(calendar: string): boolean {
  return calendar in CALENDARS;
}

/** Whether `calendar` needs the holiday list to count. */
export function observesHolidays(calendar: string): boolean {
  return CALENDARS[calendar]?.observesHolidays ?? false;
}

/** The Bogotá civil date (YYYY-MM-DD) and weekday of the local day starting at `dayStart`. */
function civilDay(dayStart: number): { date: string; weekday: number } {
  const local = new Date(dayStart - BOGOTA_OFFSET);
  return { date: local.toISOString().slice(0, 10), weekday: local.getUTCDay() };
}

/** The UTC instant of Bogotá midnight starting the local day that contains `t`. */
function dayStartOf(t: number): number {
  const local = t - BOGOTA_OFFSET;
  return local - (((local % DAY) + DAY) % DAY) + BOGOTA_OFFSET;
}

/**
 * Counted milliseconds of `calendar` from `from` to `to` (negative when `to` is earlier),
 * skipping `offDays` (YYYY-MM-DD) on the calendars that observe them; null for an unknown
 * calendar or a span over about two years.
 */
export function businessMsBetween(
  calendar: string,
  from: number,
  to: number,
  offDays: ReadonlySet<string>,
): number | null {
  if (to < from) {
    const back = businessMsBetween(calendar, to, from, offDays);
    return back === null ? null : -back;
  }
  const shape = CALENDARS[calendar];
  if (shape === undefined || to - from > MAX_DAYS * DAY) return null;
  let total = 0;
  for (let day = dayStartOf(from); day < to; day += DAY) {
    const { date, weekday } = civilDay(day);
    if (shape.observesHolidays && offDays.has(date)) continue;
    for (const [start, end] of shape.week[weekday] ?? NONE) {
      const open = Math.max(from, day + start * MINUTE);
      const close = Math.min(to, day + end * MINUTE);
      if (close > open) total += close - open;
    }
  }
  return total;
}

/** Whether `t` is counted time of `calendar` (false for an unknown one). */
export function isCountedTime(calendar: string, t: number, offDays: ReadonlySet<string>): boolean {
  const day = dayStartOf(t);
  const shape = CALENDARS[calendar];
  if (shape === undefined) return false;
  const { date, weekday } = civilDay(day);
  if (shape.observesHolidays && offDays.has(date)) return false;
  const minute = (t - day) / MINUTE;
  return (shape.week[weekday] ?? NONE).some(([start, end]) => minute >= start && minute < end);
}

/** The Bogotá years a span touches (for loading their holidays). */
export function yearsBetween(from: number, to: number): number[] {
  const first = new Date(Math.min(from, to) - BOGOTA_OFFSET).getUTCFullYear();
  const last = new Date(Math.max(from, to) - BOGOTA_OFFSET).getUTCFullYear();
  const years: number[] = [];
  for (let year = first; year <= last && years.length < 4; year += 1) years.push(year);
  return years;
}
