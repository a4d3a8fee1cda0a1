/**
 * Property tests: the fast clock against the minute-by-minute reference of test/reference on
 * random instants, durations, pauses and calendars (10,000+ cases in all). A fixed seed keeps
 * CI reproducible; set FC_SEED to explore others.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ReferenceCalendar,
  referenceAddMinutes,
  referenceCountedMs,
  referenceNextOpening,
} from '../../../test/reference/minute-by-minute-clock.js';
import { type SpecCalendarId, specCalendars } from '../../../test/reference/spec-calendars.js';
import { ContractCalendars } from '../sla/contract-calendars.js';
import { BusinessCalendar } from './business-calendar.js';
import type { DayWindow } from './calendar-definition.js';
import { addBusinessMinutes, businessMsBetween, isOpen, nextOpening } from './clock.js';
import type { HolidaySource } from './holidays/holiday.js';

const seed = Number(process.env.FC_SEED ?? 20_260_320);
const calendars = new ContractCalendars();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const calendarId = fc.constantFrom<SpecCalendarId>('5x8', '6x8', '7x24-high', '7x24-attended');

/** Instants in 2025–2027: random seconds, or near window edges in Bogota (±2 s). */
const instant = fc.oneof(
  fc
    .integer({ min: Date.UTC(2025, 0, 1, 5) / 1000, max: Date.UTC(2027, 11, 20) / 1000 })
    .map((s) => s * 1000),
  fc
    .record({
      day: fc.integer({ min: 0, max: 3 * 365 - 20 }),
      hour: fc.constantFrom(0, 8, 12, 14, 18),
      delta: fc.integer({ min: -2, max: 2 }),
    })
    .map(({ day, hour, delta }) => Date.UTC(2025, 0, 1 + day, hour + 5) + delta * 1000),
);

const minutes = fc.oneof(
  fc.constantFrom(0, 1, 60, 180, 240, 360, 480, 720, 960, 1440),
  fc.integer({ min: 0, max: 2000 }),
);

/** Minute-aligned pauses after a start, as the reference requires. */
const pausesAfter = (start: number) =>
  fc
    .array(
      fc.record({
        offset: fc.integer({ min: 0, max: 4000 }),
        length: fc.integer({ min: 0, max: 900 }),
      }),
      { maxLength: 3 },
    )
    .map((list) => {
      const base = Math.floor(start / MINUTE) * MINUTE;
      return list.map(({ offset, length }) => ({
        start: base + offset * MINUTE,
        end: base + (offset + length) * MINUTE,
      }));
    });

describe('the clock agrees with the minute-by-minute reference', () => {
  it('addBusinessMinutes with pauses (3,000 cases)', () => {
    fc.assert(
      fc.property(
        calendarId,
        instant.chain((start) => fc.tuple(fc.constant(start), minutes, pausesAfter(start))),
        (id, [start, m, pauses]) => {
          const expected = referenceAddMinutes(specCalendars[id], start, m, pauses);
          expect(addBusinessMinutes(calendars.get(id), start, m, pauses)).toBe(expected);
        },
      ),
      { numRuns: 3000, seed },
    );
  });

  it('businessMsBetween with pauses (2,000 cases)', () => {
    fc.assert(
      fc.property(
        calendarId,
        instant.chain((a) =>
          fc.tuple(fc.constant(a), fc.integer({ min: 0, max: 6 * 24 * 3600 }), pausesAfter(a)),
        ),
        (id, [a, seconds, pauses]) => {
          const b = a + seconds * 1000;
          const expected = referenceCountedMs(specCalendars[id], a, b, pauses);
          expect(businessMsBetween(calendars.get(id), a, b, pauses)).toBe(expected);
        },
      ),
      { numRuns: 2000, seed },
    );
  });

  it('isOpen and nextOpening (1,500 cases)', () => {
    fc.assert(
      fc.property(calendarId, instant, (id, t) => {
        const expected = referenceNextOpening(specCalendars[id], t);
        expect(nextOpening(calendars.get(id), t)).toBe(expected);
        expect(isOpen(calendars.get(id), t)).toBe(expected === t);
      }),
      { numRuns: 1500, seed },
    );
  });

  it('add then measure gives back the minutes (1,500 cases)', () => {
    fc.assert(
      fc.property(calendarId, instant, minutes, (id, start, m) => {
        const calendar = calendars.get(id);
        const due = addBusinessMinutes(calendar, start, m);
        expect(businessMsBetween(calendar, start, due)).toBe(m * MINUTE);
        if (m > 0) expect(businessMsBetween(calendar, start, due - 1000)).toBeLessThan(m * MINUTE);
      }),
      { numRuns: 1500, seed },
    );
  });
});

describe('custom calendars (other hours, zone and holidays) agree with the reference', () => {
  const windowsOfDay = fc
    .uniqueArray(fc.integer({ min: 0, max: 48 }), { maxLength: 6 })
    .map((cuts) => {
      const sorted = [...cuts].sort((a, b) => a - b).map((c) => c * 30);
      const windows: [number, number][] = [];
      for (let i = 0; i + 1 < sorted.length; i += 2) {
        const [s, e] = [sorted[i] as number, sorted[i + 1] as number];
        if (s < e) windows.push([s, e]);
      }
      return windows;
    });
  const dateIn2026 = fc
    .integer({ min: 0, max: 364 })
    .map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));

  const customCalendar = fc.record({
    weekly: fc.array(windowsOfDay, { minLength: 7, maxLength: 7 }),
    holidays: fc.uniqueArray(dateIn2026, { maxLength: 15 }),
    exceptions: fc.uniqueArray(fc.tuple(dateIn2026, windowsOfDay), {
      maxLength: 6,
      selector: ([d]) => d,
    }),
  });

  it('in Asia/Kolkata (UTC+05:30) with random weeks, holidays and exceptions (1,000 cases)', () => {
    fc.assert(
      fc.property(
        customCalendar,
        fc.integer({ min: Date.UTC(2026, 0, 1) / 1000, max: Date.UTC(2026, 9, 1) / 1000 }),
        fc.integer({ min: 0, max: 3000 }),
        (custom, startSeconds, m) => {
          const start = startSeconds * 1000;
          const reference: ReferenceCalendar = {
            offsetMinutes: 330,
            weekly: custom.weekly,
            closedDates: new Set(custom.holidays),
            exceptions: new Map(custom.exceptions),
          };
          const toWindows = (w: [number, number][]): DayWindow[] =>
            w.map(([s, e]) => ({ start: s, end: e }));
          const holidays: HolidaySource = {
            id: 'custom',
            holidaysOf: (year) =>
              custom.holidays
                .filter((d) => d.startsWith(String(year)))
                .map((date) => ({ date, name: 'Festivo', nameEn: 'Holiday' })),
          };
          const calendar = new BusinessCalendar({
            id: 'custom',
            timeZone: 'Asia/Kolkata',
            weeklyHours: custom.weekly.map(toWindows),
            holidays,
            exceptions: custom.exceptions.map(([date, w]) => ({
              date,
              name: 'x',
              windows: toWindows(w),
            })),
          });
          const open = custom.weekly.some((w) => w.length > 0);
          if (!open) return; // never open: covered by a table test (CALENDAR_NEVER_OPEN)
          expect(addBusinessMinutes(calendar, start, m)).toBe(
            referenceAddMinutes(reference, start, m, [], 3000),
          );
          const end = start + 3 * 24 * HOUR;
          expect(businessMsBetween(calendar, start, end)).toBe(
            referenceCountedMs(reference, start, end),
          );
        },
      ),
      { numRuns: 1000, seed },
    );
  });
});
