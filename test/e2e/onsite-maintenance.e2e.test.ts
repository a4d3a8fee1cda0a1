/**
 * Journey (d) of issue 5 in a real browser, against the real server with the demo (Monday
 * 16 March 2026, 10:00 Bogotá): a customer admin of the 5x8 demo organization asks for a
 * maintenance window on a Saturday afternoon and is refused with the part outside said beside
 * the times, keeping what was typed; a window on Tuesday afternoon is accepted, shows in the
 * month's calendar and the .ics link downloads a valid VCALENDAR. Then an agent schedules an
 * on-site visit on a case of the demo organization with on-site support (Medellín), moves it to
 * done, and the customer sees it on the portal. Each journey leaves a screenshot of its last
 * page in test-output/e2e/; axe-core checks the new pages.
 */

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { OPERATOR } from '../../server/app/identity/operator.js';
import { actorOf } from '../../server/app/identity/user.js';
import { TRAVEL_TIMES_EXAMPLE } from '../../server/demo/travel-times-example.js';
import { describeWithBrowser, expectAccessible, screenshot } from './support/browser.js';
import { useJourneys } from './support/journeys.js';
import type { WebServer } from './support/server.js';

const CUSTOMER_ADMIN_5X8 = 'carolina.restrepo@guaduales.example';
const CUSTOMER_ADMIN_ON_SITE = 'luz.zapata@aburranorte.example';
const AGENT = 'santiago.herrera@demo.mesa.local';
const TECHNICIAN = 'Valentina Ríos';

