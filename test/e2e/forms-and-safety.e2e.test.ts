/**
 * Bad input, unsafe text, small screens and SLA clocks in the portal and the console, in a real
 * browser against the real server with the demo (issue 5): every form says what is wrong beside
 * the field before sending and, in the user's language, after the server answers; what was typed
 * survives a failed send; a double submit records once and a file that fails after its case or
 * message never sends them twice; subjects, descriptions, messages and checklist notes full of
 * HTML are shown as text; the main pages fit a 390 px wide phone; the queue counts down in
 * business time with words beside its colours. Requests are tampered with (page.route) only to
 * reach the server's own checks past the browser's, or to drop a connection: the server that
 * answers is always the real one.
 */

import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { OPERATOR } from '../../server/app/identity/operator.js';
import { DEMO_PASSWORD } from '../../server/demo/demo-content.js';
import { parseInstant } from '../../server/domain/time/instant.js';
import { describeWithBrowser, expectAccessible, screenshot } from './support/browser.js';
import { useJourneys } from './support/journeys.js';
import type { WebServer } from './support/server.js';

const CUSTOMER = 'jhon.mosquera@guaduales.example';
const ENGLISH_CUSTOMER = 'michael.turner@aburranorte.example';
const AGENT = 'santiago.herrera@demo.mesa.local';
const PHONE = { width: 390, height: 844 };

