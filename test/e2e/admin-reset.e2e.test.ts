/**
 * Browser journeys of issue 5's password reset and admin pages (Debian's chromium via
 * playwright-core, against the real server with the demo): a customer who forgot the password
 * asks for a link, opens it from the .eml the server wrote, sets a new password and signs in
 * with it; an admin writes a FAQ article with a <script> in its Markdown and the portal shows
 * it as text; the admin edits a travel time (the shipped examples are marked) and works the
 * outbox (settings in effect, a failed message retried). Each journey keeps a screenshot of
 * its last page; axe-core checks the new pages.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/demo/demo-content.js';
import { TRAVEL_TIMES_EXAMPLE } from '../../server/demo/travel-times-example.js';
import { describeWithBrowser, expectAccessible, screenshot } from './support/browser.js';
import { useJourneys } from './support/journeys.js';
import type { WebServer } from './support/server.js';

const CUSTOMER = 'jhon.mosquera@guaduales.example';
const CUSTOMER_ADMIN = 'carolina.restrepo@guaduales.example';
const ADMIN = 'admin@demo.mesa.local';
const NEW_PASSWORD = 'mi-clave-nueva-de-2026';

describeWithBrowser('password reset and admin pages (chromium)', () => {
  let server: WebServer;
  const journeys = useJourneys(async (started) => {
    server = started;
    await server.harness.services.travelTimes.seedExamples(TRAVEL_TIMES_EXAMPLE.entries);
  });
  const newPage = () => journeys.newPage();
  const signIn = (page: Page, email: string, password = DEMO_PASSWORD) =>
    journeys.signIn(page, email, { password });

  /** The reset link of the last reset e-mail to `email`, read from the .eml the server wrote. */
  async function resetLinkPath(email: string): Promise<string> {
    const { harness } = server;
    await harness.services.passwordResets.settled();
    await harness.services.mailDispatcher.flush();
    const row = await harness.db.kysely
      .selectFrom('outbox')
      .select(['id', 'status'])
      .where('recipient_email', '=', email)
      .where('kind', '=', 'password_reset')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('sent');
    const eml = readFileSync(join(harness.dataDir, 'outbox-mail', `${row.id}.eml`));
    const mail = await simpleParser(eml);
    expect(mail.subject).toMatch(/^Restablezca su contraseña/);
    const link = /https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]+/.exec(mail.text ?? '')?.[0];
    if (link === undefined) throw new Error(`no reset link in:\n${mail.text}`);
    return new URL(link).pathname;
  }

  it('a customer resets a forgotten password by e-mail and signs in with the new one', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: '¿Olvidó su contraseña?' }).click();
    await page.getByRole('heading', { name: 'Restablecer la contraseña' }).waitFor();
    // Checked before sending; then the same answer for an unknown address and a real one.
    await page.getByRole('button', { name: 'Enviar el enlace' }).click();
    await page.getByText('Este campo es obligatorio.').waitFor();
    await page.getByLabel('Correo electrónico').fill('nadie@ninguna.example');
    await page.getByRole('button', { name: 'Enviar el enlace' }).click();
    const unknown = await page.getByRole('status').textContent();
    await page.getByRole('button', { name: 'Usar otro correo' }).click();
    await page.getByLabel('Correo electrónico').fill(CUSTOMER);
    await page.getByRole('button', { name: 'Enviar el enlace' }).click();
    const known = await page.getByRole('status').textContent();
    expect(known?.replace(CUSTOMER, '@')).toBe(unknown?.replace('nadie@ninguna.example', '@'));
    await expectAccessible(page, 'forgot password');

    const path = await resetLinkPath(CUSTOMER);
    await page.goto(`${server.url}${path}`);
    await page.getByRole('heading', { name: 'Elija una contraseña nueva' }).waitFor();
    await page.getByLabel(/^Contraseña nueva/).fill('corta');
    await page.getByLabel('Repita la contraseña nueva').fill('otra');
    await page.getByRole('button', { name: 'Guardar la contraseña' }).click();
    await page.getByText('Las dos contraseñas no coinciden.').waitFor();
    await page.locator('.field-error').getByText('Al menos 12 caracteres.').waitFor();
    await expectAccessible(page, 'reset password with errors');
    await page.getByLabel(/^Contraseña nueva/).fill(NEW_PASSWORD);
    await page.getByLabel('Repita la contraseña nueva').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Guardar la contraseña' }).click();
    await page.getByText('Su contraseña cambió. Ingrese con la contraseña nueva.').waitFor();

    // The link works once: a second use is refused with the way to ask for a new one.
    await page.goto(`${server.url}${path}`);
    await page.getByLabel(/^Contraseña nueva/).fill('otra-clave-larga-2026');
    await page.getByLabel('Repita la contraseña nueva').fill('otra-clave-larga-2026');
    await page.getByRole('button', { name: 'Guardar la contraseña' }).click();
    await page
      .getByRole('alert')
      .getByText(/no es válido/)
      .waitFor();
    await page.getByRole('link', { name: 'Solicitar un enlace nuevo' }).waitFor();

    // The old password no longer opens the account; the new one does.
    await signIn(page, CUSTOMER);
    await page.getByRole('alert').getByText('Correo o contraseña incorrectos.').waitFor();
    await signIn(page, CUSTOMER, NEW_PASSWORD);
    await page.waitForURL(`${server.url}/portal`);
    await page.getByRole('button', { name: 'Cerrar sesión' }).waitFor();
    await screenshot(page, 'reset-password-signed-in-with-the-new-one');
  });

  it('an admin writes a FAQ article with a <script> and the portal shows it as text', async () => {
    const admin = await newPage();
    await signIn(admin, ADMIN);
    await admin.getByRole('link', { name: 'Administración' }).click();
    await admin.getByRole('link', { name: 'Preguntas frecuentes' }).click();
    await admin.getByRole('button', { name: 'Nuevo artículo' }).click();
    // Checked before sending: nothing typed is lost.
    await admin.getByLabel('Título').fill('Reiniciar el enrutador de la sede');
    await admin.getByRole('button', { name: 'Guardar' }).click();
    await admin.locator('.field-error').getByText('Este campo es obligatorio.').waitFor();
    expect(await admin.getByLabel('Título').inputValue()).toBe('Reiniciar el enrutador de la sede');
    await admin.getByLabel('Etiquetas').fill('red, enrutador');
    await admin
      .getByLabel('Contenido (Markdown)')
      .fill(
        'Apague el **enrutador** 30 segundos.\n\n<script>window.__xss = 1</script>\n\n<img src=x onerror="window.__xss = 2">\n\n[Más ayuda](javascript:window.__xss=3) o [escríbanos](mailto:soporte@example.com)',
      );
    await admin.getByRole('button', { name: 'Guardar' }).click();
    await admin.getByText('Guardamos «Reiniciar el enrutador de la sede».').waitFor();
    const preview = admin.locator('.faq-body');
    await preview.getByText('<script>window.__xss = 1</script>').waitFor();
    expect(await preview.locator('script, img').count()).toBe(0);
    expect(await admin.evaluate('window.__xss')).toBeUndefined();
    await admin.getByRole('row', { name: /Reiniciar el enrutador de la sede/ }).waitFor();
    await expectAccessible(admin, 'admin FAQ');
    await screenshot(admin, 'admin-faq-article-saved');

    const customer = await newPage();
    await signIn(customer, CUSTOMER_ADMIN);
    await customer.getByRole('link', { name: 'Preguntas frecuentes' }).click();
    await customer.getByLabel('Buscar en las preguntas frecuentes').fill('enrutador');
    const article = customer.locator('details').filter({ hasText: 'Reiniciar el enrutador' });
    await article.locator('summary').click();
    await article.getByText('<script>window.__xss = 1</script>').waitFor();
    await article.getByText('<img src=x onerror="window.__xss = 2">').waitFor();
    expect(await article.locator('script, img').count()).toBe(0);
    expect(await article.locator('a[href^="javascript"]').count()).toBe(0);
    expect(await article.locator('a[href="mailto:soporte@example.com"]').count()).toBe(1);
    await customer.waitForTimeout(200);
    expect(await customer.evaluate('window.__xss')).toBeUndefined();
    await screenshot(customer, 'portal-faq-script-shown-as-text');
  });

  it('an admin edits a travel time and works the outbox', async () => {
    const admin = await newPage();
    await signIn(admin, ADMIN);
    await admin.getByRole('link', { name: 'Administración' }).click();

    await admin.getByRole('link', { name: 'Directorio telefónico' }).click();
    await admin.getByLabel('Nombre: Cali').waitFor();
    await expectAccessible(admin, 'admin phone directory');

    await admin.getByRole('link', { name: 'Tiempos de desplazamiento' }).click();
    await admin
      .getByRole('note')
      .getByText(/^Valores de ejemplo/)
      .waitFor();
    const medellin = admin.getByRole('row', { name: /Medellín/ });
    await medellin.getByText('ejemplo', { exact: true }).waitFor();
    await admin.getByLabel('Minutos: Medellín').fill('0');
    await admin.getByRole('button', { name: 'Guardar' }).click();
    await medellin.getByText('Minutos enteros entre 1 y 10.080.').waitFor();
    await admin.getByLabel('Minutos: Medellín').fill('300');
    await admin.getByRole('button', { name: 'Guardar' }).click();
    await admin.getByText('Guardado.').waitFor();
    await medellin.getByText('del Centro').waitFor();
    // The cities left as shipped are still marked as examples.
    await admin.getByRole('row', { name: /Cali/ }).getByText('ejemplo', { exact: true }).waitFor();
    const table = await server.harness.services.travelTimes.list();
    expect(table.entries.find((entry) => entry.city === 'Medellín')).toMatchObject({
      minutes: 300,
      example: false,
    });
    await expectAccessible(admin, 'admin travel times');
    await screenshot(admin, 'admin-travel-times');

    // A message that failed for good, to show its error and retry it.
    const { harness } = server;
    await harness.services.mailDispatcher.flush();
    const failed = await harness.db.kysely
      .selectFrom('outbox')
      .select('id')
      .where('status', '=', 'sent')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    await harness.db.kysely
      .updateTable('outbox')
      .set({ status: 'failed', last_error: '550 5.1.1 Buzón inexistente', sent_at: null })
      .where('id', '=', failed.id)
      .execute();

    await admin.getByRole('link', { name: 'Correo saliente' }).click();
    await admin
      .getByText(/Sin SMTP_URL: cada correo se guarda como archivo \.eml en .*outbox-mail/)
      .waitFor();
    await admin.getByText('Mesa de servicios <soporte@mesa.localhost>').waitFor();
    await admin.getByLabel('Estado').selectOption('failed');
    const row = admin.getByRole('row', { name: /Buzón inexistente/ });
    await row.getByText('Último error: 550 5.1.1 Buzón inexistente').waitFor();
    expect(await row.getByRole('link', { name: /\.eml/ }).getAttribute('href')).toBe(
      `/api/v1/outbox/${failed.id}/eml`,
    );
    await expectAccessible(admin, 'admin outbound mail');
    await row.getByRole('button', { name: /Reintentar/ }).click();
    await admin.getByText(/se enviará de nuevo/).waitFor();
    const retried = await harness.db.kysely
      .selectFrom('outbox')
      .select('status')
      .where('id', '=', failed.id)
      .executeTakeFirstOrThrow();
    expect(retried.status).not.toBe('failed');
    await admin.getByLabel('Estado').selectOption('');
    await screenshot(admin, 'admin-outbox');
  });
});
