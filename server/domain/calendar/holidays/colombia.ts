/**
 * Colombia's public holidays (SPEC §3) from the maintained `date-holidays` rules: fixed dates,
 * the Ley Emiliani Mondays, the Easter-based days and the 9 July holiday of Ley 2578 de 2026.
 */

import Holidays from 'date-holidays';
import { assertSupportedYear } from '../../time/instant.js';
import type { Holiday, HolidaySource } from './holiday.js';

// date-holidays lists Easter Sunday as "public", but it is not a holiday in Colombia (it is a
// Sunday anyway, yet a 6x8 or a custom calendar must not call it one).
const NOT_COLOMBIAN_HOLIDAYS = new Set(['easter']);

// The library names Ascension Day "La Asunción", the same as 15 August; the law calls it
// "Ascensión del Señor".
const RENAMED: Record<string, { es: string; en: string }> = {
  'easter 43': { es: 'Ascensión del Señor', en: 'Ascension Day' },
};

const library = new Holidays('CO');
const cache = new Map<number, readonly Holiday[]>();

function compute(year: number): readonly Holiday[] {
  // Keyed by rule, not date: two holidays can share a date (Sacred Heart and Saints Peter
  // and Paul on 30 June 2025).
  const english = new Map(
    library
      .getHolidays(year, 'en')
      .map((h) => [`${h.date.slice(0, 10)} ${h.rule}`, h.name] as const),
  );
  const byDate = new Map<string, Holiday>();
  for (const h of library.getHolidays(year, 'es')) {
    if (h.type !== 'public' || NOT_COLOMBIAN_HOLIDAYS.has(h.rule)) continue;
    const date = h.date.slice(0, 10);
    const renamed = RENAMED[h.rule];
    const holiday: Holiday = {
      date,
      name: renamed?.es ?? h.name,
      nameEn: renamed?.en ?? english.get(`${date} ${h.rule}`) ?? h.name,
    };
    const existing = byDate.get(date);
    // Two holidays can fall on one date; keep both names rather than lose one.
    byDate.set(
      date,
      existing
        ? {
            date,
            name: `${existing.name} / ${holiday.name}`,
            nameEn: `${existing.nameEn} / ${holiday.nameEn}`,
          }
        : holiday,
    );
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** Colombia's public holidays for any supported year (cached per year). */
export const colombianHolidays: HolidaySource = {
  id: 'CO',
  holidaysOf(year: number): readonly Holiday[] {
    assertSupportedYear(year);
    let list = cache.get(year);
    if (!list) {
      list = compute(year);
      cache.set(year, list);
    }
    return list;
  },
};
