import { expect, it } from 'vitest';
import {
  describeEachDatabase,
  describePostgres,
  FAST_SCRYPT,
  openOtherConnection,
  useHarness,
} from '../test/support/harness.js';
import { createServices } from './app/services.js';
import { loadSettings } from './config/settings.js';
import { DEMO_FAQ } from './demo/demo-content.js';
import { directoryRows } from './demo/seed-reference-content.js';
import { loadStartupData } from './startup-data.js';

describeEachDatabase('loadStartupData with MESA_DEMO=0', (database) => {
  const harness = useHarness(database);

  it('only explains how to create an admin when none is configured', async () => {
    const h = harness();
    const lines: string[] = [];
    await loadStartupData(h.services, loadSettings({ MESA_DEMO: '0' }), (line) => lines.push(line));
    expect(await h.services.users.hasActiveAdmin()).toBe(false);
    expect(lines.join('\n')).toContain('MESA_ADMIN_EMAIL');
  });

  it('creates the first admin from MESA_ADMIN_*, once', async () => {
    const h = harness();
    const settings = loadSettings({
      MESA_DEMO: '0',
      MESA_ADMIN_EMAIL: 'Jefe@Example.com',
      MESA_ADMIN_PASSWORD: 'una-clave-de-admin',
    });
    const lines: string[] = [];
    await loadStartupData(h.services, settings, (line) => lines.push(line));
    await loadStartupData(h.services, settings, (line) => lines.push(line));
    expect(lines).toEqual(['Created the first admin: jefe@example.com']);
    const signedIn = await h.services.sessions.login({
      email: 'jefe@example.com',
      password: 'una-clave-de-admin',
      source: 'test',
    });
    expect(signedIn.user).toMatchObject({ role: 'admin', name: 'Administrador' });
  });
});

describeEachDatabase('loadStartupData with MESA_DEMO=1', (database) => {
  const harness = useHarness(database);

  it('seeds the directory and the demo once, and returns the demo accounts to print', async () => {
    const h = harness();
    const settings = loadSettings({});
    const lines: string[] = [];
    const first = await loadStartupData(h.services, settings, (line) => lines.push(line));
    expect(first.demoAccounts.length).toBeGreaterThanOrEqual(7);
    expect(first.demoAccounts.map((a) => a.role)).toEqual(
      expect.arrayContaining(['customer', 'customer_admin', 'agent', 'supervisor', 'admin']),
    );
    expect(lines).toEqual(['Seeded reference content: directory, faq, travel_times']);
    const again = await loadStartupData(h.services, settings, (line) => lines.push(line));
    expect(again.demoAccounts).toEqual([]);
    expect(await h.services.users.hasActiveAdmin()).toBe(true);
  });
});

// PostgreSQL only: several instances share one database there. A SQLite file is served by one
// process, and two connections in one test process would wait on each other's lock inside
// one event loop.
describePostgres('loadStartupData by two instances starting at once', () => {
  const harness = useHarness('postgres');

  it('seeds the reference content and creates the first admin once', async () => {
    const h = harness();
    const other = openOtherConnection(h);
    try {
      const otherServices = createServices({
        db: other,
        clock: h.clock,
        dataDir: h.dataDir,
        passwordCost: FAST_SCRYPT,
      });
      const settings = loadSettings({
        MESA_DEMO: '0',
        MESA_ADMIN_EMAIL: 'jefe@example.com',
        MESA_ADMIN_PASSWORD: 'una-clave-de-admin',
      });
      const lines: string[] = [];
      const log = (line: string) => lines.push(line);
      // Both pools connected first, so the two start-ups really overlap.
      await Promise.all([h.services.users.hasActiveAdmin(), otherServices.users.hasActiveAdmin()]);
      await Promise.all([
        loadStartupData(h.services, settings, log),
        loadStartupData(otherServices, settings, log),
      ]);
      expect(lines.sort()).toEqual([
        'Created the first admin: jefe@example.com',
        'Seeded reference content: directory, faq, travel_times',
      ]);
      const count = async (table: 'faq_articles' | 'directory_entries' | 'users') =>
        Number(
          (
            await h.db.kysely
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      expect(await count('faq_articles')).toBe(DEMO_FAQ.length);
      expect(await count('directory_entries')).toBe(directoryRows().length);
      expect(await count('users')).toBe(1);
    } finally {
      await other.close();
    }
  });
});
