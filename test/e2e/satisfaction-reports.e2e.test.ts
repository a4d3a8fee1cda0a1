/**
 * Browser journeys of issue 5's satisfaction and reports (Debian's chromium via playwright-core,
 * against the real server with the demo): a customer rates a closed ticket from the portal and
 * cannot rate it twice; the e-mail's rating link, opened signed out, shows its score chosen but
 * records nothing until confirmed; a supervisor opens the reports, sees the four charts with
 * their tables and downloads a CSV. Each journey keeps a screenshot of its last page; axe-core
 * checks the rating page and the reports page.
 */

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeWithBrowser, expectAccessible, screenshot } from './support/browser.js';
import { useJourneys } from './support/journeys.js';
import type { WebServer } from './support/server.js';

const CUSTOMER_ADMIN = 'carolina.restrepo@guaduales.example';
const CUSTOMER = 'jhon.mosquera@guaduales.example';
const AGENT = 'santiago.herrera@demo.mesa.local';
const SUPERVISOR = 'diana.perez@demo.mesa.local';

describeWithBrowser('satisfaction and reports (chromium)', () => {
  let server: WebServer;
  /** The demo's ticket closed as accepted by the Guaduales customer admin. */
  let demoClosedId = '';
  /** A ticket of the Guaduales customer closed here, whose e-mail link the journey opens. */
  let mailedClosedId = '';
  let mailedLinkPath = '';

  const journeys = useJourneys(async (started) => {
    server = started;
    const { harness } = server;
    const { tickets, faq } = harness.services;
    const closed = await harness.db.kysely
      .selectFrom('tickets')
      .innerJoin('users', 'users.id', 'tickets.requester_id')
      .select('tickets.id')
      .where('tickets.status', '=', 'closed')
      .where('users.email', '=', CUSTOMER_ADMIN)
      .executeTakeFirstOrThrow();
    demoClosedId = closed.id;

    const customer = await actorByEmail(CUSTOMER);
    const agent = await actorByEmail(AGENT);
    const { ticket } = await tickets.register(customer, {
      subject: 'El escáner de la recepción no envía correos',
      description: 'Desde ayer el escáner no envía los documentos escaneados por correo.',
      impact: 'low',
    });
    mailedClosedId = ticket.id;
    await tickets.postMessage(agent, ticket.id, {
      kind: 'diagnosis',
      body: 'Cambió la clave SMTP.',
    });
    await tickets.postMessage(agent, ticket.id, {
      kind: 'solution',
      body: 'Se actualizó la clave.',
    });
    await tickets.accept(customer, ticket.id);
    const invitation = await harness.db.kysely
      .selectFrom('outbox')
      .select('payload')
      .where('ticket_id', '=', ticket.id)
      .where('kind', '=', 'satisfaction_request')
      .executeTakeFirstOrThrow();
    const links = (JSON.parse(invitation.payload) as { ratingLinks: string[] }).ratingLinks;
    const four = new URL(links[3] ?? '');
    mailedLinkPath = `${four.pathname}${four.search}`;

    // A deflection, so every report has something to chart.
    const article = await harness.db.kysely
      .selectFrom('faq_articles')
      .select('id')
      .where('language', '=', 'es')
      .executeTakeFirstOrThrow();
    await faq.recordDeflection(customer, article.id, 'ping');
  });
  const { actorByEmail } = journeys;
  const newPage = (options: { acceptDownloads?: boolean } = {}) =>
    journeys.newPage(options.acceptDownloads ? { acceptDownloads: true } : {});
  const signIn = (page: Page, email: string) => journeys.signIn(page, email);

  async function storedScore(ticketId: string): Promise<number | null> {
    const row = await server.harness.db.kysely
      .selectFrom('satisfaction_surveys')
      .select('score')
      .where('ticket_id', '=', ticketId)
      .executeTakeFirstOrThrow();
    return row.score === null ? null : Number(row.score);
  }

  it('a customer rates a closed ticket from the portal, once', async () => {
    const page = await newPage();
    await signIn(page, CUSTOMER_ADMIN);
    await page.getByRole('link', { name: 'Mis casos', exact: true }).waitFor();
    await page.goto(`${server.url}/portal/tickets/${demoClosedId}`);
    const rating = page.getByRole('region', { name: '¿Cómo fue nuestra atención?' });
    await rating.waitFor();
    // Sending without a score is refused before anything leaves the page.
    await rating.getByRole('button', { name: 'Enviar calificación' }).click();
    await rating.getByText('Elija una calificación de 1 a 5.').waitFor();
    await rating.getByLabel('5 – Excelente').check();
    await rating.getByLabel('Comentario (opcional)').fill('Rápidos y claros, <b>gracias</b>');
    await rating.getByRole('button', { name: 'Enviar calificación' }).click();
    await rating.getByText('Gracias: registramos su calificación.').waitFor();
    await rating
      .getByText('La atención de este caso fue calificada con 5 de 5 (Excelente).')
      .waitFor();
    // User text is text: the comment's markup is shown, never rendered.
    await rating.getByText('Rápidos y claros, <b>gracias</b>').waitFor();
    expect(await storedScore(demoClosedId)).toBe(5);

    // Twice: after a reload the form is gone, and the API refuses a second rating.
    await page.reload();
    await rating
      .getByText('La atención de este caso fue calificada con 5 de 5 (Excelente).')
      .waitFor();
    expect(await rating.getByRole('button', { name: 'Enviar calificación' }).count()).toBe(0);
    const second = await page.evaluate(async (id) => {
      const me = (await (await fetch('/api/v1/me')).json()) as { csrfToken: string };
      const response = await fetch(`/api/v1/tickets/${id}/satisfaction`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ score: 1 }),
      });
      return { status: response.status, code: ((await response.json()) as { code: string }).code };
    }, demoClosedId);
    expect(second).toEqual({ status: 409, code: 'SATISFACTION_ALREADY_RATED' });
    expect(await storedScore(demoClosedId)).toBe(5);
    await screenshot(page, 'satisfaction-portal');
  });

  it('the e-mail link works signed out: the score comes chosen, only the button rates', async () => {
    const page = await newPage();
    await page.goto(`${server.url}${mailedLinkPath}`);
    await page.getByRole('heading', { name: 'Calificar la atención' }).waitFor();
    await page.getByText('Caso OG-').waitFor();
    expect(await page.getByLabel('4 – Buena').isChecked()).toBe(true);
    // Opening the link (as a mail scanner would) recorded nothing.
    expect(await storedScore(mailedClosedId)).toBeNull();
    await expectAccessible(page, 'rating link page');
    await page.getByRole('button', { name: 'Enviar calificación' }).click();
    await page.getByText('Gracias: registramos su calificación.').waitFor();
    await page.getByText('La atención de este caso fue calificada con 4 de 5 (Buena).').waitFor();
    expect(await storedScore(mailedClosedId)).toBe(4);

    // In English, and a second visit shows the rating instead of the form.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.reload();
    await page.getByRole('heading', { name: 'Rate the service' }).waitFor();
    await page.getByText('The service on this ticket was rated 4 out of 5 (Good).').waitFor();
    expect(await page.getByRole('button', { name: 'Send rating' }).count()).toBe(0);
    await screenshot(page, 'satisfaction-email-link');
  });

  it('a supervisor reads the reports with their charts and downloads the CSV', async () => {
    const page = await newPage({ acceptDownloads: true });
    await signIn(page, SUPERVISOR);
    await page.getByRole('link', { name: 'Informes' }).click();
    await page.getByRole('heading', { name: 'Informes', level: 1 }).waitFor();
    const charts = page.locator('svg[role="img"]');
    await charts.first().waitFor();
    expect(await charts.count()).toBe(4);
    for (const name of [
      'Primeras respuestas a tiempo',
      'Casos cerrados por resolución',
      'Casos resueltos con las preguntas frecuentes',
      'Satisfacción',
    ]) {
      const section = page.getByRole('region', { name: new RegExp(`^${name}`) });
      await section.getByRole('img').waitFor();
      await section.getByRole('table').waitFor();
    }
    // The chart reads its bars aloud: the ratings given above are in the total.
    const satisfaction = page.getByRole('region', { name: /^Satisfacción/ });
    await satisfaction.getByRole('cell', { name: 'Total' }).waitFor();
    expect(await satisfaction.getByRole('img').getAttribute('aria-label')).toMatch(
      /^Calificación promedio por organización \(de 1 a 5\)\. .*Total: \d/,
    );
    await expectAccessible(page, 'reports');

    const downloading = page.waitForEvent('download');
    await page
      .getByRole('region', { name: /^Primeras respuestas a tiempo/ })
      .getByRole('link', { name: /Descargar CSV/ })
      .click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^first-responses-\d{4}-\d{2}-\d{4}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'organization,month,impact,tickets,on_time,breaches,pending,percent_on_time,median_business_minutes,p90_business_minutes',
    );
    expect(lines.length).toBeGreaterThan(2);

    // A reversed period is refused before asking; the page in English.
    await page.getByLabel('Desde (mes)').fill('2026-03');
    await page.getByLabel('Hasta (mes)').fill('2026-01');
    await page.getByRole('button', { name: 'Ver informes' }).click();
    await page.getByText('El mes final no puede ser anterior al inicial.').waitFor();
    await page.getByLabel('Hasta (mes)').fill('2026-03');
    await page.getByRole('button', { name: 'Ver informes' }).click();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
    await page
      .getByRole('region', { name: /^First responses on time/ })
      .getByRole('img')
      .waitFor();
    await page.getByRole('link', { name: /Download CSV – Satisfaction/ }).waitFor();
    await screenshot(page, 'reports');
  });
});
