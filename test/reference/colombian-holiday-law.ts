/**
 * Colombia's public holidays computed straight from the law (SPEC §3), independently of the
 * library the product uses, so tests pin the law rather than the library:
 * - Ley 51 de 1983 ("Ley Emiliani") lists fixed dates and the ones moved to the next Monday;
 * - the Easter-based days (Holy Thursday, Good Friday; Ascension, Corpus Christi and Sacred
 *   Heart moved to Monday);
 * - Ley 2578 de 2026 adds 9 July, moved to Monday, from 2026.
 */

const DAY = 86_400_000;

function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utcDate(year, month, day);
}

/** The same day if it is a Monday, otherwise the next Monday. */
function mondayOnOrAfter(d: Date): Date {
  const shift = (8 - d.getUTCDay()) % 7;
  return new Date(d.getTime() + shift * DAY);
}

/** Every holiday date (`YYYY-MM-DD`) of `year` by the rules of SPEC §3. */
export function colombianHolidayDatesByLaw(year: number): string[] {
  const fixed = [
    [1, 1],
    [5, 1],
    [7, 20],
    [8, 7],
    [12, 8],
    [12, 25],
  ].map(([m, d]) => utcDate(year, m as number, d as number));
  const emiliani = [
    [1, 6],
    [3, 19],
    [6, 29],
    [8, 15],
    [10, 12],
    [11, 1],
    [11, 11],
    ...(year >= 2026 ? [[7, 9]] : []),
  ].map(([m, d]) => mondayOnOrAfter(utcDate(year, m as number, d as number)));
  const easter = easterSunday(year).getTime();
  const easterBased = [
    new Date(easter - 3 * DAY), // Jueves Santo
    new Date(easter - 2 * DAY), // Viernes Santo
    mondayOnOrAfter(new Date(easter + 39 * DAY)), // Ascensión del Señor
    mondayOnOrAfter(new Date(easter + 60 * DAY)), // Corpus Christi
    mondayOnOrAfter(new Date(easter + 68 * DAY)), // Sagrado Corazón
  ];
  return [...new Set([...fixed, ...emiliani, ...easterBased].map(iso))].sort();
}
