/**
 * Instants as the e-mails show them: in America/Bogota whatever the host's TZ, always naming
 * the zone, in the recipient's language ("lunes, 16 de marzo de 2026, 10:00 a. m. (hora de
 * Colombia)", "Monday, March 16, 2026, 10:00 AM (Colombia time)").
 */

import type { Language } from '../../domain/coded-error.js';
import { BOGOTA } from '../../domain/sla/contract-calendars.js';
import type { Instant } from '../../domain/time/instant.js';

const LOCALES: Readonly<Record<Language, string>> = { es: 'es-CO', en: 'en-US' };
const ZONE_NAME: Readonly<Record<Language, string>> = {
  es: 'hora de Colombia',
  en: 'Colombia time',
};

function formatters(language: Language) {
  const locale = LOCALES[language];
  return {
    date: new Intl.DateTimeFormat(locale, {
      timeZone: BOGOTA,
      weekday: 'long',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    }),
    time: new Intl.DateTimeFormat(locale, { timeZone: BOGOTA, hour: 'numeric', minute: '2-digit' }),
  };
}

const cache = { es: formatters('es'), en: formatters('en') };

// ICU puts a narrow no-break space before "AM"; some mail clients show it as a box. A plain
// no-break space keeps "10:00 a. m." on one line everywhere.
function tidy(text: string): string {
  return text.replace(/\u202f/g, '\u00a0');
}

/** The Bogotá date of an instant, e.g. "lunes, 16 de marzo de 2026". */
export function formatDate(instant: Instant, language: Language): string {
  return tidy(cache[language].date.format(instant));
}

/** The Bogotá time of day of an instant, e.g. "10:00 a. m." or "10:00 AM". */
export function formatTimeOfDay(instant: Instant, language: Language): string {
  return tidy(cache[language].time.format(instant));
}

/** Date, time and zone name: the form every deadline takes in an e-mail. */
export function formatInstant(instant: Instant, language: Language): string {
  return `${formatDate(instant, language)}, ${formatTimeOfDay(instant, language)} (${ZONE_NAME[language]})`;
}

/**
 * A span in Bogotá: "lunes, 16 de marzo de 2026, 8:00 a. m. – 12:00 p. m. (hora de Colombia)",
 * with the end's date written too when it falls on another day.
 */
export function formatSpan(start: Instant, end: Instant, language: Language): string {
  const startDate = formatDate(start, language);
  const endDate = formatDate(end, language);
  const endPart =
    endDate === startDate
      ? formatTimeOfDay(end, language)
      : `${endDate}, ${formatTimeOfDay(end, language)}`;
  return `${startDate}, ${formatTimeOfDay(start, language)} – ${endPart} (${ZONE_NAME[language]})`;
}
