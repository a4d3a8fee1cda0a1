/**
 * What alerts write on tickets: the description of a ticket an alert opens (in the requester's
 * language: the customer reads it) and the internal notes of repeats and recoveries (in their
 * author's language: the token's owner). Plain text; the ticket views never render it as HTML.
 */

import type { Language } from '../../domain/errors.js';
import type { AlertImpact, NormalisedAlert } from './alert.js';

/** The longest description POST /tickets accepts; an alert's never goes beyond it. */
const MAX_DESCRIPTION_LENGTH = 20_000;

const IMPACT_NAMES: Record<Language, Record<AlertImpact, string>> = {
  es: { high: 'alto', medium: 'medio', low: 'bajo' },
  en: { high: 'high', medium: 'medium', low: 'low' },
};

const words = {
  es: {
    heading: '— Alerta de monitoreo —',
    source: 'Origen',
    key: 'Clave',
    severity: (severity: string, impact: string) => `Severidad: ${severity} (impacto ${impact})`,
    equipment: 'Equipo',
    startsAt: 'Inicio según el origen',
    link: 'Enlace',
    labels: 'Etiquetas',
    previous: (number: string) =>
      `Esta alerta ya había abierto el caso ${number}, que está cerrado; este es un caso nuevo.`,
  },
  en: {
    heading: '— Monitoring alert —',
    source: 'Source',
    key: 'Key',
    severity: (severity: string, impact: string) => `Severity: ${severity} (${impact} impact)`,
    equipment: 'Equipment',
    startsAt: 'Started (per the source)',
    link: 'Link',
    labels: 'Labels',
    previous: (number: string) =>
      `This alert had opened ticket ${number}, which is closed; this is a new ticket.`,
  },
} as const;

/** The description of the ticket a firing alert opens. */
export function alertTicketDescription(
  alert: NormalisedAlert,
  previousTicketNumber: string | null,
  language: Language,
): string {
  const w = words[language];
  const lines = [
    alert.details ?? alert.summary,
    '',
    w.heading,
    `${w.source}: ${alert.source}`,
    `${w.key}: ${alert.key}`,
    w.severity(alert.severity, IMPACT_NAMES[language][alert.impact]),
  ];
  if (alert.equipment !== null) lines.push(`${w.equipment}: ${alert.equipment}`);
  if (alert.startsAt !== null) lines.push(`${w.startsAt}: ${alert.startsAt}`);
  if (alert.link !== null) lines.push(`${w.link}: ${alert.link}`);
  const labels = Object.entries(alert.labels).map(([name, value]) => `${name}=${value}`);
  if (labels.length > 0) lines.push(`${w.labels}: ${labels.join(', ')}`);
  if (previousTicketNumber !== null) lines.push('', w.previous(previousTicketNumber));
  const text = lines.join('\n');
  return text.length <= MAX_DESCRIPTION_LENGTH
    ? text
    : `${text.slice(0, MAX_DESCRIPTION_LENGTH - 1)}…`;
}

/** The internal note of a firing of a key whose ticket is open. */
export function alertRepeatNote(
  alert: NormalisedAlert,
  fireCount: number,
  afterResolved: boolean,
  language: Language,
): string {
  const head =
    language === 'es'
      ? afterResolved
        ? `La alerta se disparó de nuevo después de resolverse (disparo n.º ${fireCount} en este caso)`
        : `La alerta volvió a dispararse (disparo n.º ${fireCount} en este caso)`
      : afterResolved
        ? `The alert fired again after resolving (firing #${fireCount} on this ticket)`
        : `The alert fired again (firing #${fireCount} on this ticket)`;
  const severity = language === 'es' ? 'severidad' : 'severity';
  const details = alert.details === null ? '' : `\n\n${alert.details}`;
  return `${head}: ${alert.summary} — ${severity} ${alert.severity}.${details}`;
}

/** The internal note of a key's recovery: agents still diagnose and close (SPEC §5). */
export function alertResolvedNote(alert: NormalisedAlert, language: Language): string {
  return language === 'es'
    ? `El origen informa que la alerta se resolvió: ${alert.summary}. El caso sigue abierto: ` +
        'verifique con el cliente y proponga la solución si corresponde.'
    : `The source reports the alert resolved: ${alert.summary}. The ticket stays open: ` +
        'check with the customer and propose the solution if appropriate.';
}
