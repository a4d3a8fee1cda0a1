/**
 * The contract calendars of SPEC §3, in America/Bogota:
 *   5x8   Mon–Fri 08:00–12:00 and 14:00–18:00, Colombian holidays excluded
 *   6x8   Mon–Sat 08:00–12:00 and 14:00–18:00, Colombian holidays excluded
 *   7x24  high impact: every minute of every day, holidays included
 *   7x24  other impacts: Mon–Sat 08:00–18:00 continuous, holidays included
 */

import { BusinessCalendar } from '../calendar/business-calendar.js';
import {
  type CalendarDefinition,
  type CalendarException,
  type DayWindow,
  window,
} from '../calendar/calendar-definition.js';
import { colombianHolidays } from '../calendar/holidays/colombia.js';
import type { HolidaySource } from '../calendar/holidays/holiday.js';
import type { Impact, Modality } from './contract-terms.js';

export const BOGOTA = 'America/Bogota';

export type ContractCalendarId = '5x8' | '6x8' | '7x24-high' | '7x24-attended';

const splitShift = [window('08:00', '12:00'), window('14:00', '18:00')];
const continuous = [window('08:00', '18:00')];
const allDay = [window('00:00', '24:00')];

function week(weekday: DayWindow[], saturday: DayWindow[], sunday: DayWindow[]): DayWindow[][] {
  return [sunday, weekday, weekday, weekday, weekday, weekday, saturday];
}

export interface ContractCalendarOptions {
  readonly timeZone?: string;
  readonly holidays?: HolidaySource;
  /**
   * Admin-added closures and openings. **Decision:** they apply to the calendars that observe
   * holidays (5x8, 6x8); 7x24 contracts count holidays, so a new holiday or a company day
   * off does not stop their clocks.
   */
  readonly exceptions?: readonly CalendarException[];
}

/** The definition of one contract calendar. */
export function contractCalendarDefinition(
  id: ContractCalendarId,
  options: ContractCalendarOptions = {},
): CalendarDefinition {
  const timeZone = options.timeZone ?? BOGOTA;
  const holidays = options.holidays ?? colombianHolidays;
  const exceptions = options.exceptions ?? [];
  switch (id) {
    case '5x8':
      return { id, timeZone, holidays, exceptions, weeklyHours: week(splitShift, [], []) };
    case '6x8':
      return { id, timeZone, holidays, exceptions, weeklyHours: week(splitShift, splitShift, []) };
    case '7x24-high':
      return { id, timeZone, weeklyHours: week(allDay, allDay, allDay) };
    case '7x24-attended':
      return { id, timeZone, weeklyHours: week(continuous, continuous, []) };
  }
}

/** Which calendar counts a ticket's time, by the contract's modality and the ticket's impact. */
export function contractCalendarId(modality: Modality, impact: Impact): ContractCalendarId {
  if (modality === '7x24') return impact === 'high' ? '7x24-high' : '7x24-attended';
  return modality;
}

/**
 * The four contract calendars built once and cached (they cache their years). Build a new set
 * when an admin changes closures.
 */
export class ContractCalendars {
  private readonly built = new Map<ContractCalendarId, BusinessCalendar>();

  constructor(private readonly options: ContractCalendarOptions = {}) {}

  /** The calendar of a contract calendar id. */
  get(id: ContractCalendarId): BusinessCalendar {
    let calendar = this.built.get(id);
    if (!calendar) {
      calendar = new BusinessCalendar(contractCalendarDefinition(id, this.options));
      this.built.set(id, calendar);
    }
    return calendar;
  }

  /** The calendar counting a ticket of this modality and impact. */
  forTicket(modality: Modality, impact: Impact): BusinessCalendar {
    return this.get(contractCalendarId(modality, impact));
  }
}
