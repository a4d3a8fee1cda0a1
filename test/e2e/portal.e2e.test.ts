/**
 * The web journeys of issue 5 in a real browser (Debian's chromium via playwright-core), against
 * the real server with the demo: (a) a customer's case from the checklist to an accepted
 * solution, with an agent in a second browser context; (c) an agent registers a phone case;
 * (e) a customer cannot reach another organization's case by URL; (f) the whole portal in
 * English; (b) a 7x24 customer out of hours choosing high impact sees the call notice and the
 * numbers. Each journey keeps a screenshot of its last page in test-output/e2e/, and axe-core
 * checks the main pages for serious accessibility violations.
 */

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OPERATOR } from '../../server/app/identity/operator.js';
import { actorOf } from '../../server/app/identity/user.js';
import { DEMO_PASSWORD } from '../../server/demo/demo-content.js';
import {
  describeWithBrowser,
  expectAccessible,
  launchBrowser,
  screenshot,
} from './support/browser.js';
import { startWebServer, type WebServer } from './support/server.js';

const CUSTOMER = 'jhon.mosquera@guaduales.example';
const AGENT = 'santiago.herrera@demo.mesa.local';
const ENGLISH_CUSTOMER = 'michael.turner@aburranorte.example';
const CUSTOMER_7X24 = 'luz.zapata@aburranorte.example';
const OTHER_ORGANIZATION_CUSTOMER = 'andres.ocampo@santabrigida.example';

describeWithBrowser('web journeys (chromium)', () => {
  let server: WebServer;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startWebServer();
    ({ browser, close: closeBrowser } = await launchBrowser());
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await closeBrowser?.();
    await server?.close();
  });

  /** A fresh browser profile (cookies, storage) with a phone-sized or desktop viewport. */
  async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    // bypassCSP only so axe-core can be injected; the app itself runs under its CSP.
    const context = await browser.newContext({ viewport, bypassCSP: true, locale: 'es-CO' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    return page;
  }

  async function signIn(
    page: Page,
    email: string,
    labels = { email: 'Correo electrónico', password: 'Contraseña', submit: 'Ingresar' },
  ) {
    await page.goto(`${server.url}/`);
    await page.getByLabel(labels.email).fill(email);
    await page.getByLabel(labels.password).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: labels.submit }).click();
  }

  /** Answers the eight checks of SPEC §7, one step at a time. */
  async function answerChecklist(
    page: Page,
    labels = { answer: 'No aplica', next: 'Siguiente', last: 'Continuar al formulario' },
  ) {
    for (let step = 1; step <= 8; step += 1) {
      await page.getByLabel(labels.answer, { exact: true }).check();
      await page.getByRole('button', { name: step === 8 ? labels.last : labels.next }).click();
    }
  }

  async function postAsAgent(agent: Page, ticketUrl: string, kind: string, body: string) {
    await agent.goto(ticketUrl);
    await agent.getByLabel(kind, { exact: true }).check();
    await agent.getByLabel('Mensaje').fill(body);
    await agent.getByRole('button', { name: 'Registrar', exact: true }).click();
    await expect
      .poll(() => agent.getByRole('status').first().textContent())
      .toContain('registrado');
  }

  it('(a) a customer registers a case after the checklist and the FAQ, answers a request with a file and accepts the solution', async () => {
    const customer = await newPage({ width: 390, height: 844 });
    await signIn(customer, CUSTOMER);
    await customer.getByRole('heading', { name: 'Hola, Jhon Fredy Mosquera' }).waitFor();
    await expect.poll(() => customer.getByText('lo está atendiendo').count()).toBe(1);
    await expectAccessible(customer, 'portal home');

    await customer.getByRole('link', { name: 'Registrar caso' }).click();
    await customer.getByRole('heading', { name: 'Registrar un caso' }).waitFor();
    await expectAccessible(customer, 'checklist');
    await answerChecklist(customer);

    await customer.getByLabel('Asunto').fill('El firewall de la sede no responde ping');
    await customer.getByText('¿Cómo compruebo la conexión con ping?').waitFor();
    await customer
      .getByLabel('Descripción')
      .fill('Desde las 9:00 el firewall no responde ping desde la LAN.');
    await customer.getByLabel(/Impacto medio/).check();
    await expectAccessible(customer, 'ticket form');
    await customer.getByRole('button', { name: 'Registrar el caso' }).click();
    await customer.getByText(/Registramos su caso OG-2026-/).waitFor();
    const ticketUrl = customer.url();
    const ticketId = ticketUrl.split('/').pop() ?? '';
    const stored = await server.harness.services.ticketQueries.get(OPERATOR, ticketId);
    expect(stored.ticket.checklist).toHaveLength(8);
    expect(stored.ticket.impact).toBe('medium');

    const agent = await newPage();
    await signIn(agent, AGENT);
    await agent.getByRole('heading', { name: 'Cola de casos' }).waitFor();
    await expectAccessible(agent, 'queue');
    const consoleUrl = `${server.url}/console/tickets/${ticketId}`;
    await postAsAgent(
      agent,
      consoleUrl,
      'Diagnóstico',
      'Revisamos el firewall: la interfaz LAN está caída.',
    );
    await postAsAgent(
      agent,
      consoleUrl,
      'Solicitud de información',
      'Envíenos una foto de las luces del puerto 1.',
    );
    await expectAccessible(agent, 'console ticket');

    await customer.reload();
    await customer.getByText('Envíenos una foto de las luces del puerto 1.').first().waitFor();
    await customer
      .getByRole('heading', { name: 'Responder la solicitud del Centro de Servicios' })
      .waitFor();
    await customer
      .getByLabel('Su mensaje')
      .fill('Adjunto la foto: la luz del puerto 1 está apagada.');
    await customer.getByLabel('Archivos adjuntos (opcional)').setInputFiles({
      name: 'puerto-1.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('luz apagada'),
    });
    await customer.getByRole('button', { name: 'Enviar respuesta' }).click();
    await customer.getByText('Su respuesta quedó registrada en el caso.').waitFor();
    await customer.getByRole('link', { name: /puerto-1\.txt/ }).waitFor();

    await postAsAgent(
      agent,
      consoleUrl,
      'Solución propuesta',
      'Cambiamos el cable del puerto 1; confirme por favor.',
    );

    await customer.reload();
    await customer.getByRole('button', { name: 'Aceptar la solución' }).click();
    await customer.getByText('Aceptó la solución: el caso quedó cerrado.').waitFor();
    await customer.getByText('Cerrado · solución aceptada').first().waitFor();
    await expectAccessible(customer, 'closed ticket');
    const closed = await server.harness.services.ticketQueries.get(OPERATOR, ticketId);
    expect(closed.ticket.life).toMatchObject({ status: 'closed', resolution: 'accepted' });
    await screenshot(customer, 'a-customer-case-accepted');
  });
});
