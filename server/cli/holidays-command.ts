/** `mesa holidays --year Y`: Colombia's public holidays of a year as a JSON array. */

import { colombianHolidays } from '../domain/calendar/holidays/colombia.js';
import { assertSupportedYear, SUPPORTED_YEARS } from '../domain/time/instant.js';
import { parseFlags, requireFlag, wantsHelp } from './args.js';
import { CliError } from './cli-error.js';
import { commonOptionsHelp } from './cli-messages.js';
import type { Command, Localized } from './command.js';
import { writeText } from './output.js';

const OPTIONS = { year: { type: 'string' } } as const;

const help: Localized = {
  es: `Uso: mesa holidays --year AÑO [--lang es|en]

Imprime los festivos de Colombia del año como un arreglo JSON, p. ej.
[{"date":"2026-01-01","name":"Año Nuevo"}, …]. Con --lang en, los nombres van en inglés.
El año debe estar entre ${SUPPORTED_YEARS.min} y ${SUPPORTED_YEARS.max}.

Opciones:
  --year AÑO         El año (obligatorio).
${commonOptionsHelp.es}`,
  en: `Usage: mesa holidays --year YEAR [--lang es|en]

Prints Colombia's public holidays of the year as a JSON array, e.g.
[{"date":"2026-01-01","name":"New Year's Day"}, …]. With --lang en, names are in English.
The year must be between ${SUPPORTED_YEARS.min} and ${SUPPORTED_YEARS.max}.

Options:
  --year YEAR        The year (required).
${commonOptionsHelp.en}`,
};

/** `mesa holidays`. */
export const holidaysCommand: Command = {
  name: 'holidays',
  summary: {
    es: 'Lista los festivos de Colombia de un año.',
    en: "Lists Colombia's public holidays of a year.",
  },
  help: (lang) => `${help[lang]}\n`,
  async run(args, ctx) {
    if (wantsHelp(args)) return writeText(ctx.stdout, holidaysCommand.help(ctx.lang, ctx.path));
    const flags = parseFlags(args, OPTIONS, ctx.path);
    const text = requireFlag(flags.year, 'year');
    if (!/^[+-]?\d{1,9}$/.test(text)) throw new CliError('INVALID_YEAR', { value: text });
    const year = Number(text);
    assertSupportedYear(year);
    const rows = colombianHolidays
      .holidaysOf(year)
      .map((h) => JSON.stringify({ date: h.date, name: ctx.lang === 'en' ? h.nameEn : h.name }));
    // One holiday per line: still one JSON array, and easy to read or grep.
    await writeText(ctx.stdout, `[\n  ${rows.join(',\n  ')}\n]\n`);
  },
};
