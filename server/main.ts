/**
 * The composition root (`npm start`): validated settings, the database (migrated), the
 * services over the right clock, start-up data, the HTTP app, and a graceful shutdown on
 * SIGINT/SIGTERM (stop accepting requests, finish background work, close the database).
 */

import { type Clock, systemClock, TestClock } from './app/clock.js';
import type { MailConfig } from './app/notifications/mail-config.js';
import { createServices } from './app/services.js';
import { loadSettings, type Settings } from './config/settings.js';
import { SettingsError } from './config/settings-error.js';
import { DEMO_PASSWORD } from './demo/demo-content.js';
import type { DemoAccount } from './demo/load-demo-data.js';
import { buildApp } from './http/app.js';
import { listen } from './http/server.js';
import { hasWebBuild, WEB_BUILD_DIR } from './http/web-static.js';
import { ImapMailboxPoller } from './mail/inbound/imap-mailbox-poller.js';
import { startInboundMail } from './mail/inbound/start-inbound-mail.js';
import { SmtpTransport } from './mail/outbound/smtp-transport.js';
import { loadStartupData } from './startup-data.js';
import { openDatabase } from './storage/db.js';
import { migrateToLatest } from './storage/migrate.js';

// A shutdown that hangs (a stuck connection) must not keep the process alive forever.
const SHUTDOWN_GRACE_MS = 10_000;

function readSettings(): Settings {
  try {
    return loadSettings(process.env);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const settings = readSettings();
  const db = openDatabase(settings.database);
  await migrateToLatest(db);
  const testClock = settings.testClock ? new TestClock() : undefined;
  if (testClock !== undefined && settings.testClockStart !== null) {
    testClock.set(settings.testClockStart);
  }
  const clock: Clock = testClock ?? systemClock;
  const services = createServices({
    db,
    clock,
    dataDir: settings.dataDir,
    mail: mailConfigOf(settings),
    // Without SMTP_URL the e-mails are written as .eml files under the data folder.
    ...(settings.smtpUrl !== null && {
      mailTransport: new SmtpTransport({ url: settings.smtpUrl }),
    }),
    onJobError: (error, job) => console.error(`[${job}]`, error),
  });
  const startup = await loadStartupData(services, settings);

  const app = await buildApp(services, {
    ...(testClock !== undefined && { testClock }),
    trustProxy: settings.trustProxy,
    // Behind an https public URL cookies are always Secure; otherwise when the request was TLS.
    secureCookies: settings.publicUrl.startsWith('https:') ? true : 'auto',
    logger: { level: settings.logLevel },
    // `npm start` builds it first (prestart); without a build only the API is served.
    ...(hasWebBuild() ? { webRoot: WEB_BUILD_DIR } : {}),
  });
  services.searchIndexer.start();
  services.deadlineRecompute.start();
  services.slaScheduler.start();
  services.mailDispatcher.start();
  services.maintenanceReminders.start();
  testClock?.onSet(() => {
    services.slaScheduler.kick();
    services.maintenanceReminders.kick();
  });
  const inbound =
    settings.mailInboundPort === null
      ? null
      : await startInboundMail(services, {
          host: settings.host,
          port: settings.mailInboundPort,
          replyAddress: settings.mailReplyAddress,
          logger: app.log,
        });
  const imapPoller =
    settings.mailImap === null
      ? null
      : new ImapMailboxPoller(services.inboundMail, {
          mailbox: settings.mailImap,
          intervalMs: settings.mailImapPollSeconds * 1000,
          logger: app.log,
          onError: (error, job) => app.log.error({ err: error, job }, 'background job failed'),
        });
  imapPoller?.start();
  const address = await listen(app, { host: settings.host, port: settings.port });
  console.log(`mesa is listening on ${address} (public URL ${settings.publicUrl})`);
  console.log(`API docs: ${settings.publicUrl}/api/docs`);
  if (testClock !== undefined) console.log('Test clock ON: POST /api/v1/test-clock moves time.');
  if (inbound !== null) console.log(`Inbound e-mail (SMTP) on ${settings.host}:${inbound.port}`);
  if (settings.mailImap !== null) {
    console.log(
      `Inbound e-mail (IMAP): ${settings.mailImap.host} ${settings.mailImap.mailbox}, every ${settings.mailImapPollSeconds} s`,
    );
  }
  console.log(
    services.mailDispatcher.transportKind === 'smtp'
      ? 'Outbound e-mail: SMTP_URL'
      : `Outbound e-mail: .eml files in ${settings.dataDir}/outbox-mail (set SMTP_URL to send)`,
  );
  printDemoAccounts(startup.demoAccounts);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    await inbound?.stop();
    await imapPoller?.stop();
    await app.close();
    // A reset link is queued after its request was answered: let those writes finish first.
    await services.passwordResets.settled();
    await services.searchIndexer.stop();
    await services.deadlineRecompute.stop();
    await services.slaScheduler.stop();
    await services.maintenanceReminders.stop();
    await services.mailDispatcher.stop();
    await db.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      shutdown(signal).catch((error: unknown) => {
        console.error(error);
        process.exitCode = 1;
      });
    });
  }
}

/** How e-mails present themselves, from the settings. */
function mailConfigOf(settings: Settings): MailConfig {
  const domain = settings.mailReplyAddress.slice(settings.mailReplyAddress.lastIndexOf('@') + 1);
  return {
    publicUrl: settings.publicUrl,
    from: settings.mailFrom,
    replyAddress: settings.mailReplyAddress,
    messageIdDomain: domain,
  };
}

/** The demo logins, so a newcomer can sign in right away (README, quick start). */
function printDemoAccounts(accounts: readonly DemoAccount[]): void {
  if (accounts.length === 0) return;
  console.log(`\nDemo accounts (password: ${DEMO_PASSWORD}):`);
  for (const account of accounts) {
    const where = account.organization === null ? 'Centro de Servicios' : account.organization;
    console.log(`  ${account.role.padEnd(15)} ${account.email.padEnd(42)} ${where}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
