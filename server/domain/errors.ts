/**
 * The domain's error catalogue: every rule violation has a stable SCREAMING_SNAKE code and a
 * message in Spanish (es-CO, the default) and English. Adapters (CLI, HTTP) map codes to their
 * own conventions; the domain never knows about exit statuses or HTTP statuses.
 */

import { CodedError, type MessageParams, type Messages } from './coded-error.js';

export type { Language } from './coded-error.js';

const catalogue = {
  INVALID_INSTANT: {
    es: (p) =>
      `Fecha y hora inválida: «${p.value}». Use ISO 8601, p. ej. 2026-03-20T17:30:00-05:00.`,
    en: (p) => `Invalid date and time: "${p.value}". Use ISO 8601, e.g. 2026-03-20T17:30:00-05:00.`,
  },
  INSTANT_WITHOUT_OFFSET: {
    es: (p) =>
      `La fecha «${p.value}» no indica la zona horaria; agregue el desfase, p. ej. -05:00.`,
    en: (p) => `The date "${p.value}" has no UTC offset; add one, e.g. -05:00.`,
  },
  YEAR_OUT_OF_RANGE: {
    es: (p) => `El año ${p.year} está fuera del rango admitido (${p.min}–${p.max}).`,
    en: (p) => `The year ${p.year} is outside the supported range (${p.min}–${p.max}).`,
  },
  INVALID_MODALITY: {
    es: (p) => `Modalidad desconocida: «${p.value}». Use 5x8, 6x8 o 7x24.`,
    en: (p) => `Unknown modality: "${p.value}". Use 5x8, 6x8 or 7x24.`,
  },
  INVALID_IMPACT: {
    es: (p) => `Nivel de impacto desconocido: «${p.value}». Use high, medium, low o change.`,
    en: (p) => `Unknown impact level: "${p.value}". Use high, medium, low or change.`,
  },
  INVALID_CHANNEL: {
    es: (p) => `Canal desconocido: «${p.value}». Use web, phone, email o monitoring.`,
    en: (p) => `Unknown channel: "${p.value}". Use web, phone, email or monitoring.`,
  },
  INVALID_SERVICE: {
    es: (p) =>
      `Servicio desconocido: «${p.value}». Use support, administration, monitoring o managed.`,
    en: (p) => `Unknown service: "${p.value}". Use support, administration, monitoring or managed.`,
  },
  CHANGE_REQUIRES_MANAGED_SERVICE: {
    es: () =>
      'El nivel «Cambios en configuraciones» solo aplica a contratos con servicio gestionado o de administración.',
    en: () =>
      'The "configuration changes" level only applies to contracts with the managed or administration service.',
  },
  INVALID_DURATION: {
    es: (p) =>
      `Duración inválida: «${p.value}». Debe ser un número de minutos mayor o igual a cero.`,
    en: (p) => `Invalid duration: "${p.value}". It must be a number of minutes, zero or more.`,
  },
  INVALID_INTERVAL: {
    es: (p) => `Intervalo inválido: el fin (${p.end}) es anterior al inicio (${p.start}).`,
    en: (p) => `Invalid interval: the end (${p.end}) is before the start (${p.start}).`,
  },
  INVALID_TIME_ZONE: {
    es: (p) => `Zona horaria desconocida: «${p.value}». Use un nombre IANA, p. ej. America/Bogota.`,
    en: (p) => `Unknown time zone: "${p.value}". Use an IANA name, e.g. America/Bogota.`,
  },
  INVALID_CALENDAR: {
    es: (p) => `Calendario inválido: ${p.reason}`,
    en: (p) => `Invalid calendar: ${p.reason}`,
  },
  INVALID_DATE: {
    es: (p) => `Fecha inválida: «${p.value}». Use AAAA-MM-DD.`,
    en: (p) => `Invalid date: "${p.value}". Use YYYY-MM-DD.`,
  },
  CALENDAR_NEVER_OPEN: {
    es: (p) => `El calendario «${p.calendar}» no tiene horario contratado antes de ${p.max}.`,
    en: (p) => `The calendar "${p.calendar}" has no counted time before ${p.max}.`,
  },
  INVALID_LEVEL_TABLE: {
    es: (p) => `Tabla de niveles inválida: ${p.reason}`,
    en: (p) => `Invalid level table: ${p.reason}`,
  },
  ILLEGAL_TRANSITION: {
    es: (p) => `No se puede «${p.action}» un caso en estado «${p.status}».`,
    en: (p) => `Cannot "${p.action}" a ticket in status "${p.status}".`,
  },
  DIAGNOSIS_REQUIRED: {
    es: () => 'Registre e informe el diagnóstico (1ª respuesta) antes de proponer una solución.',
    en: () => 'Record and report the diagnosis (first response) before proposing a solution.',
  },
  REASON_REQUIRED: {
    es: () => 'Indique por escrito el motivo del cierre.',
    en: () => 'Give a written reason for the closure.',
  },
  INVALID_MONTH: {
    es: (p) => `Mes inválido: «${p.value}». Use AAAA-MM.`,
    en: (p) => `Invalid month: "${p.value}". Use YYYY-MM.`,
  },
  REPORT_PERIOD_TOO_LONG: {
    es: (p) => `El período abarca ${p.months} meses; un informe cubre como máximo ${p.max}.`,
    en: (p) => `The period spans ${p.months} months; a report covers at most ${p.max}.`,
  },
} satisfies Record<string, Messages>;

export type DomainErrorCode = keyof typeof catalogue;

/** All stable error codes of the domain, for documentation and exhaustive tests. */
export const domainErrorCodes = Object.keys(catalogue) as DomainErrorCode[];

/** A broken business rule or invalid input, identified by a stable code. */
export class DomainError extends CodedError<DomainErrorCode> {
  override readonly name = 'DomainError';
  constructor(code: DomainErrorCode, params: MessageParams = {}) {
    super(code, params, catalogue[code]);
  }
}

/** True when `error` is a DomainError (also across module copies). */
export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
