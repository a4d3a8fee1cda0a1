/**
 * What the database needs at start beyond its schema. With MESA_DEMO=0, the first admin from
 * MESA_ADMIN_EMAIL + MESA_ADMIN_PASSWORD when no admin exists yet; with demo data on, the
 * demo loader (server/demo) fills an empty database.
 */

import { OPERATOR } from './app/identity/operator.js';
import type { Services } from './app/services.js';
import type { Settings } from './config/settings.js';
import { type DemoAccount, loadDemoData } from './demo/load-demo-data.js';
import { seedReferenceContent } from './demo/seed-reference-content.js';
import { TRAVEL_TIMES_EXAMPLE } from './demo/travel-times-example.js';
import { withStartupLock } from './storage/startup-lock.js';

/** Prints a line for the operator (the console in main.ts; a spy in tests). */
export type StartupLog = (line: string) => void;

/** What start-up loaded, for main.ts to print after the URL. */
export interface StartupData {
  /** The demo accounts created now (empty when the database already had data). */
  readonly demoAccounts: readonly DemoAccount[];
}

/**
 * Loads the start-up data the settings ask for; safe to run on every start, and by several
 * instances starting at once (one after the other: storage/startup-lock.ts).
 */
export async function loadStartupData(
  services: Services,
  settings: Settings,
  log: StartupLog = (line) => console.log(line),
): Promise<StartupData> {
  return withStartupLock(services.deps.db, () => loadAlone(services, settings, log));
}

async function loadAlone(
  services: Services,
  settings: Settings,
  log: StartupLog,
): Promise<StartupData> {
  const { db, clock } = services.deps;
  const seeded = await seedReferenceContent(db, clock.now());
  // The on-site travel times (SPEC §8): example values, flagged so, until an admin sets them.
  if (await services.travelTimes.seedExamples(TRAVEL_TIMES_EXAMPLE.entries)) {
    seeded.push('travel_times');
  }
  if (seeded.length > 0) log(`Seeded reference content: ${seeded.join(', ')}`);
  if (settings.demo) return { demoAccounts: await loadDemoData(services) };
  await createFirstAdmin(services, settings, log);
  return { demoAccounts: [] };
}

async function createFirstAdmin(
  services: Services,
  settings: Settings,
  log: StartupLog,
): Promise<void> {
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
