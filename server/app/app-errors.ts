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
  EMAIL_TAKEN: {
    es: (p) => `Ya existe un usuario con el correo ${p.email}.`,
    en: (p) => `A user with the e-mail ${p.email} already exists.`,
  },
  ORGANIZATION_NAME_TAKEN: {
    es: (p) => `Ya existe una organización llamada «${p.name}».`,
    en: (p) => `An organization called "${p.name}" already exists.`,
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
  constructor(code: AppErrorCode, params: MessageParams = {}) {
    super(code, params, catalogue[code]);
  }
}

/** The uniform "not found" of a ticket: also what another organization's ticket answers. */
export function ticketNotFound(): AppError {
  return new AppError('NOT_FOUND', { what: 'el caso', whatEn: 'ticket' });
}
