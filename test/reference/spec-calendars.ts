/**
 * The contract calendars of SPEC §3 written as reference calendars for the minute-by-minute
 * oracle, with holidays from the independent law function.
 */

import { colombianHolidayDatesByLaw } from './colombian-holiday-law.js';
import type { ReferenceCalendar } from './minute-by-minute-clock.js';

const BOGOTA_OFFSET = -300;
const split: (readonly [number, number])[] = [
  [480, 720],
  [840, 1080],
];
const continuous: (readonly [number, number])[] = [[480, 1080]];
const allDay: (readonly [number, number])[] = [[0, 1440]];

const holidays = new Set<string>();
for (let year = 2019; year <= 2036; year++) {
  for (const date of colombianHolidayDatesByLaw(year)) holidays.add(date);
}
const none = new Set<string>();

export const specCalendars = {
  '5x8': {
    offsetMinutes: BOGOTA_OFFSET,
    weekly: [[], split, split, split, split, split, []],
    closedDates: holidays,
  },
  '6x8': {
    offsetMinutes: BOGOTA_OFFSET,
    weekly: [[], split, split, split, split, split, split],
    closedDates: holidays,
  },
  '7x24-high': {
    offsetMinutes: BOGOTA_OFFSET,
    weekly: [allDay, allDay, allDay, allDay, allDay, allDay, allDay],
    closedDates: none,
  },
  '7x24-attended': {
    offsetMinutes: BOGOTA_OFFSET,
    weekly: [[], continuous, continuous, continuous, continuous, continuous, continuous],
    closedDates: none,
  },
} satisfies Record<string, ReferenceCalendar>;

export type SpecCalendarId = keyof typeof specCalendars;

/** SPEC §4's level table, restated here so tests do not trust the product's copy. */
export const specLevels = {
  high: { firstResponse: 60, notification: 180 },
  medium: { firstResponse: 240, notification: 360 },
  low: { firstResponse: 360, notification: 480 },
  change: { firstResponse: 360, notification: 480 },
} as const;
