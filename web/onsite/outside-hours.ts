/**
 * A MAINTENANCE_OUTSIDE_HOURS refusal read from its problem, and each part outside said in the
 * user's language beside the form's times: "sábado 21 de marzo 14:00–18:00 está fuera del
 * horario 5x8 (fin de semana)". Part times come from the server already in Bogotá.
 */

import { ApiError } from '../api/client';
import type { OutsideHours, OutsidePart } from '../api/onsite-types';
import type { Modality } from '../api/types';
import { BOGOTA, type I18n } from '../i18n/i18n';

const MODALITIES: readonly string[] = ['5x8', '6x8', '7x24'];

function isPart(value: unknown): value is OutsidePart {
  if (typeof value !== 'object' || value === null) return false;
  const part = value as Record<string, unknown>;
  return ['start', 'end', 'reason', 'label', 'labelEn'].every(
    (key) => typeof part[key] === 'string',
  );
}

/** The parts outside hours of a refusal, or null for any other error. */
export function outsideHoursOf(error: unknown): OutsideHours | null {
  if (!(error instanceof ApiError) || error.code !== 'MAINTENANCE_OUTSIDE_HOURS') return null;
  const { modality, outside } = error.problem.extensions ?? {};
  const parts = Array.isArray(outside) ? outside.filter(isPart) : [];
  return {
    modality:
      typeof modality === 'string' && MODALITIES.includes(modality) ? (modality as Modality) : null,
    outside: parts,
  };
}

/** One part as a sentence in the UI's language. */
export function describeOutsidePart(part: OutsidePart, modality: Modality | null, i18n: I18n) {
  const day = new Intl.DateTimeFormat(i18n.locale, {
    timeZone: BOGOTA,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
  const startDay = part.start.slice(0, 10);
  const endDay = part.end.slice(0, 10);
  const clock = (iso: string) => iso.slice(11, 16);
  // A part ending at the next midnight stays on its own day ("sábado 18:00–24:00").
  const sameDay =
    startDay === endDay ||
    (clock(part.end) === '00:00' && Date.parse(part.end) - Date.parse(part.start) <= 86_400_000);
  const endClock = sameDay && startDay !== endDay ? '24:00' : clock(part.end);
  const span = sameDay
    ? `${day.format(new Date(part.start))} ${clock(part.start)}–${endClock}`
    : `${day.format(new Date(part.start))} ${clock(part.start)} – ${day.format(new Date(part.end))} ${clock(part.end)}`;
  const label = i18n.language === 'es' ? part.label : part.labelEn;
  return modality === null
    ? i18n.t('window.outsidePartContracted', { span, label })
    : i18n.t('window.outsidePart', { span, modality, label });
}
