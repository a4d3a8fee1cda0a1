/**
 * How the parts of a window outside attention hours leave the use cases: in America/Bogota
 * local time (SPEC: times shown in Bogotá), with their reason in Spanish and English, for the
 * MAINTENANCE_OUTSIDE_HOURS problem and the dry-run check.
 */

import { skipReasonLabels } from '../../domain/calendar/explain.js';
import type { Language } from '../../domain/errors.js';
import type { OutsidePart } from '../../domain/maintenance/maintenance-window.js';
import { BOGOTA } from '../../domain/sla/contract-calendars.js';
import { formatInstant, type Instant } from '../../domain/time/instant.js';

/** One part as the API shows it. */
export interface OutsidePartView {
  /** ISO 8601 in America/Bogota, e.g. 2026-03-16T12:00:00-05:00. */
  readonly start: string;
  readonly end: string;
  readonly reason: OutsidePart['reason'];
  /** The reason in Spanish, with the holiday's or closure's name: "festivo: San José". */
  readonly label: string;
  readonly labelEn: string;
}

function labelOf(part: OutsidePart, language: Language): string {
  const reason = skipReasonLabels[part.reason][language];
  const name = language === 'es' ? part.name : part.nameEn;
  return name === undefined ? reason : `${reason}: ${name}`;
}

/** The part as the API shows it. */
export function outsidePartView(part: OutsidePart): OutsidePartView {
  return {
    start: formatInstant(part.start, BOGOTA),
    end: formatInstant(part.end, BOGOTA),
    reason: part.reason,
    label: labelOf(part, 'es'),
    labelEn: labelOf(part, 'en'),
  };
}

/** `2026-03-16 12:00` (seconds only when there are some). */
function localText(instant: Instant): string {
  const iso = formatInstant(instant, BOGOTA);
  const seconds = iso.slice(16, 19);
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}${seconds === ':00' ? '' : seconds}`;
}

/** `2026-03-16 12:00–14:00 (almuerzo …)`, or across days `2026-03-16 18:00 – 2026-03-17 08:00 (…)`. */
export function describeOutsideParts(parts: readonly OutsidePart[], language: Language): string {
  return parts
    .map((part) => {
      const start = localText(part.start);
      const end = localText(part.end);
      const span =
        start.slice(0, 10) === end.slice(0, 10) ? `${start}–${end.slice(11)}` : `${start} – ${end}`;
      return `${span} (${labelOf(part, language)})`;
    })
    .join('; ');
}
