/**
 * What the database needs at start beyond its schema. With MESA_DEMO=0, the first admin from
 * MESA_ADMIN_EMAIL + MESA_ADMIN_PASSWORD when no admin exists yet; with demo data on, the
 * demo loader (server/demo) fills an empty database.
 */

import { OPERATOR } from './app/identity/operator.js';
import type { Services } from './app/services.js';
import type { Settings } from './config/settings.js';

/** Prints a line for the operator (the console in main.ts; a spy in tests). */
export type StartupLog = (line: string) => void;

/** Loads the start-up data the settings ask for; safe to run on every start. */
export async function loadStartupData(
  services: Services,
  settings: Settings,
  log: StartupLog = (line) => console.log(line),
): Promise<void> {
  if (settings.demo) {
    // demo: loading the demo organizations, users, FAQ and directory goes here (server/demo).
    return;
  }
  if (await services.users.hasActiveAdmin()) return;
  if (settings.admin === null) {
    log(
      'No admin account exists. Set MESA_ADMIN_EMAIL and MESA_ADMIN_PASSWORD, or run ' +
        '`npm run mesa -- user create --role admin …`.',
    );
    return;
  }
  const admin = await services.users.create(OPERATOR, {
    email: settings.admin.email,
    name: 'Administrador',
    password: settings.admin.password,
    role: 'admin',
    language: settings.language,
  });
  log(`Created the first admin: ${admin.email}`);
}
