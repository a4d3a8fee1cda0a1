/**
 * The CLI's own messages (argument and batch-line problems), in Spanish (es-CO, the default)
 * and English, under stable SCREAMING_SNAKE codes like the domain's catalogue.
 */

import type { Language } from '../domain/errors.js';
import type { Localized } from './command.js';

type Params = Record<string, string>;
type Message = (p: Params) => string;

/** What a batch field must hold, named in each language (INVALID_FIELD's `expects`). */
const expectations: Record<string, Localized> = {
  id: { es: 'un texto o un número', en: 'a string or a number' },
  instant: {
    es: 'una fecha ISO 8601 con desfase, p. ej. "2026-03-20T17:30:00-05:00"',
    en: 'an ISO 8601 date with an offset, e.g. "2026-03-20T17:30:00-05:00"',
  },
  services: {
    es: 'una lista no vacía de textos, p. ej. ["support"]',
    en: 'a non-empty list of strings, e.g. ["support"]',
  },
};

function expected(p: Params, lang: Language): string {
  return expectations[p.expects ?? '']?.[lang] ?? String(p.expects);
}

const catalogue = {
  MISSING_COMMAND: {
    es: (p) => `Falta el comando. Use «${p.help}» para ver los comandos.`,
    en: (p) => `Missing command. Run "${p.help}" to see the commands.`,
  },
  UNKNOWN_COMMAND: {
    es: (p) => `Comando desconocido: «${p.value}». Use «${p.help}» para ver los comandos.`,
    en: (p) => `Unknown command: "${p.value}". Run "${p.help}" to see the commands.`,
  },
  UNKNOWN_FLAG: {
    es: (p) => `Opción desconocida: «${p.flag}». Use «${p.help}» para ver las opciones.`,
    en: (p) => `Unknown option: "${p.flag}". Run "${p.help}" to see the options.`,
  },
  UNEXPECTED_ARGUMENT: {
    es: (p) => `Argumento inesperado: «${p.value}». Use «${p.help}» para ver el uso.`,
    en: (p) => `Unexpected argument: "${p.value}". Run "${p.help}" to see the usage.`,
  },
  MISSING_FLAG: {
    es: (p) => `Falta la opción obligatoria ${p.flag}.`,
    en: (p) => `The option ${p.flag} is required.`,
  },
  MISSING_FLAG_VALUE: {
    es: (p) => `La opción ${p.flag} necesita un valor.`,
    en: (p) => `The option ${p.flag} needs a value.`,
  },
  FLAG_TAKES_NO_VALUE: {
    es: (p) => `La opción ${p.flag} no lleva valor.`,
    en: (p) => `The option ${p.flag} takes no value.`,
  },
  INVALID_ARGUMENTS: {
    es: (p) => `Argumentos inválidos: ${p.detail}`,
    en: (p) => `Invalid arguments: ${p.detail}`,
  },
  INVALID_LANGUAGE: {
    es: (p) => `Idioma desconocido: «${p.value}». Use es o en.`,
    en: (p) => `Unknown language: "${p.value}". Use es or en.`,
  },
  INVALID_YEAR: {
    es: (p) => `Año inválido: «${p.value}». Use un año entero, p. ej. 2026.`,
    en: (p) => `Invalid year: "${p.value}". Use a whole year, e.g. 2026.`,
  },
  INVALID_PAUSE: {
    es: (p) =>
      `Pausa inválida: «${p.value}». Use INICIO/FIN, p. ej. 2026-03-24T09:00:00-05:00/2026-03-24T11:00:00-05:00.`,
    en: (p) =>
      `Invalid pause: "${p.value}". Use START/END, e.g. 2026-03-24T09:00:00-05:00/2026-03-24T11:00:00-05:00.`,
  },
  INVALID_JSON: {
    es: () => 'La línea no es JSON válido.',
    en: () => 'The line is not valid JSON.',
  },
  NOT_AN_OBJECT: {
    es: () => 'La línea debe ser un objeto JSON, p. ej. {"id":"c1","modality":"5x8",…}.',
    en: () => 'The line must be a JSON object, e.g. {"id":"c1","modality":"5x8",…}.',
  },
  MISSING_FIELD: {
    es: (p) => `Falta el campo obligatorio «${p.field}».`,
    en: (p) => `The field "${p.field}" is required.`,
  },
  INVALID_FIELD: {
    es: (p) => `El campo «${p.field}» debe ser ${expected(p, 'es')}.`,
    en: (p) => `The field "${p.field}" must be ${expected(p, 'en')}.`,
  },
  STDIN_UNREADABLE: {
    es: (p) => `No se pudo leer la entrada estándar: ${p.detail}`,
    en: (p) => `Could not read standard input: ${p.detail}`,
  },
  INTERNAL_ERROR: {
    es: (p) => `Error inesperado: ${p.detail}`,
    en: (p) => `Unexpected error: ${p.detail}`,
  },
} satisfies Record<string, Record<Language, Message>>;

export type CliErrorCode = keyof typeof catalogue;

/** The message of a CLI error code in a language. */
export function cliMessage(code: CliErrorCode, params: Params, lang: Language): string {
  return catalogue[code][lang](params);
}

/** SPEC §3: told to the user of a 7x24 high-impact case written out of attended hours. */
export const callTheCenterNotice: Localized = {
  es: 'Fuera del horario de lunes a sábado de 08:00 a 18:00, los casos de impacto alto se atienden solo por teléfono: llame a la línea nacional (+57) 2 486 8080 opción 2.',
  en: 'Outside Monday–Saturday 08:00–18:00, high-impact cases are attended only by phone: call the national line (+57) 2 486 8080 option 2.',
};

/** Help lines for the options every command accepts. */
export const commonOptionsHelp: Localized = {
  es: [
    '  --lang es|en       Idioma de los mensajes (por defecto es; también MESA_LANG=en).',
    '  -h, --help         Muestra esta ayuda.',
  ].join('\n'),
  en: [
    '  --lang es|en       Language of the messages (default es; also MESA_LANG=en).',
    '  -h, --help         Shows this help.',
  ].join('\n'),
};
