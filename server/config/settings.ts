/**
 * The process settings, read once at start from the environment and validated as a whole:
 * every problem is listed at once in a SettingsError (STYLE.md). Pure: it reads only the `env`
 * object it is given. Settings an admin edits (levels, calendars, SMTP, directory) live in the
 * database, not here.
 */

import type { Language } from '../domain/errors.js';
import { type ImapMailbox, parseImapUrl } from '../mail/inbound/imap-mailbox-poller.js';
import { isReplyBaseAddress } from '../mail/inbound/ticket-reference.js';
import { type DatabaseSettings, parseDatabaseUrl } from './database-url.js';
import { type Env, EnvReader, show } from './env-reader.js';
import { SettingsError } from './settings-error.js';

export type { DatabaseSettings } from './database-url.js';
export type { Env } from './env-reader.js';

/** Log levels, from most to least severe; `silent` turns logging off. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
/** One of LOG_LEVELS. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** NODE_ENV values mesa knows; a typo such as `prod` must not pass for "not production". */
export const NODE_ENVS = ['development', 'production', 'test'] as const;
/** One of NODE_ENVS. */
export type NodeEnv = (typeof NODE_ENVS)[number];

/** The first admin account, created at start when both MESA_ADMIN_* variables are set. */
export interface AdminAccount {
  readonly email: string;
  readonly password: string;
}

/** Everything the composition root needs from the environment, validated. */
export interface Settings {
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseSettings;
  readonly dataDir: string;
  readonly nodeEnv: NodeEnv;
  /** A settable clock for end-to-end tests; never in production. */
  readonly testClock: boolean;
  /** Where the test clock starts (MESA_TEST_CLOCK_START); null: the machine's now. */
  readonly testClockStart: number | null;
  /** Load the demo organizations, users and FAQ (server/demo). */
  readonly demo: boolean;
  readonly admin: AdminAccount | null;
  /** Base of the links mesa writes (e-mails), without a trailing slash. */
  readonly publicUrl: string;
  /** Behind a TLS-terminating proxy: trust X-Forwarded-* and mark cookies Secure. */
  readonly trustProxy: boolean;
  readonly logLevel: LogLevel;
  /** Language of messages that have no user to take it from (logs aside): es-CO first. */
  readonly language: Language;
  /** Port of the inbound SMTP listener (e-mail replies); null: inbound e-mail is off. */
  readonly mailInboundPort: number | null;
  /** The address mesa's e-mails are answered at; each ticket adds `+<reply token>` to it. */
  readonly mailReplyAddress: string;
  /** Outbound SMTP server (smtp:// or smtps://, credentials allowed); null: `.eml` files. */
  readonly smtpUrl: string | null;
  /** The From header of mesa's e-mails. */
  readonly mailFrom: string;
  /** An IMAP mailbox to poll for inbound e-mail (MAIL_IMAP_URL); null: none. */
  readonly mailImap: ImapMailbox | null;
  /** Seconds between two polls of that mailbox (MAIL_IMAP_POLL_SECONDS). */
  readonly mailImapPollSeconds: number;
}

const ADMIN_PASSWORD_MIN_LENGTH = 12;
// `.localhost` is reserved (RFC 6761 §6.3): mail to it never leaves the machine, so an install
// that has not chosen its address cannot send customers' replies to a domain someone else owns.
const DEFAULT_MAIL_REPLY_ADDRESS = 'soporte@mesa.localhost';
// A shape check, not RFC 5322: one '@', no spaces, a dot in the domain.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

