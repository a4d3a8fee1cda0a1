/** `mesa demo`: loads the demo organizations, people and tickets into an empty database. */

import { systemClock } from '../app/clock.js';
import { createServices } from '../app/services.js';
import { DEMO_PASSWORD } from '../demo/demo-content.js';
import { loadDemoData } from '../demo/load-demo-data.js';
import { seedReferenceContent } from '../demo/seed-reference-content.js';
import { migrateToLatest } from '../storage/migrate.js';
import { parseFlags, wantsHelp } from './args.js';
import { withConfiguredDatabase } from './cli-database.js';
import { commonOptionsHelp } from './cli-messages.js';
import type { Command, Localized } from './command.js';
import { writeText } from './output.js';

const help: Localized = {
  es: `Uso: mesa demo [--lang es|en]

Migra la base de datos configurada (DATABASE_URL, o DATA_DIR/mesa.db) y, si no tiene
organizaciones, carga los datos de demostración: tres organizaciones ficticias (5x8, 6x8 y
7x24), sus usuarios, el personal del centro y casos en varios estados. Imprime las cuentas.
Solo para demostraciones: la contraseña de las cuentas es pública.

Opciones:
${commonOptionsHelp.es}`,
  en: `Usage: mesa demo [--lang es|en]

Migrates the configured database (DATABASE_URL, or DATA_DIR/mesa.db) and, when it has no
organizations, loads the demo data: three fictitious organizations (5x8, 6x8 and 7x24), their
users, the center's staff and tickets in several states. Prints the accounts. For demos
only: the accounts' password is public.

Options:
${commonOptionsHelp.en}`,
};

const said = {
  loaded: { es: 'Datos de demostración cargados. Contraseña:', en: 'Demo data loaded. Password:' },
  skipped: {
    es: 'La base de datos ya tiene organizaciones; no se cargó nada.',
    en: 'The database already has organizations; nothing was loaded.',
  },
} as const;

/** `mesa demo`. */
export const demoCommand: Command = {
  name: 'demo',
  summary: {
    es: 'Carga los datos de demostración en una base de datos vacía.',
    en: 'Loads the demo data into an empty database.',
  },
  help: (lang) => `${help[lang]}\n`,
  async run(args, ctx) {
    if (wantsHelp(args)) return writeText(ctx.stdout, demoCommand.help(ctx.lang, ctx.path));
    parseFlags(args, {}, ctx.path);
    const accounts = await withConfiguredDatabase(ctx.env, async (db, settings) => {
      await migrateToLatest(db);
      const services = createServices({ db, clock: systemClock, dataDir: settings.dataDir });
      await seedReferenceContent(db, systemClock.now());
      return loadDemoData(services);
    });
    if (accounts.length === 0) return writeText(ctx.stdout, `${said.skipped[ctx.lang]}\n`);
    const lines = accounts.map((a) => `  ${a.role.padEnd(15)} ${a.email}`);
    await writeText(ctx.stdout, `${said.loaded[ctx.lang]} ${DEMO_PASSWORD}\n${lines.join('\n')}\n`);
  },
};