describeWithBrowser('on-site and maintenance journeys (chromium)', () => {
  let server: WebServer;
  const journeys = useJourneys(async (started) => {
    server = started;
    // What `npm start` seeds on a fresh install (startup-data.ts); the demo loader does not.
    await server.harness.services.travelTimes.seedExamples(TRAVEL_TIMES_EXAMPLE.entries);
  });
  const newPage = (viewport = { width: 1280, height: 900 }) =>
    journeys.newPage({ viewport, acceptDownloads: true });
  const signIn = (page: Page, email: string) => journeys.signIn(page, email);

  it('(d) a window outside the 5x8 hours is refused with the part outside; one inside is accepted, shown in the calendar and downloaded as .ics', async () => {
    const admin = await newPage({ width: 390, height: 844 });
    await signIn(admin, CUSTOMER_ADMIN_5X8);
    await admin.getByRole('heading', { name: /Hola/ }).waitFor();
    await admin.getByRole('link', { name: 'Mantenimientos' }).click();
    await admin.getByRole('heading', { name: 'Ventanas de mantenimiento' }).waitFor();
    await admin.getByText('No hay ventanas de mantenimiento este mes.').waitFor();
    await expectAccessible(admin, 'maintenance windows');

    // Saturday 21 March 2026, 14:00–18:00: a 5x8 contract does not count Saturdays.
    await admin.getByLabel('Equipo').selectOption('Red LAN');
    await admin.getByLabel('Inicio').fill('2026-03-21T14:00');
    await admin.getByLabel('Fin').fill('2026-03-21T18:00');
    await admin.getByLabel('Trabajo que se hará').fill('Actualización de firmware del switch');
    await admin.getByLabel('Detalles (opcional)').fill('Se reinicia el switch principal.');
    await admin.getByRole('button', { name: 'Programar la ventana' }).click();
    const refusal = admin.locator('.window-times [role="alert"]');
    await refusal
      .getByText(/^sábado, 21 de marzo 14:00–18:00 está fuera del horario 5x8 \(fin de semana\)\.$/)
      .waitFor();
    // Nothing typed is lost.
    expect(await admin.getByLabel('Trabajo que se hará').inputValue()).toBe(
      'Actualización de firmware del switch',
    );
    expect(await admin.getByLabel('Inicio').inputValue()).toBe('2026-03-21T14:00');
    expect(await admin.getByLabel('Equipo').inputValue()).toBe('Red LAN');
    expect(await admin.getByLabel('Inicio').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(admin, 'maintenance window refused');
    // In English the same refusal reads in English, still beside the times.
    await admin.getByRole('button', { name: 'English' }).click();
    await admin.getByRole('button', { name: 'Schedule the window' }).click();
    await refusal
      .getByText(/^Saturday, March 21 14:00–18:00 is outside the 5x8 hours \(weekend\)\.$/)
      .waitFor();
    await admin.getByRole('button', { name: 'Español' }).click();
    await admin.getByRole('button', { name: 'Programar la ventana' }).waitFor();
    const h = server.harness;
    const none = await h.db.kysely.selectFrom('maintenance_windows').select('id').execute();
    expect(none).toEqual([]);

    // Tuesday 17 March 2026, 14:00–16:00: inside the afternoon shift.
    await admin.getByLabel('Inicio').fill('2026-03-17T14:00');
    await admin.getByLabel('Fin').fill('2026-03-17T16:00');
    await admin.getByRole('button', { name: 'Programar la ventana' }).click();
    await admin
      .getByRole('status')
      .getByText(/Ventana programada: Red LAN/)
      .waitFor();
    expect(await refusal.count()).toBe(0);
    const calendar = admin.locator('.window-calendar');
    await calendar.getByRole('heading', { name: /martes, 17 de marzo/ }).waitFor();
    await calendar.getByText('14:00–16:00').waitFor();
    await calendar.getByText('Actualización de firmware del switch').waitFor();

    const [download] = await Promise.all([
      admin.waitForEvent('download'),
      admin.getByRole('link', { name: 'Descargar calendario (.ics)' }).click(),
    ]);
    const ics = readFileSync(await download.path(), 'utf8');
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('END:VCALENDAR');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.filter((line) => line === 'END:VEVENT')).toHaveLength(1);
    // RFC 5545: no line longer than 75 octets; 14:00 Bogotá is 19:00 UTC.
    expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(ics.replace(/\r\n[ \t]/g, '')).toContain('Red LAN');
    expect(ics).toMatch(/DTSTART(;TZID=America\/Bogota:20260317T140000|:20260317T190000Z)/);
    await expectAccessible(admin, 'maintenance calendar');
    await screenshot(admin, 'd-maintenance-window');
  });

  it('an agent schedules a window for a customer from the console and sees whose it is', async () => {
    const agent = await newPage({ width: 390, height: 844 });
    await signIn(agent, AGENT);
    await agent.getByRole('heading', { name: 'Cola de casos' }).waitFor();
    await agent.getByRole('link', { name: 'Mantenimientos' }).click();
    await agent.getByRole('heading', { name: 'Ventanas de mantenimiento' }).waitFor();
    await agent.getByRole('button', { name: 'Programar la ventana' }).click();
    // Checked before sending: nothing is sent without an organization.
    await agent.getByText('Revise los campos marcados antes de enviar.').waitFor();
    await agent
      .getByLabel('Organización')
      .selectOption({ label: 'Confecciones Aburrá Norte S.A.' });
    // The equipment list is the organization's contract's covered platforms.
    await agent.getByLabel('Equipo').selectOption('Red WAN entre sedes');
    // A 7x24 contract accepts a Saturday night.
    await agent.getByLabel('Inicio').fill('2026-03-21T22:00');
    await agent.getByLabel('Fin').fill('2026-03-22T02:00');
    await agent.getByLabel('Trabajo que se hará').fill('Cambio del enlace WAN principal');
    await agent.getByRole('button', { name: 'Programar la ventana' }).click();
    await agent
      .getByRole('status')
      .getByText(/Ventana programada: Red WAN entre sedes/)
      .waitFor();
    const calendar = agent.locator('.window-calendar');
    await calendar.getByRole('heading', { name: /sábado, 21 de marzo/ }).waitFor();
    await calendar.getByText('Confecciones Aburrá Norte S.A.').waitFor();
    await calendar.getByText(/22:00 – domingo, 22 de marzo 02:00/).waitFor();
    // Every organization's windows: the 5x8 customer's of the journey above too.
    await calendar.getByText('Transportes Los Guaduales S.A.S.').waitFor();
    await expectAccessible(agent, 'console maintenance windows');
    await screenshot(agent, 'd-maintenance-console');
  });

  it('(d) an agent schedules an on-site visit, moves it to done, and the customer sees it', async () => {
    const h = server.harness;
    const row = await h.db.kysely
      .selectFrom('users')
      .select('id')
      .where('email', '=', CUSTOMER_ADMIN_ON_SITE)
      .executeTakeFirstOrThrow();
    const customerActor = actorOf(await h.services.users.get(OPERATOR, row.id));
    const { ticket } = await h.services.tickets.register(customerActor, {
      subject: 'El servidor de archivos no enciende',
      description: 'No hay acceso remoto: la consola de administración no responde.',
      impact: 'medium',
    });

    const agent = await newPage();
    await signIn(agent, AGENT);
    await agent.getByRole('heading', { name: 'Cola de casos' }).waitFor();
    await agent.goto(`${server.url}/console/tickets/${ticket.id}`);
    await agent.getByRole('heading', { name: 'Visita en sitio' }).waitFor();
    await agent.getByText('Programar visita', { exact: true }).click();
    await agent.getByLabel('Técnico').selectOption({ label: TECHNICIAN });
    await agent
      .getByLabel('Por qué no se pudo resolver de forma remota')
      .fill('El servidor no enciende y no hay acceso remoto a la consola.');
    // Medellín is 8 h away in the example table: 10:00 + 8 h, proposed and editable.
    const arrival = agent.getByLabel('Llegada prevista (hora de Bogotá)');
    expect(await arrival.inputValue()).toMatch(/^2026-03-16T18:0\d$/);
    await agent.getByText(/Medellín, 8 h 00 min/).waitFor();
    await agent.getByText(/\(valor de ejemplo\)/).waitFor();
    await arrival.fill('2026-03-17T09:00');
    await expectAccessible(agent, 'schedule a visit');
    await agent.getByRole('button', { name: 'Programar la visita' }).click();
    await agent.getByRole('status').getByText('Visita programada.').waitFor();
    const panel = agent.locator('section[aria-labelledby="visit-title"]');
    await panel.locator('.badge', { hasText: 'Programada' }).waitFor();
    await panel.getByText(TECHNICIAN).waitFor();

    for (const [button, status] of [
      ['Marcar en camino', 'En camino'],
      ['Marcar en sitio', 'En sitio'],
    ] as const) {
      await panel.getByRole('button', { name: button }).click();
      await panel.locator('.badge', { hasText: status }).waitFor();
    }
    await panel.getByLabel('Qué se hizo (opcional)').fill('Se cambió la fuente de poder.');
    await panel.getByRole('button', { name: 'Dar por realizada' }).click();
    await panel.locator('.badge', { hasText: 'Realizada' }).waitFor();
    expect(await panel.getByRole('button', { name: 'Marcar en camino' }).count()).toBe(0);
    await agent.getByRole('status').getByText('La visita quedó «Realizada».').waitFor();
    const history = agent.locator('ol.history');
    await history.getByText('Visita realizada').waitFor();
    await expectAccessible(agent, 'console ticket with a visit');
    await screenshot(agent, 'd-visit-console');

    const customer = await newPage({ width: 390, height: 844 });
    await signIn(customer, CUSTOMER_ADMIN_ON_SITE);
    await customer.getByRole('heading', { name: /Hola/ }).waitFor();
    await customer.goto(`${server.url}/portal/tickets/${ticket.id}`);
    const seen = customer.locator('section[aria-labelledby="visit-title"]');
    await seen.getByRole('heading', { name: 'Visita en sitio' }).waitFor();
    await seen.locator('.badge', { hasText: 'Realizada' }).waitFor();
    await seen.getByText('Centro de Servicios').waitFor();
    await seen.getByText('Se cambió la fuente de poder.').waitFor();
    const planned = await seen.locator('dd time').first().getAttribute('datetime');
    expect(planned).toBe('2026-03-17T09:00:00-05:00');
    // Staff are "Centro de Servicios" on the portal, never by name.
    expect(await customer.getByText(TECHNICIAN).count()).toBe(0);
    await expectAccessible(customer, 'portal ticket with a visit');
    await screenshot(customer, 'd-visit-portal');
  });
});
