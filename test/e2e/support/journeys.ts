/**
 * What every journey file shares: the real server with the demo, one chromium for the file,
 * a fresh browser profile per page (cookies and storage of its own), and the sign-in form.
 */

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Actor } from '../../../server/app/actor.js';
import { OPERATOR } from '../../../server/app/identity/operator.js';
import { actorOf } from '../../../server/app/identity/user.js';
import { DEMO_PASSWORD } from '../../../server/demo/demo-content.js';
import { launchBrowser } from './browser.js';
import { startWebServer, type WebServer } from './server.js';

export interface JourneyPageOptions {
  /** Desktop (1280 × 900) unless given, e.g. a phone's 390 × 844. */
  readonly viewport?: { readonly width: number; readonly height: number };
  readonly acceptDownloads?: boolean;
}

export interface SignInLabels {
  readonly email: string | RegExp;
  readonly password: string | RegExp;
  readonly submit: string | RegExp;
}

const SPANISH_SIGN_IN: SignInLabels = {
  email: 'Correo electrónico',
  password: 'Contraseña',
  submit: 'Ingresar',
};

export interface Journeys {
  newPage(options?: JourneyPageOptions): Promise<Page>;
  /** Opens the app and sends the sign-in form (Spanish labels unless given). */
  signIn(
    page: Page,
    email: string,
    options?: { readonly password?: string; readonly labels?: SignInLabels },
  ): Promise<void>;
  /** The demo user with this e-mail, as the use cases take it. */
  actorByEmail(email: string): Promise<Actor>;
}

/**
 * Registers the file's beforeAll/afterAll. `started` receives the server once it runs (before
 * the browser starts), to keep it and to prepare data the journeys need.
 */
export function useJourneys(started: (server: WebServer) => void | Promise<void>): Journeys {
  let server: WebServer | undefined;
  let browser: Browser | undefined;
  let closeBrowser: (() => Promise<void>) | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startWebServer();
    await started(server);
    ({ browser, close: closeBrowser } = await launchBrowser());
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await closeBrowser?.();
    await server?.close();
  });

  const running = (): { server: WebServer; browser: Browser } => {
    if (!server || !browser) throw new Error('the journeys have not started');
    return { server, browser };
  };
  // The server alone: `started` may read the demo before the browser is up.
  const serverStarted = (): WebServer => {
    if (!server) throw new Error('the server has not started');
    return server;
  };

  return {
    async newPage(options = {}) {
      // bypassCSP only so axe-core can be injected; the app itself runs under its CSP.
      const context = await running().browser.newContext({
        viewport: options.viewport ?? { width: 1280, height: 900 },
        bypassCSP: true,
        locale: 'es-CO',
        acceptDownloads: options.acceptDownloads ?? false,
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      return page;
    },

    async signIn(page, email, options = {}) {
      const labels = options.labels ?? SPANISH_SIGN_IN;
      await page.goto(`${running().server.url}/`);
      await page.getByLabel(labels.email).fill(email);
      await page.getByLabel(labels.password).fill(options.password ?? DEMO_PASSWORD);
      await page.getByRole('button', { name: labels.submit }).click();
    },

    async actorByEmail(email) {
      const { harness } = serverStarted();
      const row = await harness.db.kysely
        .selectFrom('users')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirstOrThrow();
      return actorOf(await harness.services.users.get(OPERATOR, row.id));
    },
  };
}
