/**
 * The web journeys of issue 5 in a real browser (Debian's chromium via playwright-core), against
 * the real server with the demo: (a) a customer's case from the checklist to an accepted
 * solution, with an agent in a second browser context; (c) an agent registers a phone case;
 * (e) a customer cannot reach another organization's case by URL; (f) the whole portal in
 * English; (b) a 7x24 customer out of hours choosing high impact sees the call notice and the
 * numbers. Each journey keeps a screenshot of its last page in test-output/e2e/, and axe-core
 * checks the main pages for serious accessibility violations.
 */

import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { OPERATOR } from '../../server/app/identity/operator.js';
import { actorOf } from '../../server/app/identity/user.js';
import { DEMO_PASSWORD } from '../../server/demo/demo-content.js';
import { describeWithBrowser, expectAccessible, screenshot } from './support/browser.js';
import { type SignInLabels, useJourneys } from './support/journeys.js';
import type { WebServer } from './support/server.js';

const CUSTOMER = 'jhon.mosquera@guaduales.example';
const AGENT = 'santiago.herrera@demo.mesa.local';
const ENGLISH_CUSTOMER = 'michael.turner@aburranorte.example';
const CUSTOMER_7X24 = 'luz.zapata@aburranorte.example';
const OTHER_ORGANIZATION_CUSTOMER = 'andres.ocampo@santabrigida.example';
const ADMIN = 'admin@demo.mesa.local';