/** Validates the environment into Settings, or throws a SettingsError listing every problem. */
export function loadSettings(env: Env): Settings {
  const read = new EnvReader(env);

  const port = read.integer('PORT', 3000, 0, 65_535);
  // Loopback by default: a fresh install carries demo users with a published password, so it
  // must not be reachable from the network until someone chooses to (HOST=0.0.0.0 in a container).
  const host = read.text('HOST', '127.0.0.1');
  if (/\s/.test(host)) read.problem(`HOST must be a host name or IP address, got ${show(host)}.`);
  const dataDir = read.text('DATA_DIR', './data');
  const nodeEnv = read.oneOf('NODE_ENV', NODE_ENVS, 'development');
  const testClock = read.boolean('MESA_TEST_CLOCK', false);
  if (testClock && nodeEnv === 'production') {
    read.problem(
      `MESA_TEST_CLOCK=${read.raw('MESA_TEST_CLOCK')} is refused when NODE_ENV=production: ` +
        'a settable clock would let anyone move SLA deadlines.',
    );
  }

  const settings: Settings = {
    port,
    host,
    database: readDatabase(read, dataDir),
    dataDir,
    nodeEnv,
    testClock,
    testClockStart: readTestClockStart(read, testClock),
    demo: read.boolean('MESA_DEMO', true),
    admin: readAdmin(read),
    publicUrl: readPublicUrl(read, port),
    trustProxy: read.boolean('MESA_TRUST_PROXY', false),
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    language: read.oneOf<Language>('MESA_LANG', ['es', 'en'], 'es'),
    ...readMail(read, nodeEnv),
  };
  if (read.problems.length > 0) throw new SettingsError(read.problems);
  return Object.freeze(settings);
}

// The default file follows DATA_DIR (./data/mesa.db with the defaults), so moving the data
// directory does not leave the database behind.
function readDatabase(read: EnvReader, dataDir: string): DatabaseSettings {
  const fallback: DatabaseSettings = {
    kind: 'sqlite',
    path: `${dataDir.replace(/\/+$/, '')}/mesa.db`,
  };
  const value = read.raw('DATABASE_URL');
  if (value === undefined) return fallback;
  const result = parseDatabaseUrl(value);
  if (result.ok) return result.database;
  read.problem(result.problem);
  return fallback;
}

// Both or neither: half an admin account is a mistake, not a wish. The password's value never
// appears in a problem, only its length.
function readAdmin(read: EnvReader): AdminAccount | null {
  const email = read.raw('MESA_ADMIN_EMAIL');
  const password = read.raw('MESA_ADMIN_PASSWORD');
  if (email !== undefined && !EMAIL_SHAPE.test(email)) {
    read.problem(
      `MESA_ADMIN_EMAIL must be an e-mail address such as admin@example.com, got ${show(email)}.`,
    );
  }
  const length = password === undefined ? 0 : [...password].length;
  if (password !== undefined && length < ADMIN_PASSWORD_MIN_LENGTH) {
    read.problem(
      `MESA_ADMIN_PASSWORD must be at least ${ADMIN_PASSWORD_MIN_LENGTH} characters long, ` +
        `got ${length} (the value is not shown).`,
    );
  }
  if (email === undefined && password !== undefined) {
    read.problem('MESA_ADMIN_PASSWORD is set but MESA_ADMIN_EMAIL is not; set both or neither.');
  }
  if (email !== undefined && password === undefined) {
    read.problem('MESA_ADMIN_EMAIL is set but MESA_ADMIN_PASSWORD is not; set both or neither.');
  }
  return email !== undefined && password !== undefined ? { email, password } : null;
}

// A demo or a test may start virtual time at a chosen instant, so due work is due at once.
function readTestClockStart(read: EnvReader, testClock: boolean): number | null {
  const value = read.raw('MESA_TEST_CLOCK_START');
  if (value === undefined || value === '') return null;
  const instant = Date.parse(value);
  if (
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) ||
    Number.isNaN(instant)
  ) {
    read.problem(
      `MESA_TEST_CLOCK_START must be an instant with its offset, such as 2026-03-16T10:00:00-05:00, got ${show(value)}.`,
    );
    return null;
  }
  if (!testClock) read.problem('MESA_TEST_CLOCK_START needs MESA_TEST_CLOCK=1.');
  return instant;
}

