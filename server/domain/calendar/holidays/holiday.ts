/** A public holiday or closed day, named in Spanish (shown first) and English. */
export interface Holiday {
  /** Civil date `YYYY-MM-DD` in the calendar's time zone. */
  readonly date: string;
  readonly name: string;
  readonly nameEn: string;
}

/** Where a calendar's holidays come from (a country's law, computed for any year). */
export interface HolidaySource {
  readonly id: string;
  /** The holidays of `year`, sorted by date, at most one per date. */
  holidaysOf(year: number): readonly Holiday[];
}
