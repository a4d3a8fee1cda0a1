import { expect, it } from 'vitest';
import { describeEachDatabase, useHarness } from '../test/support/harness.js';
import { loadSettings } from './config/settings.js';
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