// Inbound e-mail is off unless a port is given. With it on in production the reply address
// must be chosen: the .localhost default would make every customer's reply undeliverable.
function readMail(
  read: EnvReader,
  nodeEnv: NodeEnv,
): Pick<
  Settings,
  | 'mailInboundPort'
  | 'mailReplyAddress'
  | 'smtpUrl'
  | 'mailFrom'
  | 'mailImap'
  | 'mailImapPollSeconds'
> {
  const mailInboundPort =
    read.raw('MAIL_INBOUND_PORT') === undefined
      ? null
      : read.integer('MAIL_INBOUND_PORT', 0, 0, 65_535);
  const address = read.raw('MAIL_REPLY_ADDRESS');
  if (address !== undefined && !isReplyBaseAddress(address)) {
    read.problem(
      'MAIL_REPLY_ADDRESS must be a plain address such as soporte@mesa.example, without a name ' +
        `or "+" (mesa adds +<token> for each ticket), got ${show(address)}.`,
    );
  }
  if (address === undefined && mailInboundPort !== null && nodeEnv === 'production') {
    read.problem(
      'MAIL_REPLY_ADDRESS must be set when MAIL_INBOUND_PORT is set with NODE_ENV=production: ' +
        `the default ${DEFAULT_MAIL_REPLY_ADDRESS} cannot receive mail.`,
    );
  }
  const smtpUrl = read.raw('SMTP_URL') ?? null;
  if (smtpUrl !== null) {
    const url = URL.canParse(smtpUrl) ? new URL(smtpUrl) : undefined;
    if (
      url === undefined ||
      (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') ||
      !url.hostname
    ) {
      // The value may hold a password: never echo it.
      read.problem('SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465.');
    }
  }
  const mailReplyAddress = address ?? DEFAULT_MAIL_REPLY_ADDRESS;
  // A bad reply address is reported once, not again through the sender built from it.
  const sender = isReplyBaseAddress(mailReplyAddress)
    ? mailReplyAddress
    : DEFAULT_MAIL_REPLY_ADDRESS;
  const mailFrom = read.raw('MAIL_FROM') ?? `Mesa de servicios <${sender}>`;
  if (/[\r\n]/.test(mailFrom) || !/@/.test(mailFrom)) {
    read.problem(`MAIL_FROM must be one line with an address, got ${show(mailFrom)}.`);
  }
  const imapUrl = read.raw('MAIL_IMAP_URL');
  const mailImap = imapUrl === undefined ? null : parseImapUrl(imapUrl);
  if (imapUrl !== undefined && mailImap === null) {
    // The value holds a password: never echo it.
    read.problem('MAIL_IMAP_URL must look like imaps://user:password@host:993/INBOX.');
  }
  const mailImapPollSeconds = read.integer('MAIL_IMAP_POLL_SECONDS', 60, 5, 3_600);
  return { mailInboundPort, mailReplyAddress, smtpUrl, mailFrom, mailImap, mailImapPollSeconds };
}

// Links are built as `${publicUrl}/tickets/…`, so the base keeps its path (a proxy prefix) but
// loses the trailing slash, and may not carry a query, a fragment or credentials.
function readPublicUrl(read: EnvReader, port: number): string {
  const value = read.raw('MESA_PUBLIC_URL');
  if (value === undefined) return `http://localhost:${port}`;
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    read.problem(
      `MESA_PUBLIC_URL must be an absolute http:// or https:// URL, got ${show(value)}.`,
    );
    return '';
  }
  if (url.username !== '' || url.password !== '') {
    read.problem(
      'MESA_PUBLIC_URL must not contain a user name or password (the value is not shown).',
    );
    return '';
  }
  if (url.search !== '' || url.hash !== '') {
    read.problem(`MESA_PUBLIC_URL must not have a query or fragment, got ${show(value)}.`);
    return '';
  }
  return url.href.replace(/\/+$/, '');
}
