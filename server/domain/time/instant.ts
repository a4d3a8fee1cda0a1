/**
 * Instants are UTC epoch milliseconds. They enter the domain only through `parseInstant`, which
 * demands an explicit offset, so no instant ever depends on the host's time zone.
 */

import { DomainError } from '../errors.js';
import { dayNumberOf, formatIsoDate, MS_PER_DAY, MS_PER_MINUTE, pad2 } from './civil-date.js';
import { offsetAt } from './time-zone.js';

/** A point in time as UTC epoch milliseconds. */
export type Instant = number;

/** A half-open span of time [start, end). */
export interface Interval {
  readonly start: Instant;
  readonly end: Instant;
}

/**
 * Years the domain accepts. From 1984 because the Ley Emiliani (Ley 51 de 1983) rules that
 * holidays follow begin then; up to 2199 so a calendar never grows without bound.
 */
export const SUPPORTED_YEARS = { min: 1984, max: 2199 } as const;

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

/** Parses an ISO 8601 date-time that carries an offset (`Z` or ±hh:mm). */
export function parseInstant(text: string): Instant {
  const m = ISO_INSTANT.exec(text.trim());
  if (!m) throw new DomainError('INVALID_INSTANT', { value: text });
  const [, y, mo, d, h, mi, s, frac, offset] = m;
  if (offset === undefined) throw new DomainError('INSTANT_WITHOUT_OFFSET', { value: text });
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const ms = frac === undefined ? 0 : Number(frac.padEnd(3, '0').slice(0, 3));
  const dayNumber = dayNumberOf(year, month, day);
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    formatIsoDate(dayNumber) !== `${y}-${mo}-${d}` ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    throw new DomainError('INVALID_INSTANT', { value: text });
  }
  let offsetMinutes = 0;
  if (offset !== 'Z' && offset !== 'z') {
    const digits = offset.replace(':', '');
    const oh = Number(digits.slice(1, 3));
    const om = digits.length > 3 ? Number(digits.slice(3, 5)) : 0;
    if (oh > 23 || om > 59) throw new DomainError('INVALID_INSTANT', { value: text });
    offsetMinutes = (offset.startsWith('-') ? -1 : 1) * (oh * 60 + om);
  }
  assertSupportedYear(year);
  return (
    dayNumber * MS_PER_DAY +
    (hour * 60 + minute - offsetMinutes) * MS_PER_MINUTE +
    second * 1000 +
    ms
  );
}

/** Throws YEAR_OUT_OF_RANGE for years the domain does not compute. */
export function assertSupportedYear(year: number): void {
  if (!Number.isInteger(year) || year < SUPPORTED_YEARS.min || year > SUPPORTED_YEARS.max) {
    throw new DomainError('YEAR_OUT_OF_RANGE', {
      year,
      min: SUPPORTED_YEARS.min,
      max: SUPPORTED_YEARS.max,
    });
  }
}

// Every list page formats hundreds of instants (ten per ticket), most on a few hundred days:
// the date part and the offset text are remembered, so formatting one is a few concatenations.
const DAY_TEXT_MEMO_LIMIT = 8_192;
const dayTextMemo = new Map<number, string>();
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => pad2(n));
const offsetTextMemo = new Map<number, string>();

function dayText(day: number): string {
  let text = dayTextMemo.get(day);
  if (text === undefined) {
    if (dayTextMemo.size >= DAY_TEXT_MEMO_LIMIT) dayTextMemo.clear();
    text = formatIsoDate(day);
    dayTextMemo.set(day, text);
  }
  return text;
}

function offsetText(offsetMinutes: number): string {
  let text = offsetTextMemo.get(offsetMinutes);
  if (text === undefined) {
    const sign = offsetMinutes < 0 ? '-' : '+';
    const abs = Math.abs(offsetMinutes);
    text = `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
    // Zones use a few dozen offsets at most.
    offsetTextMemo.set(offsetMinutes, text);
  }
  return text;
}

/** ISO 8601 in the zone's local time with its offset, e.g. `2026-03-23T09:00:00-05:00`. */
export function formatInstant(instant: Instant, timeZone: string): string {
  const offset = offsetAt(timeZone, instant);
  const local = instant + offset;
  const day = Math.floor(local / MS_PER_DAY);
  const msOfDay = local - day * MS_PER_DAY;
  const hh = Math.floor(msOfDay / 3_600_000);
  const mm = Math.floor((msOfDay % 3_600_000) / 60_000);
  const ss = Math.floor((msOfDay % 60_000) / 1000);
  const millis = msOfDay % 1000;
  const fraction = millis === 0 ? '' : `.${String(millis).padStart(3, '0')}`;
  const zone = offsetText(Math.round(offset / 60_000));
  return `${dayText(day)}T${TWO_DIGITS[hh]}:${TWO_DIGITS[mm]}:${TWO_DIGITS[ss]}${fraction}${zone}`;
}

/** An instant for error messages: ISO 8601 in UTC, or the raw value when not a valid instant. */
export function describeInstant(instant: Instant): string {
  return Number.isFinite(instant) && Math.abs(instant) < 8.64e15
    ? new Date(instant).toISOString()
    : String(instant);
}
