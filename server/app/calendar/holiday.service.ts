/**
 * The days the holiday-observing calendars skip in a year (SPEC §3): Colombia's public
 * holidays, computed by law, and the closures admins added (a new holiday, a company day off).
 */

import { colombianHolidays } from '../../domain/calendar/holidays/colombia.js';
import { assertSupportedYear } from '../../domain/time/instant.js';
import type { ClosureStore } from '../../storage/closure.store.js';
import type { Db } from '../../storage/db.js';

/** A day without attention: a public holiday or an admin's closure. */
export interface NonWorkingDay {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly name: string;
  readonly nameEn: string;
  readonly kind: 'holiday' | 'closure';
}

export class HolidayService {
  constructor(
    private readonly db: Db,
    private readonly closures: ClosureStore,
  ) {}

  /** The holidays and closures of `year` by date (YEAR_OUT_OF_RANGE outside 1984–2199). */
  async nonWorkingDaysOf(year: number): Promise<NonWorkingDay[]> {
    assertSupportedYear(year);
    const holidays: NonWorkingDay[] = colombianHolidays
      .holidaysOf(year)
      .map((h) => ({ date: h.date, name: h.name, nameEn: h.nameEn, kind: 'holiday' }));
    // Closures are named once by the admin who adds them; the same name serves both languages.
    const closures: NonWorkingDay[] = (await this.closures.listForYear(this.db.kysely, year)).map(
      (c) => ({ date: c.date, name: c.name, nameEn: c.name, kind: 'closure' }),
    );
    return [...holidays, ...closures].sort((a, b) =>
      a.date === b.date ? a.kind.localeCompare(b.kind) : a.date < b.date ? -1 : 1,
    );
  }
}
