/**
 * Civil (wall-calendar) dates as day numbers: whole days since 1970-01-01. Arithmetic on them
 * never touches the host's time zone.
 */

import { DomainError } from '../errors.js';

export type DayNumber = number;

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;
export const MINUTES_PER_DAY = 1440;

/** Weekday of a day number, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Day number of a civil date (month 1–12). */
export function dayNumberOf(year: number, month: number, day: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The civil date of a day number. */
export function civilDateOf(day: DayNumber): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `YYYY-MM-DD` of a day number. */
export function formatIsoDate(day: DayNumber): string {
  const c = civilDateOf(day);
  return `${String(c.year).padStart(4, '0')}-${pad2(c.month)}-${pad2(c.day)}`;
}

/** Parses a strict `YYYY-MM-DD` into a day number; refuses impossible dates like 2026-02-30. */
export function parseIsoDate(text: string): DayNumber {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new DomainError('INVALID_DATE', { value: text });
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const n = dayNumberOf(year, month, day);
  const back = civilDateOf(n);
  if (back.year !== year || back.month !== month || back.day !== day) {
    throw new DomainError('INVALID_DATE', { value: text });
  }
  return n;
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
