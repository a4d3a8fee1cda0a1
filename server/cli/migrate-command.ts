/** `mesa migrate`: applies pending schema migrations to the configured database. */

import { migrateToLatest } from '../storage/migrate.js';
import { parseFlags, wantsHelp } from './args.js';
import { withConfiguredDatabase } from './cli-database.js';
import { commonOptionsHelp } from './cli-messages.js';
import type { Command, Localized } from './command.js';
import { writeText } from './output.js';

const help: Localized = {
  es: `Uso: mesa migrate [--lang es|en]

Aplica las migraciones pendientes a la base de datos configurada (DATABASE_URL, o
DATA_DIR/mesa.db) e imprime las aplicadas. El servidor también migra al iniciar; este
comando sirve para migrar antes de desplegar varias instancias.

Opciones:
${commonOptionsHelp.es}`,
  en: `Usage: mesa migrate [--lang es|en]

Applies pending migrations to the configured database (DATABASE_URL, or DATA_DIR/mesa.db)
and prints the ones applied. The server also migrates at start; this command migrates
ahead of deploying several instances.

Options:
${commonOptionsHelp.en}`,
};

const done = {
  applied: { es: 'Migraciones aplicadas:', en: 'Migrations applied:' },
  upToDate: {
    es: 'La base de datos ya está al día.',
    en: 'The database is already up to date.',
  },
} as const;

/** `mesa migrate`. */
export const migrateCommand: Command = {
  name: 'migrate',
  summary: {
    es: 'Aplica las migraciones pendientes de la base de datos.',
    en: 'Applies pending database migrations.',
  },
  help: (lang) => `${help[lang]}\n`,
  async run(args, ctx) {
    if (wantsHelp(args)) return writeText(ctx.stdout, migrateCommand.help(ctx.lang, ctx.path));
    parseFlags(args, {}, ctx.path);
    const applied = await withConfiguredDatabase(ctx.env, (db) => migrateToLatest(db));
    const text =
      applied.length === 0
        ? done.upToDate[ctx.lang]
        : [done.applied[ctx.lang], ...applied.map((name) => `  ${name}`)].join('\n');
    await writeText(ctx.stdout, `${text}\n`);
  },
};
