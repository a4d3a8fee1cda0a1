/**
 * `mesa user create`: creates a user as the operator (e.g. the first admin). The password may
 * come from MESA_USER_PASSWORD instead of --password, to keep it out of the shell's history.
 */

import { systemClock } from '../app/clock.js';
import { OPERATOR } from '../app/identity/operator.js';
import { createServices } from '../app/services.js';
import { migrateToLatest } from '../storage/migrate.js';
import { parseFlags, requireFlag, wantsHelp } from './args.js';
import { withConfiguredDatabase } from './cli-database.js';
import { CliError } from './cli-error.js';
import { commonOptionsHelp } from './cli-messages.js';
import type { Command, Localized } from './command.js';
import { writeText } from './output.js';

const OPTIONS = {
  email: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  password: { type: 'string' },
  organization: { type: 'string' },
  language: { type: 'string' },
} as const;

const help: Localized = {
  es: `Uso: mesa user create --email CORREO --name NOMBRE --role ROL [--organization ORG]
                        [--password CLAVE] [--language es|en]

Crea un usuario en la base de datos configurada (la migra si hace falta) e imprime su JSON.

Opciones:
  --email CORREO       Correo (único; se guarda en minúsculas).
  --name NOMBRE        Nombre para mostrar.
  --role ROL           customer, customer_admin, agent, supervisor o admin.
  --organization ORG   Id o nombre exacto de la organización (obligatoria para customer
                       y customer_admin; el personal del centro no tiene).
  --password CLAVE     Al menos 12 caracteres. Mejor: la variable MESA_USER_PASSWORD, que no
                       queda en el historial de la terminal.
  --language es|en     Idioma de los mensajes del usuario (por defecto es).
${commonOptionsHelp.es}`,
  en: `Usage: mesa user create --email EMAIL --name NAME --role ROLE [--organization ORG]
                        [--password PASSWORD] [--language es|en]

Creates a user in the configured database (migrating it if needed) and prints its JSON.

Options:
  --email EMAIL        E-mail (unique; stored lower-cased).
  --name NAME          Display name.
  --role ROLE          customer, customer_admin, agent, supervisor or admin.
  --organization ORG   Id or exact name of the organization (required for customer and
                       customer_admin; the center's staff have none).
  --password PASSWORD  At least 12 characters. Better: the MESA_USER_PASSWORD variable, which
                       stays out of the shell's history.
  --language es|en     Language of the user's messages (default es).
${commonOptionsHelp.en}`,
};

/** `mesa user create`. */
export const userCreateCommand: Command = {
  name: 'create',
  summary: { es: 'Crea un usuario.', en: 'Creates a user.' },
  help: (lang) => `${help[lang]}\n`,
  async run(args, ctx) {
    if (wantsHelp(args)) return writeText(ctx.stdout, userCreateCommand.help(ctx.lang, ctx.path));
    const flags = parseFlags(args, OPTIONS, ctx.path);
    const email = requireFlag(flags.email, 'email');
    const name = requireFlag(flags.name, 'name');
    const role = requireFlag(flags.role, 'role');
    const password = flags.password ?? ctx.env.MESA_USER_PASSWORD;
    if (password === undefined) throw new CliError('MISSING_FLAG', { flag: '--password' });
    const language = flags.language ?? 'es';
    if (language !== 'es' && language !== 'en') {
      throw new CliError('INVALID_LANGUAGE', { value: language });
    }
    const user = await withConfiguredDatabase(ctx.env, async (db, settings) => {
      await migrateToLatest(db);
      const services = createServices({ db, clock: systemClock, dataDir: settings.dataDir });
      const organization =
        flags.organization === undefined
          ? null
          : await services.organizations.resolve(OPERATOR, flags.organization);
      return services.users.create(OPERATOR, {
        email,
        name,
        password,
        role,
        organizationId: organization?.id ?? null,
        language,
      });
    });
    const { id, organizationId, active } = user;
    const json = {
      id,
      email: user.email,
      name: user.name,
      role: user.role,
      organizationId,
      active,
    };
    await writeText(ctx.stdout, `${JSON.stringify(json)}\n`);
  },
};