describeWithBrowser('web journeys (chromium)', () => {
  let server: WebServer;
  const journeys = useJourneys((started) => {
    server = started;
  });
  /** A fresh browser profile (cookies, storage) with a phone-sized or desktop viewport. */
  const newPage = (viewport = { width: 1280, height: 900 }) => journeys.newPage({ viewport });
  const signIn = (page: Page, email: string, labels?: SignInLabels) =>
    journeys.signIn(page, email, labels ? { labels } : {});

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

  it('(c) an agent registers a phone case for a customer with the time of the call', async () => {
    const agent = await newPage();
    await signIn(agent, AGENT);
    await agent.getByRole('link', { name: 'Caso telefónico' }).click();
    await agent.getByRole('heading', { name: 'Registrar un caso telefónico' }).waitFor();
    await agent
      .getByLabel('Organización')
      .selectOption({ label: 'Transportes Los Guaduales S.A.S.' });
    await agent
      .getByLabel('Quién llamó')
      .selectOption({ label: `Jhon Fredy Mosquera — ${CUSTOMER}` });
    const now = server.harness.clock.now();
    // The call came in 20 minutes ago (Bogotá is UTC-5 all year).
    const called = new Date(now - 20 * 60_000 - 5 * 3_600_000).toISOString().slice(0, 16);
    await agent.getByLabel('Hora de la llamada').fill(called);
    await agent.getByLabel('Nivel de impacto').selectOption({ label: 'Impacto alto' });
    await agent.getByLabel('Asunto').fill('Caída total del enlace de Internet (llamada)');
    await agent.getByLabel('Descripción').fill('El cliente llama: ninguna sede tiene Internet.');
    await expectAccessible(agent, 'phone case form');
    await agent.getByRole('button', { name: 'Registrar el caso telefónico' }).click();
    await agent.getByText(/Registramos su caso OG-2026-/).waitFor();
    await agent.getByText('Teléfono', { exact: true }).waitFor();
    // The call time as Bogotá shows it, whatever the machine's (and browser's) time zone.
    const [hours = 0, minutes = '00'] = [Number(called.slice(11, 13)), called.slice(14, 16)];
    const day = `${called.slice(8, 10)}/${called.slice(5, 7)}/${called.slice(0, 4)}`;
    await agent
      .getByText(new RegExp(`^${day}, ${hours % 12 || 12}:${minutes}\\s[ap]\\.\\s?m\\.$`))
      .first()
      .waitFor();
    const ticketId = agent.url().split('/').pop() ?? '';
    const { ticket } = await server.harness.services.ticketQueries.get(OPERATOR, ticketId);
    expect(ticket).toMatchObject({ channel: 'phone', impact: 'high' });
    expect(ticket.life.reportedAt).toBe(Date.parse(`${called}:00-05:00`));
    // A phone case's clock starts at the call, not at registration (SPEC §6).
    expect(ticket.sla.clockStartsAt).toBe(ticket.life.reportedAt);
    await agent.getByRole('button', { name: '¿Por qué vence entonces?' }).click();
    await agent
      .getByText(/60 minutos hábiles contados/)
      .first()
      .waitFor();
    await agent.getByRole('heading', { name: 'Historial de cambios' }).waitFor();
    await agent.getByText('Registrado', { exact: true }).waitFor();
    await screenshot(agent, 'c-agent-phone-case');
  });

  it('(e) a customer cannot reach another organization’s case by its URL', async () => {
    const h = server.harness;
    const row = await h.db.kysely
      .selectFrom('users')
      .select('id')
      .where('email', '=', OTHER_ORGANIZATION_CUSTOMER)
      .executeTakeFirstOrThrow();
    const other = actorOf(await h.services.users.get(OPERATOR, row.id));
    const { ticket: foreign } = await h.services.tickets.register(other, {
      subject: 'Falla confidencial de la clínica',
      description: 'Solo la ve su organización.',
      impact: 'low',
    });
    const customer = await newPage();
    await signIn(customer, CUSTOMER);
    await customer.getByRole('heading', { name: /Hola/ }).waitFor();
    await customer.goto(`${server.url}/portal/tickets/${foreign.id}`);
    await customer.getByRole('heading', { name: 'Caso no encontrado' }).waitFor();
    await customer.getByRole('alert').getByText('No se encontró').waitFor();
    expect(await customer.getByText(foreign.subject).count()).toBe(0);
    const direct = await customer.evaluate(
      `fetch('/api/v1/tickets/${foreign.id}').then((r) => r.status)`,
    );
    expect(direct).toBe(404);
    await screenshot(customer, 'e-other-organization-not-found');
  });

  it('(f) the whole portal in English: the switch, server problems, every page, the FAQ deflection', async () => {
    const page = await newPage({ width: 390, height: 844 });
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: 'Iniciar sesión' }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await page.getByLabel('E-mail').fill(ENGLISH_CUSTOMER);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('Wrong e-mail or password.').waitFor();
    // What was typed stays; only the password is retyped.
    expect(await page.getByLabel('E-mail').inputValue()).toBe(ENGLISH_CUSTOMER);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Hello, Michael Turner' }).waitFor();
    await page.getByText('The Service Center is attending you right now.').waitFor();
    await expectAccessible(page, 'English home');

    const spanishOnly = ['Cerrar sesión', 'Registrar caso', 'Mis casos', 'Contacto', 'Guía de uso'];
    const pages: [string, string][] = [
      ['My cases', 'My cases'],
      ['FAQ', 'Frequently asked questions'],
      ['Contact', 'Contact'],
      ['User guide', 'Portal user guide'],
      ['Report a case', 'Report a case'],
    ];
    for (const [link, heading] of pages) {
      await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { name: heading, exact: true }).waitFor();
      const text = (await page.textContent('body')) ?? '';
      for (const spanish of spanishOnly)
        expect(text, `${heading} shows “${spanish}”`).not.toContain(spanish);
    }
    await answerChecklist(page, {
      answer: 'Not applicable',
      next: 'Next',
      last: 'Continue to the form',
    });
    await page.getByLabel('Subject').fill('The firewall does not answer ping');
    const suggestion = page.getByText('¿Cómo compruebo la conexión con ping?');
    await suggestion.waitFor();
    await page.getByText('(in Spanish)').first().waitFor();
    await suggestion.click();
    await page.getByRole('button', { name: 'This solved my problem' }).first().click();
    await page.getByRole('heading', { name: 'Glad it is solved!' }).waitFor();
    const deflections = await server.harness.db.kysely
      .selectFrom('faq_deflections')
      .select(['query'])
      .execute();
    expect(deflections).toEqual([{ query: 'The firewall does not answer ping' }]);
    await screenshot(page, 'f-portal-in-english');
    // Switching back while signed in is the user's choice, kept on the server too.
    await page.getByRole('button', { name: 'Cambiar a español' }).click();
    await page.getByRole('heading', { name: '¡Qué bueno que se resolvió!' }).waitFor();
    await expect
      .poll(async () => {
        const user = await server.harness.db.kysely
          .selectFrom('users')
          .select('language')
          .where('email', '=', ENGLISH_CUSTOMER)
          .executeTakeFirstOrThrow();
        return user.language;
      })
      .toBe('es');
  });

  it('an admin adds a closure beside the year’s holidays and changes an impact level', async () => {
    const admin = await newPage();
    await signIn(admin, ADMIN);
    await admin.getByRole('link', { name: 'Administración' }).click();
    await admin.getByRole('heading', { name: 'Organizaciones y contratos' }).waitFor();
    await admin.getByRole('link', { name: 'Festivos y cierres' }).click();
    await admin.getByRole('cell', { name: 'Viernes Santo' }).waitFor();
    await admin.getByLabel('Fecha').fill('2026-12-24');
    await admin.getByLabel('Nombre').fill('Día de la familia');
    await admin.getByRole('button', { name: 'Agregar un cierre' }).last().click();
    await admin.getByRole('cell', { name: 'Día de la familia', exact: true }).waitFor();
    // The same date twice is refused, with the server's reason, and the typed name stays.
    await admin.getByLabel('Fecha').fill('2026-12-24');
    await admin.getByLabel('Nombre').fill('Otra vez');
    await admin.getByRole('button', { name: 'Agregar un cierre' }).last().click();
    await admin
      .getByRole('alert')
      .getByText(/Ya hay un cierre registrado el 2026-12-24/)
      .waitFor();
    expect(await admin.getByLabel('Nombre').inputValue()).toBe('Otra vez');
    await expectAccessible(admin, 'admin closures');
    await admin.getByRole('link', { name: 'Niveles de atención' }).click();
    const medium = admin.locator('form').filter({ hasText: 'Impacto medio' });
    await medium.getByLabel('1ª respuesta (minutos hábiles)').fill('0');
    await medium.getByRole('button', { name: 'Guardar' }).click();
    await medium.getByText('Minutos enteros entre 1 y 10.080.').waitFor();
    await medium.getByLabel('1ª respuesta (minutos hábiles)').fill('180');
    await medium.getByRole('button', { name: 'Guardar' }).click();
    await medium.getByText('Guardado.').waitFor();
    await expectAccessible(admin, 'admin levels');
    const levels = await server.harness.services.levels.list();
    expect(levels.find((level) => level.impact === 'medium')?.firstResponseMinutes).toBe(180);
    await screenshot(admin, 'admin-levels');
  });

  it('(b) a 7x24 customer out of hours choosing high impact is told to call, with the numbers', async () => {
    // Monday 20:00 in Bogotá: outside the 7x24 contract's attended Mon–Sat 08:00–18:00.
    server.harness.clock.set(Date.parse('2026-03-16T20:00:00-05:00'));
    const page = await newPage({ width: 390, height: 844 });
    await signIn(page, CUSTOMER_7X24);
    const home = page
      .getByRole('status')
      .filter({ hasText: 'únicamente se atienden casos de impacto alto' });
    await home.getByRole('link', { name: '(+57) 2 486 8080' }).waitFor();
    await page.getByRole('link', { name: 'Registrar caso' }).click();
    await answerChecklist(page);
    await page.getByLabel('Asunto').fill('Caída total del firewall principal');
    await page.getByLabel('Descripción').fill('Ninguna sede tiene servicio.');
    expect(await page.getByText('deben reportarse por teléfono. Si lo registra aquí').count()).toBe(
      0,
    );
    await page.getByLabel(/Impacto alto/).check();
    const notice = page.getByRole('alert').filter({ hasText: 'deben reportarse por teléfono' });
    await notice.waitFor();
    await notice.getByRole('link', { name: '(+57) 2 486 8080' }).waitFor();
    await notice.getByText('Línea nacional (opción 2)').waitFor();
    await expectAccessible(page, '7x24 call notice');
    await page.getByRole('button', { name: 'Registrar el caso' }).click();
    await page.getByRole('heading', { name: /Caso OG-2026-\d+ registrado/ }).waitFor();
    const call = page.getByRole('alert').filter({ hasText: 'para atención inmediata llame a' });
    await call.getByRole('link', { name: '(+57) 2 486 8080' }).waitFor();
    await screenshot(page, 'b-7x24-out-of-hours-call-notice');
  });
});