describeWithBrowser('forms, unsafe text, phone screens and SLA clocks (chromium)', () => {
  let server: WebServer;
  const journeys = useJourneys((started) => {
    server = started;
  });
  const { actorByEmail } = journeys;
  const newPage = (viewport = { width: 1280, height: 900 }) => journeys.newPage({ viewport });

  async function signIn(page: Page, email: string, heading: string | RegExp) {
    await journeys.signIn(page, email, {
      labels: {
        email: /Correo electrónico|E-mail/,
        password: /Contraseña|Password/,
        submit: /Ingresar|Sign in/,
      },
    });
    await page.getByRole('heading', { name: heading }).waitFor();
  }

  /** The error said beside a field: the texts its aria-describedby points at, of class field-error. */
  /** Makes the next message the page posts longer than the server takes (past the form's limit). */
  async function lengthenNextMessage(page: Page): Promise<void> {
    await page.route(
      '**/api/v1/tickets/*/messages',
      async (route) => {
        const body = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>;
        await route.continue({ postData: JSON.stringify({ ...body, body: 'x'.repeat(20_001) }) });
      },
      { times: 1 },
    );
  }

  async function errorBeside(field: Locator): Promise<string> {
    const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
    const texts: string[] = [];
    for (const id of ids) {
      const node = field.page().locator(`[id="${id}"].field-error`);
      if ((await node.count()) > 0) texts.push((await node.textContent()) ?? '');
    }
    return texts.join(' ');
  }

  async function answerChecklist(page: Page) {
    for (let step = 1; step <= 8; step += 1) {
      await page.getByLabel('No aplica', { exact: true }).check();
      const last = step === 8 ? 'Continuar al formulario' : 'Siguiente';
      await page.getByRole('button', { name: last }).click();
    }
  }

  async function ticketsWithSubject(subject: string) {
    return server.harness.db.kysely
      .selectFrom('tickets')
      .select('id')
      .where('subject', '=', subject)
      .execute();
  }

  async function messagesOf(ticketId: string) {
    return server.harness.db.kysely
      .selectFrom('messages')
      .select(['body', 'kind'])
      .where('ticket_id', '=', ticketId)
      .execute();
  }

  async function attachmentNames(ticketId: string): Promise<string[]> {
    const rows = await server.harness.db.kysely
      .selectFrom('attachments')
      .select('file_name')
      .where('ticket_id', '=', ticketId)
      .execute();
    return rows.map((row) => row.file_name).sort();
  }

  /** No horizontal scrolling: the page is not wider than the phone's screen (else: who sticks out). */
  async function expectNoHorizontalOverflow(page: Page, what: string) {
    const { scrollWidth, innerWidth, wide } = (await page.evaluate(`(() => {
      const wide = [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
        .filter((e) => !e.closest('.table-scroll') || e.classList.contains('table-scroll'))
        .slice(0, 5)
        .map((e) => e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + ' ' + Math.round(e.getBoundingClientRect().right) + 'px');
      return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, wide };
    })()`)) as { scrollWidth: number; innerWidth: number; wide: string[] };
    expect(
      scrollWidth,
      `${what} is ${scrollWidth}px wide on a ${innerWidth}px screen: ${wide.join(', ')}`,
    ).toBeLessThanOrEqual(innerWidth);
  }

  it('a customer’s new case: checked before sending, a refused file said beside the picker, a dropped upload retried without a second case or file', async () => {
    const page = await newPage();
    await signIn(page, CUSTOMER, /Hola/);
    await page.goto(`${server.url}/portal/new`);
    await page.getByRole('heading', { name: 'Registrar un caso' }).waitFor();
    // The checklist will not move on without an answer.
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await page.getByText('Elija una respuesta para continuar.').waitFor();
    await answerChecklist(page);

    await page.getByRole('button', { name: 'Registrar el caso' }).click();
    await page.getByText('Revise los campos marcados antes de enviar.').waitFor();
    expect(await errorBeside(page.getByLabel('Asunto'))).toBe('Este campo es obligatorio.');
    expect(await errorBeside(page.getByLabel('Descripción'))).toBe('Este campo es obligatorio.');
    await page.getByText('Elija el nivel de impacto.').waitFor();

    const subject = 'La impresora de la bodega imprime hojas en blanco';
    await page.getByLabel('Asunto').fill(subject);
    await page.getByLabel('Descripción').fill('Desde el lunes imprime en blanco.');
    await page.getByLabel(/Impacto bajo/).check();
    const picker = page.getByLabel('Archivos adjuntos (opcional)');
    await picker.setInputFiles({
      name: 'instalador.exe',
      mimeType: 'application/x-msdownload',
      buffer: Buffer.from('MZ'),
    });
    await page.getByRole('button', { name: 'Registrar el caso' }).click();
    await expect
      .poll(() => errorBeside(picker))
      .toBe(
        'instalador.exe: no es un tipo de archivo permitido (documentos, imágenes, texto, correo o comprimidos).',
      );
    expect(await ticketsWithSubject(subject)).toHaveLength(0);

    await page.getByRole('button', { name: 'Quitar instalador.exe' }).click();
    await picker.setInputFiles([
      { name: 'prueba-1.txt', mimeType: 'text/plain', buffer: Buffer.from('hoja 1') },
      { name: 'prueba-2.txt', mimeType: 'text/plain', buffer: Buffer.from('hoja 2') },
    ]);
    // The connection drops on the second file, after the case and the first file are in.
    let uploads = 0;
    await page.route('**/api/v1/tickets/*/attachments', async (route) => {
      uploads += 1;
      if (uploads === 2) await route.abort('connectionreset');
      else await route.continue();
    });
    await page.getByRole('button', { name: 'Registrar el caso' }).click();
    await page.getByText(/El caso OG-2026-\d+ ya quedó registrado/).waitFor();
    await expect.poll(() => errorBeside(picker)).toContain('prueba-2.txt: ');
    expect(await page.getByLabel('Asunto').inputValue()).toBe(subject);
    const [created] = await ticketsWithSubject(subject);
    expect(await attachmentNames(created?.id ?? '')).toEqual(['prueba-1.txt']);
    await expectAccessible(page, 'new case with a file to retry');

    await page.getByRole('button', { name: 'Adjuntar los archivos' }).click();
    await page.getByText(/Registramos su caso OG-2026-/).waitFor();
    expect(await ticketsWithSubject(subject)).toHaveLength(1);
    expect(await attachmentNames(created?.id ?? '')).toEqual(['prueba-1.txt', 'prueba-2.txt']);
    await page.unrouteAll();

    // A reply the server refuses (past the browser's limit): its words beside the field, the
    // text kept; then a double submit of a good one records it once.
    const reply = page.getByLabel('Su mensaje');
    await reply.fill('La bodega confirma que el tóner es nuevo.');
    await lengthenNextMessage(page);
    await page.getByRole('button', { name: 'Enviar respuesta' }).click();
    await expect.poll(() => errorBeside(reply)).toMatch(/20000|20 000|20\.000/);
    expect(await reply.inputValue()).toBe('La bodega confirma que el tóner es nuevo.');
    const before = (await messagesOf(created?.id ?? '')).length;
    await page.route('**/api/v1/tickets/*/messages', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.evaluate(`(() => {
      const form = document.querySelector('form.message-form');
      form.requestSubmit();
      form.requestSubmit();
    })()`);
    await page.getByText('Su respuesta quedó registrada en el caso.').waitFor();
    const after = await messagesOf(created?.id ?? '');
    expect(
      after.filter((m) => m.body === 'La bodega confirma que el tóner es nuevo.'),
    ).toHaveLength(1);
    expect(after).toHaveLength(before + 1);
    await screenshot(page, 'forms-new-case-and-reply');
  });

  it('the agent’s forms: a solution before the diagnosis is refused beside the kind, closing needs its reason, a phone call cannot come from the future', async () => {
    const customer = await actorByEmail(CUSTOMER);
    const { ticket } = await server.harness.services.tickets.register(customer, {
      subject: 'El escáner no envía correos',
      description: 'Desde ayer no llegan los documentos escaneados.',
      impact: 'medium',
    });
    // A reply (not a diagnosis) puts it in progress, where proposing a solution needs the diagnosis.
    await server.harness.services.tickets.postMessage(await actorByEmail(AGENT), ticket.id, {
      kind: 'reply',
      body: 'Recibido, lo revisamos.',
    });
    const page = await newPage();
    await signIn(page, AGENT, 'Cola de casos');
    // The queue's search: punctuation alone is said beside the box before asking; a query the
    // server refuses (forged past that check) is said there too, and the box keeps the text.
    const search = page.getByLabel('Buscar casos');
    await search.fill('¡¿…?!');
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    expect(await errorBeside(search)).toBe('Escriba al menos una palabra o un número.');
    await page.route(
      '**/api/v1/tickets?*q=*',
      (route) => {
        const url = new URL(route.request().url());
        url.searchParams.set('q', '***');
        return route.continue({ url: url.toString() });
      },
      { times: 1 },
    );
    await search.fill('escáner');
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    await expect.poll(() => errorBeside(search)).toBe('La búsqueda no contiene palabras.');
    expect(await search.inputValue()).toBe('escáner');
    await page.getByRole('button', { name: 'Limpiar búsqueda' }).click();
    await page.goto(`${server.url}/console/tickets/${ticket.id}`);
    await page.getByRole('heading', { name: new RegExp(ticket.number) }).waitFor();

    const body = page.getByLabel('Mensaje');
    await page.getByRole('button', { name: 'Registrar', exact: true }).click();
    expect(await errorBeside(body)).toBe('Este campo es obligatorio.');
    await page.getByLabel('Solución propuesta', { exact: true }).check();
    await body.fill('Reiniciamos el servicio SMTP del escáner.');
    await page.getByRole('button', { name: 'Registrar', exact: true }).click();
    const kinds = page.getByRole('group', { name: 'Tipo de mensaje' });
    await expect
      .poll(() => errorBeside(kinds))
      .toBe('Registre e informe el diagnóstico (1ª respuesta) antes de proponer una solución.');
    expect(await body.inputValue()).toBe('Reiniciamos el servicio SMTP del escáner.');
    expect(await messagesOf(ticket.id)).toHaveLength(1);
    await page.getByLabel('Diagnóstico', { exact: true }).check();
    await page.getByRole('button', { name: 'Registrar', exact: true }).click();
    await page.getByText('Diagnóstico registrado.').waitFor();

    await page.getByText('Cerrar como fuera del alcance').click();
    const reason = page.getByLabel(/Motivo/);
    await reason.fill('   ');
    await page.getByRole('button', { name: 'Cerrar fuera del alcance' }).click();
    expect(await errorBeside(reason)).toBe('Escriba el motivo del cierre.');
    await expectAccessible(page, 'console ticket with errors');
    const stored = await server.harness.services.ticketQueries.get(OPERATOR, ticket.id);
    expect(stored.ticket.life.status).not.toBe('closed');

    // Assigning to someone who is not staff (only reachable by a forged request).
    await page.route(
      '**/api/v1/tickets/*/assign',
      (route) => route.continue({ postData: JSON.stringify({ assigneeId: customer.userId }) }),
      { times: 1 },
    );
    await page.getByRole('button', { name: 'Asignar', exact: true }).click();
    await expect
      .poll(() => errorBeside(page.getByLabel('Asignar a')))
      .toBe('Solo se puede asignar a personal activo del Centro de Servicios.');

    await page.getByRole('link', { name: 'Caso telefónico' }).click();
    await page.getByRole('heading', { name: 'Registrar un caso telefónico' }).waitFor();
    await page.getByRole('button', { name: 'Registrar el caso telefónico' }).click();
    expect(await errorBeside(page.getByLabel('Organización'))).toBe('Este campo es obligatorio.');
    expect(await errorBeside(page.getByLabel('Quién llamó'))).toBe('Este campo es obligatorio.');
    const tomorrow = new Date(server.harness.clock.now() + 86_400_000 - 5 * 3_600_000)
      .toISOString()
      .slice(0, 16);
    await page.getByLabel('Hora de la llamada').fill(tomorrow);
    await page.getByLabel('Asunto').fill('Llamada: no hay Internet');
    await page.getByRole('button', { name: 'Registrar el caso telefónico' }).click();
    expect(await errorBeside(page.getByLabel('Hora de la llamada'))).toBe(
      'La hora de la llamada no puede estar en el futuro.',
    );
    expect(await page.getByLabel('Asunto').inputValue()).toBe('Llamada: no hay Internet');

    // A caller from another organization (only reachable by a forged request): the server's
    // reason beside "who called", everything typed still there, no case registered.
    const outsider = await actorByEmail('andres.ocampo@santabrigida.example');
    const tenMinutesAgo = new Date(server.harness.clock.now() - 10 * 60_000 - 5 * 3_600_000)
      .toISOString()
      .slice(0, 16);
    await page.getByLabel('Hora de la llamada').fill(tenMinutesAgo);
    await page
      .getByLabel('Organización')
      .selectOption({ label: 'Transportes Los Guaduales S.A.S.' });
    await page
      .getByLabel('Quién llamó')
      .selectOption({ label: `Jhon Fredy Mosquera — ${CUSTOMER}` });
    await page.getByLabel('Nivel de impacto').selectOption({ label: 'Impacto bajo' });
    await page.getByLabel('Descripción').fill('El cliente llama desde la sede norte.');
    await page.route(
      '**/api/v1/tickets',
      async (route) => {
        const body = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>;
        await route.continue({
          postData: JSON.stringify({ ...body, requesterId: outsider.userId }),
        });
      },
      { times: 1 },
    );
    await page.getByRole('button', { name: 'Registrar el caso telefónico' }).click();
    await expect
      .poll(() => errorBeside(page.getByLabel('Quién llamó')))
      .toBe('El solicitante debe ser un usuario activo de la organización del caso.');
    expect(await page.getByLabel('Descripción').inputValue()).toBe(
      'El cliente llama desde la sede norte.',
    );
    expect(await ticketsWithSubject('Llamada: no hay Internet')).toHaveLength(0);
    await expectAccessible(page, 'phone case form with errors');
    await screenshot(page, 'forms-console-checks');
  });

  it('in English, the server’s words beside the field are English too', async () => {
    const customer = await actorByEmail(ENGLISH_CUSTOMER);
    const { ticket } = await server.harness.services.tickets.register(customer, {
      subject: 'The VPN drops every hour',
      description: 'Since Monday the VPN disconnects every hour.',
      impact: 'low',
    });
    const page = await newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await signIn(page, ENGLISH_CUSTOMER, /Hello/);
    await page.goto(`${server.url}/portal/tickets/${ticket.id}`);
    const reply = page.getByLabel('Your message');
    await reply.fill('It dropped again at 10:00.');
    await lengthenNextMessage(page);
    await page.getByRole('button', { name: 'Send answer' }).click();
    await expect.poll(() => errorBeside(reply)).toMatch(/must|characters|longer/i);
    expect(await errorBeside(reply)).not.toMatch(/debe|caracteres/);
    expect(await reply.inputValue()).toBe('It dropped again at 10:00.');
    await page.getByLabel('Attachments (optional)').setInputFiles({
      name: 'tool.exe',
      mimeType: 'application/x-msdownload',
      buffer: Buffer.from('MZ'),
    });
    await page.getByRole('button', { name: 'Send answer' }).click();
    await expect
      .poll(() => errorBeside(page.getByLabel('Attachments (optional)')))
      .toContain('tool.exe: is not an accepted file type');
    await screenshot(page, 'forms-english-server-error');
  });

  it('a session that expires while a reply is written: sign in again and the text is still there, sent once', async () => {
    const customer = await actorByEmail(CUSTOMER);
    const { ticket } = await server.harness.services.tickets.register(customer, {
      subject: 'El lector de huellas no marca la entrada',
      description: 'Desde hoy el lector no registra a nadie.',
      impact: 'low',
    });
    const page = await newPage();
    await signIn(page, CUSTOMER, /Hola/);
    await page.goto(`${server.url}/portal/tickets/${ticket.id}`);
    const text = 'Reiniciamos el lector y sigue igual; la luz queda en rojo.';
    await page.getByLabel('Su mensaje').fill(text);
    await server.harness.db.kysely
      .deleteFrom('sessions')
      .where('user_id', '=', customer.userId)
      .execute();
    await page.getByRole('button', { name: 'Enviar respuesta' }).click();
    await page.getByRole('heading', { name: 'Iniciar sesión' }).waitFor();
    await page.getByLabel('Correo electrónico').fill(CUSTOMER);
    await page.getByLabel('Contraseña').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.getByRole('heading', { name: new RegExp(ticket.number) }).waitFor();
    expect(await page.getByLabel('Su mensaje').inputValue()).toBe(text);
    await page.getByRole('button', { name: 'Enviar respuesta' }).click();
    await page.getByText('Su respuesta quedó registrada en el caso.').waitFor();
    expect(await page.getByLabel('Su mensaje').inputValue()).toBe('');
    expect((await messagesOf(ticket.id)).filter((m) => m.body === text)).toHaveLength(1);
    // Signing out forgets drafts: the next person at this computer does not find them.
    await page.getByLabel('Su mensaje').fill('Borrador a medias');
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.getByRole('heading', { name: 'Iniciar sesión' }).waitFor();
    expect(
      await page.evaluate('Object.keys(sessionStorage).filter((k) => k.startsWith("mesa.draft."))'),
    ).toEqual([]);
    await screenshot(page, 'forms-session-expired-draft-kept');
  });

  it('HTML in subjects, descriptions, messages and checklist notes is shown as text, never run', async () => {
    const customer = await actorByEmail(CUSTOMER);
    const agent = await actorByEmail(AGENT);
    const subject = '<img src=x onerror="window.__xss=\'subject\'"> Impresora <b>rota</b>';
    const { ticket } = await server.harness.services.tickets.register(customer, {
      subject,
      description:
        '<script>window.__xss="description"</script> Ver https://soporte.example/una/ruta/muy/larga/sin/espacios/que/no/debe/ensanchar/la/pantalla/del/telefono/jamas',
      impact: 'low',
      checklist: [
        {
          item: 'equipment_powered_on',
          answer: 'yes',
          note: '<svg onload="window.__xss=\'note\'">',
        },
      ],
    });
    await server.harness.services.tickets.postMessage(agent, ticket.id, {
      kind: 'diagnosis',
      body: '<iframe src="javascript:window.__xss=\'message\'"></iframe><a href="javascript:alert(1)">clic</a>',
    });
    const dialogs: string[] = [];
    const check = async (page: Page, what: string) => {
      expect(await page.evaluate('window.__xss'), `${what} ran injected script`).toBeUndefined();
      const injected = await page.evaluate(
        `document.querySelectorAll('main img[src="x"], main script, main svg[onload], main iframe, main a[href^="javascript"]').length`,
      );
      expect(injected, `${what} has injected elements`).toBe(0);
    };

    const portal = await newPage(PHONE);
    portal.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signIn(portal, CUSTOMER, /Hola/);
    await portal.goto(`${server.url}/portal/tickets`);
    await portal.getByText(subject).first().waitFor();
    await check(portal, 'portal list');
    await portal.goto(`${server.url}/portal/tickets/${ticket.id}`);
    await portal
      .getByText('<script>window.__xss="description"</script>', { exact: false })
      .waitFor();
    await portal.getByText('<iframe src="javascript:', { exact: false }).waitFor();
    await check(portal, 'portal ticket');
    await expectNoHorizontalOverflow(portal, 'portal ticket page');
    await expectAccessible(portal, 'portal ticket with HTML text');
    await screenshot(portal, 'safety-portal-ticket-phone');

    const console = await newPage();
    console.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signIn(console, AGENT, 'Cola de casos');
    // Filters, not the search: the search index fills in the background.
    await console
      .getByLabel('Organización')
      .selectOption({ label: 'Transportes Los Guaduales S.A.S.' });
    await console.getByLabel('Impacto', { exact: true }).selectOption({ label: 'Bajo' });
    await console.getByText(subject).first().waitFor();
    await check(console, 'queue');
    await console.goto(`${server.url}/console/tickets/${ticket.id}`);
    await console.getByText('Validaciones previas del cliente').click();
    await console.getByText('<svg onload=', { exact: false }).waitFor();
    await check(console, 'console ticket');
    expect(dialogs).toEqual([]);
    await screenshot(console, 'safety-console-ticket');
  });

  it('the portal home, the new case (checklist and form), a case and the queue fit a phone screen', async () => {
    const customer = await actorByEmail(CUSTOMER);
    const { ticket } = await server.harness.services.tickets.register(customer, {
      subject: 'Un asunto largo para ver cómo se acomoda en la pantalla pequeña del teléfono',
      description: `Registro del equipo: ${'0123456789'.repeat(12)}`,
      impact: 'medium',
    });
    const page = await newPage(PHONE);
    await signIn(page, CUSTOMER, /Hola/);
    await expectNoHorizontalOverflow(page, 'portal home');
    await page.goto(`${server.url}/portal/new`);
    await page.getByRole('heading', { name: 'Registrar un caso' }).waitFor();
    await expectNoHorizontalOverflow(page, 'checklist');
    await answerChecklist(page);
    await page.getByLabel('Asunto').fill('ping');
    await page.getByText('¿Cómo compruebo la conexión con ping?').waitFor();
    await expectNoHorizontalOverflow(page, 'new case form');
    await page.goto(`${server.url}/portal/tickets`);
    await page.getByText(ticket.number).first().waitFor();
    await expectNoHorizontalOverflow(page, 'my cases');
    await page.goto(`${server.url}/portal/tickets/${ticket.id}`);
    await page.getByRole('heading', { name: new RegExp(ticket.number) }).waitFor();
    await expectNoHorizontalOverflow(page, 'case page');
    await page.goto(`${server.url}/portal/contact`);
    await page.getByRole('heading', { name: 'Contacto' }).waitFor();
    await expectNoHorizontalOverflow(page, 'contact page');

    const agent = await newPage(PHONE);
    await signIn(agent, AGENT, 'Cola de casos');
    await agent.locator('table.queue').waitFor();
    await expectNoHorizontalOverflow(agent, 'queue');
    await expectAccessible(agent, 'queue on a phone');
    await agent.goto(`${server.url}/console/tickets/${ticket.id}`);
    await agent.getByRole('heading', { name: new RegExp(ticket.number) }).waitFor();
    await expectNoHorizontalOverflow(agent, 'console case page');
    await agent.goto(`${server.url}/console/phone`);
    await agent.getByRole('heading', { name: 'Registrar un caso telefónico' }).waitFor();
    await expectNoHorizontalOverflow(agent, 'phone case form');
    await agent.goto(`${server.url}/console`);
    await agent.locator('table.queue').waitFor();
    await screenshot(agent, 'phone-queue');
  });

  it('the queue counts down in business time: paused over lunch, amber with a warning at 80 %, red with “missed” at breach', async () => {
    const { clock } = server.harness;
    clock.freeze();
    clock.set(parseInstant('2026-03-16T11:00:00-05:00'));
    const customer = await actorByEmail(CUSTOMER);
    // 5x8, medium: four counted hours, 11:00–12:00 and 14:00–17:00.
    const { ticket } = await server.harness.services.tickets.register(customer, {
      subject: 'Cuenta regresiva del almuerzo',
      description: 'Un caso para ver el reloj del horario contratado.',
      impact: 'medium',
    });
    const page = await newPage();
    await signIn(page, AGENT, 'Cola de casos');
    const countdown = () =>
      page.getByRole('row', { name: new RegExp(ticket.number) }).locator('.sla');

    clock.set(parseInstant('2026-03-16T13:30:00-05:00'));
    await page.goto(`${server.url}/console`);
    // On the wall clock 3 h 30 min are left; counted hours, only 3 h (lunch does not count).
    await expect
      .poll(() => countdown().textContent())
      .toMatch(/^vence en 3 h 00 min hábiles · reloj detenido/);
    expect(await countdown().getAttribute('class')).toContain('sla-ok');

    clock.set(parseInstant('2026-03-16T16:30:00-05:00'));
    await page.goto(`${server.url}/console`);
    await expect
      .poll(() => countdown().textContent())
      .toMatch(/^⚠ Alerta: usado el 80 % del tiempo; vence en (29|30) min/);
    expect(await countdown().getAttribute('class')).toContain('sla-warn');
    const row = page.getByRole('row', { name: new RegExp(ticket.number) });
    expect(await row.getAttribute('class')).toBe('row-warn');

    clock.set(parseInstant('2026-03-16T17:20:00-05:00'));
    await page.goto(`${server.url}/console`);
    await expect
      .poll(() => countdown().textContent())
      .toMatch(/^✖ Incumplido: vencido hace (19|20) min \d+ s hábiles$/);
    expect(await countdown().getAttribute('class')).toContain('sla-breach');
    await expectAccessible(page, 'queue with a warning and a breach');
    await screenshot(page, 'queue-business-countdown');
  });
});
