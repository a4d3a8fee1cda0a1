/**
 * The comparison point: moment-business-time configured with the 5x8 calendar's own weekly
 * hours and holidays (read from its definition, so the two cannot drift apart). It works in
 * the host's local time, hence the benchmark runs under TZ=America/Bogota.
 */

import moment from 'moment';
import 'moment-business-time';
import type { CalendarDefinition } from '../server/domain/calendar/calendar-definition.js';

/** "HH:MM:00" of a minute of the day, as moment-business-time wants its hours. */
function clockTime(minuteOfDay: number): string {
  const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const mm = String(minuteOfDay % 60).padStart(2, '0');
  return `${hh}:${mm}:00`;
}

/**
 * Sets moment's 'en' locale to the definition's weekly hours and its holidays of `years`
 * (inclusive); returns the number of holidays configured.
 */
export function configureMomentBusinessTime(
  definition: CalendarDefinition,
  years: { from: number; to: number },
): number {
  const workinghours: Record<number, string[] | null> = {};
  definition.weeklyHours.forEach((windows, weekday) => {
    // The plugin reads a flat [open, close, open, close, …] list per weekday, null when closed.
    workinghours[weekday] =
      windows.length === 0 ? null : windows.flatMap((w) => [clockTime(w.start), clockTime(w.end)]);
  });
  const holidays: string[] = [];
  for (let year = years.from; year <= years.to; year++) {
    for (const h of definition.holidays?.holidaysOf(year) ?? []) holidays.push(h.date);
  }
  moment.updateLocale('en', { workinghours, holidays });
  moment.locale('en');
  if (typeof moment.fn.addWorkingTime !== 'function') {
    // ESM `import moment` and the plugin's require('moment') must be one instance.
    throw new Error('moment-business-time did not patch the imported moment instance');
  }
  return holidays.length;
}

/** moment-business-time's deadline for `minutes` of working time from `startMs` (epoch ms). */
export function momentAddBusinessMinutes(startMs: number, minutes: number): number {
  return moment(startMs).addWorkingTime(minutes, 'minutes').valueOf();
}
