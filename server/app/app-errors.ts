/**
 * The errors of the use cases (who may do what, what exists, what conflicts), with stable
 * codes and messages in Spanish and English, like the domain's catalogue. The HTTP layer maps
 * each code to a status in one table (http/error-status.ts).
 */

import { CodedError, type MessageParams, type Messages } from '../domain/coded-error.js';

const catalogue = {
  VALIDATION_FAILED: {
    es: (p) => `Solicitud inválida: ${p.detail}`,
    en: (p) => `Invalid request: ${p.detail}`,
  },
  MALFORMED_JSON: {
    es: () => 'El cuerpo de la solicitud no es JSON válido.',
    en: () => 'The request body is not valid JSON.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    es: (p) => `Tipo de contenido no admitido: ${p.type}.`,
    en: (p) => `Unsupported content type: ${p.type}.`,
  },
  BODY_TOO_LARGE: {
    es: (p) => `La solicitud supera el tamaño máximo de ${p.limit}.`,
    en: (p) => `The request exceeds the maximum size of ${p.limit}.`,
  },
  UNAUTHENTICATED: {
    es: () => 'Debe iniciar sesión (o su sesión expiró).',
    en: () => 'You must sign in (or your session expired).',
  },
  INVALID_CREDENTIALS: {
    es: () => 'Correo o contraseña incorrectos.',
    en: () => 'Wrong e-mail or password.',
  },
  CSRF_TOKEN_INVALID: {
    es: () => 'Falta el encabezado x-csrf-token o no corresponde a su sesión.',
    en: () => 'The x-csrf-token header is missing or does not match your session.',
  },
  FORBIDDEN: {
    es: () => 'Su rol no permite esta acción.',
    en: () => 'Your role does not allow this action.',
  },
  NOT_FOUND: {
    es: (p) => `No se encontró ${p.what ?? 'el recurso'}.`,
    en: (p) => `The requested ${p.whatEn ?? 'resource'} does not exist.`,
  },
  ROUTE_NOT_FOUND: {
    es: (p) => `No existe la ruta ${p.method} ${p.url}.`,
    en: (p) => `There is no route ${p.method} ${p.url}.`,
  },
  RATE_LIMITED: {
    es: (p) => `Demasiados intentos; espere ${p.seconds} s.`,
    en: (p) => `Too many attempts; wait ${p.seconds} s.`,
  },
  RESET_TOKEN_INVALID: {
    es: () =>
      'El enlace para restablecer la contraseña no es válido: ya se usó, venció o la cuenta está inactiva. Solicite uno nuevo.',
    en: () =>
      'The password reset link is not valid: it was used, it expired or the account is inactive. Ask for a new one.',
  },
  EMAIL_TAKEN: {
    es: (p) => `Ya existe un usuario con el correo ${p.email}.`,
    en: (p) => `A user with the e-mail ${p.email} already exists.`,
  },
  ORGANIZATION_NAME_TAKEN: {
    es: (p) => `Ya existe una organización llamada «${p.name}».`,
    en: (p) => `An organization called "${p.name}" already exists.`,
  },
  OUTBOX_NOT_FAILED: {
    es: () => 'Solo un mensaje que falló definitivamente puede reintentarse.',
    en: () => 'Only a message that failed for good can be retried.',
  },
  CLOSURE_DATE_TAKEN: {
    es: (p) => `Ya hay un cierre registrado el ${p.date}; elimínelo antes de registrar otro.`,
    en: (p) => `There is already a closure on ${p.date}; remove it before adding another.`,
  },
  ORGANIZATION_REQUIRED: {
    es: () => 'Los usuarios de cliente deben pertenecer a una organización.',
    en: () => 'Customer users must belong to an organization.',
  },
  STAFF_WITHOUT_ORGANIZATION: {
    es: () => 'El personal del centro no pertenece a una organización cliente.',
    en: () => 'Center staff do not belong to a customer organization.',
  },
  INVALID_CONTRACT_PERIOD: {
    es: (p) => `La vigencia termina (${p.validTo}) antes de empezar (${p.validFrom}).`,
    en: (p) => `The contract ends (${p.validTo}) before it starts (${p.validFrom}).`,
  },
  NO_ACTIVE_CONTRACT: {
    es: (p) =>
      `La organización «${p.organization}» no tiene un contrato de servicio vigente hoy; comuníquese con el Centro de Servicios.`,
    en: (p) =>
      `The organization "${p.organization}" has no service contract in force today; contact the Service Center.`,
  },
  // Monitoring alerts (SPEC §6, service Monitoreo)
  MONITORING_NOT_CONTRACTED: {
    es: (p) =>
      `El contrato vigente de «${p.organization}» no incluye el servicio de Monitoreo; sus alertas no abren casos.`,
    en: (p) =>
      `The contract in force of "${p.organization}" does not include the Monitoring service; its alerts open no tickets.`,
  },
  NO_ALERT_REQUESTER: {
    es: (p) =>
      `«${p.organization}» no tiene usuarios de cliente activos a cuyo nombre registrar las alertas.`,
    en: (p) => `"${p.organization}" has no active customer user to register the alerts for.`,
  },
  ASSIGNEE_NOT_STAFF: {
    es: () => 'Solo se puede asignar a personal activo del Centro de Servicios.',
    en: () => 'Tickets can only be assigned to active Service Center staff.',
  },
  REQUESTER_NOT_IN_ORGANIZATION: {
    es: () => 'El solicitante debe ser un usuario activo de la organización del caso.',
    en: () => "The requester must be an active user of the ticket's organization.",
  },
  IDEMPOTENCY_KEY_REUSED: {
    es: () => 'La clave Idempotency-Key ya se usó con otra solicitud diferente.',
    en: () => 'The Idempotency-Key was already used with a different request.',
  },
  CONCURRENT_UPDATE: {
    es: () => 'El caso cambió mientras se guardaba; vuelva a intentarlo.',
    en: () => 'The ticket changed while saving; try again.',
  },
  INVALID_SEARCH_QUERY: {
    es: () => 'La búsqueda no contiene palabras.',
    en: () => 'The search has no words.',
  },
  INVALID_CURSOR: {
    es: () => 'El cursor de paginación no es válido.',
    en: () => 'The pagination cursor is not valid.',
  },
  ATTACHMENT_TOO_LARGE: {
    es: (p) => `El archivo supera el tamaño máximo de ${p.limit}.`,
    en: (p) => `The file exceeds the maximum size of ${p.limit}.`,
  },
  ATTACHMENT_TYPE_NOT_ALLOWED: {
    es: (p) => `No se admiten archivos de tipo ${p.type}.`,
    en: (p) => `Files of type ${p.type} are not accepted.`,
  },
  INVALID_EMAIL: {
    es: (p) => `Correo electrónico inválido: «${p.value}».`,
    en: (p) => `Invalid e-mail address: "${p.value}".`,
  },
  WEAK_PASSWORD: {
    es: (p) => `La contraseña debe tener al menos ${p.min} caracteres.`,
    en: (p) => `The password must be at least ${p.min} characters long.`,
  },
  INVALID_ROLE: {
    es: (p) =>
      `Rol desconocido: «${p.value}». Use customer, customer_admin, agent, supervisor o admin.`,
    en: (p) =>
      `Unknown role: "${p.value}". Use customer, customer_admin, agent, supervisor or admin.`,
  },
  INVALID_NAME: {
    es: () => 'El nombre no puede estar vacío.',
    en: () => 'The name cannot be empty.',
  },
  SELF_LOCKOUT: {
    es: () => 'No puede desactivar su propia cuenta ni cambiar su propio rol.',
    en: () => 'You cannot deactivate your own account or change your own role.',
  },
  // On-site support and maintenance windows (SPEC §8)
  ON_SITE_NOT_CONTRACTED: {
    es: () => 'El contrato de este caso no incluye soporte en sitio.',
    en: () => "This ticket's contract does not include on-site support.",
  },
  TRAVEL_TIME_UNKNOWN: {
    es: (p) =>
      `No hay tiempo de desplazamiento para «${p.city}»; un administrador debe agregarlo a la tabla.`,
    en: (p) => `There is no travel time for "${p.city}"; an admin must add it to the table.`,
  },
  TECHNICIAN_NOT_STAFF: {
    es: () => 'El técnico debe ser personal activo del Centro de Servicios.',
    en: () => 'The technician must be active Service Center staff.',
  },
  VISIT_ALREADY_ACTIVE: {
    es: () =>
      'Este caso ya tiene una visita en curso; termínela o cancélela antes de programar otra.',
    en: () =>
      'This ticket already has a visit under way; finish or cancel it before scheduling another.',
  },
  ILLEGAL_VISIT_TRANSITION: {
    es: (p) => `No se puede ${p.intentEs} una visita en estado «${p.statusEs}».`,
    en: (p) => `Cannot ${p.intentEn} a visit in status "${p.statusEn}".`,
  },
  VISIT_ARRIVAL_OUT_OF_RANGE: {
    es: (p) => `La llegada prevista debe quedar entre ahora y los próximos ${p.days} días.`,
    en: (p) => `The planned arrival must lie between now and the next ${p.days} days.`,
  },
  TRAVEL_TIME_CITY_REPEATED: {
    es: (p) => `La ciudad «${p.city}» aparece más de una vez en la tabla.`,
    en: (p) => `The city "${p.city}" appears more than once in the table.`,
  },
  EQUIPMENT_NOT_COVERED: {
    es: (p) =>
      `«${p.equipment}» no está entre las plataformas cubiertas por el contrato (${p.covered}).`,
    en: (p) => `"${p.equipment}" is not among the platforms the contract covers (${p.covered}).`,
  },
  CONTRACT_NOT_IN_FORCE: {
    es: (p) => `La organización no tiene un contrato de servicio vigente el ${p.date}.`,
    en: (p) => `The organization has no service contract in force on ${p.date}.`,
  },
  MAINTENANCE_OUTSIDE_HOURS: {
    es: (p) =>
      `La ventana de mantenimiento debe quedar dentro del horario contratado (${p.modality}); queda por fuera: ${p.partsEs}.`,
    en: (p) =>
      `The maintenance window must lie inside the contracted hours (${p.modality}); outside: ${p.partsEn}.`,
  },
  MAINTENANCE_WINDOW_IN_PAST: {
    es: () => 'La ventana de mantenimiento no puede empezar en el pasado.',
    en: () => 'The maintenance window cannot start in the past.',
  },
  MAINTENANCE_WINDOW_TOO_LONG: {
    es: (p) => `Una ventana de mantenimiento dura como máximo ${p.days} días.`,
    en: (p) => `A maintenance window lasts at most ${p.days} days.`,
  },
  MAINTENANCE_WINDOW_OVERLAP: {
    es: (p) => `Ya hay una ventana de mantenimiento de «${p.equipment}» de ${p.start} a ${p.end}.`,
    en: (p) =>
      `There is already a maintenance window for "${p.equipment}" from ${p.start} to ${p.end}.`,
  },
  MAINTENANCE_WINDOW_NOT_CANCELLABLE: {
    es: () => 'La ventana ya fue cancelada o ya terminó.',
    en: () => 'The window was already cancelled or has already ended.',
  },
  // Satisfaction (issue 5)
  SATISFACTION_ALREADY_RATED: {
    es: () => 'Este caso ya fue calificado; la calificación se registra una sola vez.',
    en: () => 'This ticket has already been rated; a rating is recorded only once.',
  },
  SATISFACTION_TICKET_NOT_CLOSED: {
    es: () => 'Solo se puede calificar la atención de un caso cerrado.',
    en: () => 'Only a closed ticket can be rated.',
  },
  SATISFACTION_REQUESTER_ONLY: {
    es: () => 'Solo quien registró el caso puede calificar la atención.',
    en: () => 'Only the person who registered the ticket can rate it.',
  },
  INTERNAL_ERROR: {
    es: () => 'Error inesperado del servidor; quedó registrado para su revisión.',
    en: () => 'Unexpected server error; it was logged for review.',
  },
  TEST_CLOCK_BACKWARDS: {
    es: () => 'El reloj de pruebas solo avanza.',
    en: () => 'The test clock only moves forward.',
  },
} satisfies Record<string, Messages>;

export type AppErrorCode = keyof typeof catalogue;

/** All stable error codes of the use cases, for documentation and exhaustive tests. */
export const appErrorCodes = Object.keys(catalogue) as AppErrorCode[];

/** A refused request: permission, existence, conflict or input the use cases reject. */
export class AppError extends CodedError<AppErrorCode> {
  override readonly name = 'AppError';
  constructor(
    code: AppErrorCode,
    params: MessageParams = {},
    /** Extra members of the problem answer (RFC 9457 extensions), e.g. a window's parts outside hours. */
    readonly extensions?: Readonly<Record<string, unknown>>,
  ) {
    super(code, params, catalogue[code]);
  }
}

/** The uniform "not found" of a ticket: also what another organization's ticket answers. */
export function ticketNotFound(): AppError {
  return new AppError('NOT_FOUND', { what: 'el caso', whatEn: 'ticket' });
}
