import { describe, expect, it } from 'vitest';
import { type Env, loadSettings, type Settings } from './settings.js';
import { SettingsError } from './settings-error.js';

/** The problems loadSettings reports for `env`, or [] when it accepts it. */
function problemsOf(env: Env): readonly string[] {
  try {
    loadSettings(env);
    return [];
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
}

describe('loadSettings', () => {
  it('has safe defaults for an empty environment', () => {
    expect(loadSettings({})).toEqual<Settings>({
      port: 3000,
      host: '127.0.0.1',
      database: { kind: 'sqlite', path: './data/mesa.db' },
      dataDir: './data',
      nodeEnv: 'development',
      testClock: false,
      testClockStart: null,
      demo: true,
      admin: null,
      publicUrl: 'http://localhost:3000',
      trustProxy: false,
      logLevel: 'info',
      language: 'es',
      mailInboundPort: null,
      mailReplyAddress: 'soporte@mesa.localhost',
      smtpUrl: null,
      mailFrom: 'Mesa de servicios <soporte@mesa.localhost>',
      mailImap: null,
      mailImapPollSeconds: 60,
    });
  });

  it('returns a frozen object', () => {
    expect(Object.isFrozen(loadSettings({}))).toBe(true);
  });

  it.each<[string, Env, Partial<Settings>]>([
    ['an empty string as unset', { PORT: '', LOG_LEVEL: '' }, { port: 3000, logLevel: 'info' }],
    ['port 0 (any free port)', { PORT: '0' }, { port: 0 }],
    ['the highest port', { PORT: '65535' }, { port: 65_535 }],
    [
      'the port in the default public URL',
      { PORT: '8080' },
      { publicUrl: 'http://localhost:8080' },
    ],
    ['any host', { HOST: '0.0.0.0' }, { host: '0.0.0.0' }],
    [
      'a postgres:// URL',
      { DATABASE_URL: 'postgres://mesa:secret@db:5432/mesa' },
      { database: { kind: 'postgres', url: 'postgres://mesa:secret@db:5432/mesa' } },
    ],
    [
      'a postgresql:// URL in capitals',
      { DATABASE_URL: 'POSTGRESQL://db/mesa' },
      { database: { kind: 'postgres', url: 'POSTGRESQL://db/mesa' } },
    ],
    [
      'a SQLite path',
      { DATABASE_URL: '/var/lib/mesa/mesa.db' },
      { database: { kind: 'sqlite', path: '/var/lib/mesa/mesa.db' } },
    ],
    [
      'an in-memory SQLite database',
      { DATABASE_URL: ':memory:' },
      { database: { kind: 'sqlite', path: ':memory:' } },
    ],
    [
      'a default database file inside DATA_DIR',
      { DATA_DIR: '/srv/mesa/' },
      { dataDir: '/srv/mesa/', database: { kind: 'sqlite', path: '/srv/mesa/mesa.db' } },
    ],
    ['NODE_ENV=production', { NODE_ENV: 'production' }, { nodeEnv: 'production' }],
    ['the test clock outside production', { MESA_TEST_CLOCK: '1' }, { testClock: true }],
    [
      'the test clock off in production',
      { NODE_ENV: 'production', MESA_TEST_CLOCK: '0' },
      { testClock: false },
    ],
    ['demo data off', { MESA_DEMO: '0' }, { demo: false }],
    ['demo data on, spelled true', { MESA_DEMO: 'true' }, { demo: true }],
    ['demo data off, spelled false', { MESA_DEMO: 'false' }, { demo: false }],
    [
      'an admin account',
      { MESA_ADMIN_EMAIL: 'ana@opengroup.example', MESA_ADMIN_PASSWORD: 'doce-letras!' },
      { admin: { email: 'ana@opengroup.example', password: 'doce-letras!' } },
    ],
    [
      'a public URL without its trailing slash',
      { MESA_PUBLIC_URL: 'https://soporte.example.com/' },
      { publicUrl: 'https://soporte.example.com' },
    ],
    [
      'a public URL with a proxy prefix',
      { MESA_PUBLIC_URL: 'https://example.com/mesa/' },
      { publicUrl: 'https://example.com/mesa' },
    ],
    ['a trusted proxy', { MESA_TRUST_PROXY: '1' }, { trustProxy: true }],
    ['a log level', { LOG_LEVEL: 'silent' }, { logLevel: 'silent' }],
    ['English', { MESA_LANG: 'en' }, { language: 'en' }],
    ['an inbound SMTP port', { MAIL_INBOUND_PORT: '2525' }, { mailInboundPort: 2525 }],
    ['inbound SMTP on any free port', { MAIL_INBOUND_PORT: '0' }, { mailInboundPort: 0 }],
    ['inbound SMTP off when empty', { MAIL_INBOUND_PORT: '' }, { mailInboundPort: null }],
    [
      'a reply address',
      { MAIL_REPLY_ADDRESS: 'soporte@opengroup.com.co' },
      { mailReplyAddress: 'soporte@opengroup.com.co' },
    ],
    [
      'inbound SMTP in production with its reply address',
      {
        NODE_ENV: 'production',
        MAIL_INBOUND_PORT: '25',
        MAIL_REPLY_ADDRESS: 'mesa.soporte@opengroup.com.co',
      },
      { mailInboundPort: 25, mailReplyAddress: 'mesa.soporte@opengroup.com.co' },
    ],
    [
      'an SMTP server with credentials',
      { SMTP_URL: 'smtp://mesa:secreto@mail.opengroup.com.co:587' },
      { smtpUrl: 'smtp://mesa:secreto@mail.opengroup.com.co:587' },
    ],
    [
      'an IMAP mailbox to poll, its folder and interval',
      {
        MAIL_IMAP_URL: 'imaps://mesa%40opengroup.com.co:s%C3%A9creto@imap.opengroup.com.co/Soporte',
        MAIL_IMAP_POLL_SECONDS: '30',
      },
      {
        mailImap: {
          host: 'imap.opengroup.com.co',
          port: 993,
          secure: true,
          user: 'mesa@opengroup.com.co',
          password: 'sécreto',
          mailbox: 'Soporte',
        },
        mailImapPollSeconds: 30,
      },
    ],
    [
      'a test clock that starts on a chosen Monday',
      { MESA_TEST_CLOCK: '1', MESA_TEST_CLOCK_START: '2026-03-16T10:00:00-05:00' },
      { testClock: true, testClockStart: Date.parse('2026-03-16T15:00:00Z') },
    ],
    [
      'a sender',
      { MAIL_FROM: 'Centro de Servicios <soporte@opengroup.com.co>' },
      { mailFrom: 'Centro de Servicios <soporte@opengroup.com.co>' },
    ],
    [
      'the default reply address in production while inbound SMTP is off',
      { NODE_ENV: 'production' },
      { mailInboundPort: null, mailReplyAddress: 'soporte@mesa.localhost' },
    ],
  ])('accepts %s', (_case, env, expected) => {
    expect(loadSettings(env)).toMatchObject(expected);
  });

  it.each<[string, Env, string]>([
    [
      'a port that is not a number',
      { PORT: 'abc' },
      'PORT must be a whole number from 0 to 65535, got "abc".',
    ],
    [
      'a port out of range',
      { PORT: '65536' },
      'PORT must be a whole number from 0 to 65535, got "65536".',
    ],
    ['a negative port', { PORT: '-1' }, 'got "-1"'],
    ['a port with a fraction', { PORT: '80.5' }, 'got "80.5"'],
    ['a port in hexadecimal', { PORT: '0x50' }, 'got "0x50"'],
    ['a port with spaces', { PORT: ' 80' }, 'got " 80"'],
    [
      'a host with a space',
      { HOST: 'local host' },
      'HOST must be a host name or IP address, got "local host".',
    ],
    [
      'a database URL of another scheme',
      { DATABASE_URL: 'mysql://root@db/mesa' },
      'DATABASE_URL must be a postgres:// or postgresql:// URL or a SQLite file path; the scheme "mysql" is not supported',
    ],
    [
      'an http:// database URL',
      { DATABASE_URL: 'http://db:5432' },
      'the scheme "http" is not supported',
    ],
    [
      'a broken PostgreSQL URL',
      { DATABASE_URL: 'postgres://db:port/mesa' },
      'DATABASE_URL is not a valid PostgreSQL URL',
    ],
    [
      'an unknown NODE_ENV',
      { NODE_ENV: 'prod' },
      'NODE_ENV must be one of development, production, test; got "prod".',
    ],
    [
      'the test clock in production',
      { NODE_ENV: 'production', MESA_TEST_CLOCK: '1' },
      'MESA_TEST_CLOCK=1 is refused when NODE_ENV=production',
    ],
    [
      'a boolean spelled yes',
      { MESA_DEMO: 'yes' },
      'MESA_DEMO must be one of 0, 1, true, false; got "yes".',
    ],
    [
      'a boolean in capitals',
      { MESA_TRUST_PROXY: 'TRUE' },
      'MESA_TRUST_PROXY must be one of 0, 1, true, false; got "TRUE".',
    ],
    [
      'a boolean test clock spelled on',
      { MESA_TEST_CLOCK: 'on' },
      'MESA_TEST_CLOCK must be one of',
    ],
    [
      'an admin e-mail without its password',
      { MESA_ADMIN_EMAIL: 'ana@opengroup.example' },
      'MESA_ADMIN_EMAIL is set but MESA_ADMIN_PASSWORD is not; set both or neither.',
    ],
    [
      'an admin password without its e-mail',
      { MESA_ADMIN_PASSWORD: 'una-clave-larga-y-buena' },
      'MESA_ADMIN_PASSWORD is set but MESA_ADMIN_EMAIL is not; set both or neither.',
    ],
    [
      'an admin e-mail of the wrong shape',
      { MESA_ADMIN_EMAIL: 'ana@localhost', MESA_ADMIN_PASSWORD: 'una-clave-larga-y-buena' },
      'MESA_ADMIN_EMAIL must be an e-mail address such as admin@example.com, got "ana@localhost".',
    ],
    [
      'a short admin password',
      { MESA_ADMIN_EMAIL: 'ana@opengroup.example', MESA_ADMIN_PASSWORD: 'contraseña' },
      'MESA_ADMIN_PASSWORD must be at least 12 characters long, got 10 (the value is not shown).',
    ],
    [
      'a relative public URL',
      { MESA_PUBLIC_URL: 'soporte/mesa' },
      'MESA_PUBLIC_URL must be an absolute http:// or https:// URL, got "soporte/mesa".',
    ],
    [
      'a public URL without scheme',
      { MESA_PUBLIC_URL: 'localhost:3000' },
      'MESA_PUBLIC_URL must be an absolute http:// or https:// URL',
    ],
    [
      'an ftp public URL',
      { MESA_PUBLIC_URL: 'ftp://example.com' },
      'MESA_PUBLIC_URL must be an absolute http:// or https:// URL',
    ],
    [
      'a public URL with a query',
      { MESA_PUBLIC_URL: 'https://example.com/?a=1' },
      'MESA_PUBLIC_URL must not have a query or fragment',
    ],
    [
      'a public URL with credentials',
      { MESA_PUBLIC_URL: 'https://ana:clave@example.com' },
      'MESA_PUBLIC_URL must not contain a user name or password (the value is not shown).',
    ],
    [
      'an unknown log level',
      { LOG_LEVEL: 'verbose' },
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent; got "verbose".',
    ],
    [
      'an unknown language',
      { MESA_LANG: 'es-CO' },
      'MESA_LANG must be one of es, en; got "es-CO".',
    ],
    ['a value with a line break, escaped', { LOG_LEVEL: 'info\nx' }, 'got "info\\nx".'],
    [
      'an inbound SMTP port out of range',
      { MAIL_INBOUND_PORT: '70000' },
      'MAIL_INBOUND_PORT must be a whole number from 0 to 65535, got "70000".',
    ],
    ['an inbound SMTP port that is a word', { MAIL_INBOUND_PORT: 'smtp' }, 'got "smtp"'],
    [
      'a reply address with "+"',
      { MAIL_REPLY_ADDRESS: 'soporte+mesa@opengroup.com.co' },
      'MAIL_REPLY_ADDRESS must be a plain address such as soporte@mesa.example, without a name or "+" (mesa adds +<token> for each ticket), got "soporte+mesa@opengroup.com.co".',
    ],
    [
      'a reply address with a display name',
      { MAIL_REPLY_ADDRESS: 'Mesa <soporte@opengroup.com.co>' },
      'MAIL_REPLY_ADDRESS must be a plain address',
    ],
    [
      'a reply address with a header injection, escaped',
      { MAIL_REPLY_ADDRESS: 'soporte@x.co\r\nBcc: y@z.co' },
      'got "soporte@x.co\\r\\nBcc: y@z.co".',
    ],
    ['a reply address without a domain', { MAIL_REPLY_ADDRESS: 'soporte' }, 'MAIL_REPLY_ADDRESS'],
    [
      'inbound SMTP in production without a reply address',
      { NODE_ENV: 'production', MAIL_INBOUND_PORT: '25' },
      'MAIL_REPLY_ADDRESS must be set when MAIL_INBOUND_PORT is set with NODE_ENV=production: the default soporte@mesa.localhost cannot receive mail.',
    ],
    [
      'a test clock start without the test clock',
      { MESA_TEST_CLOCK_START: '2026-03-16T10:00:00-05:00' },
      'MESA_TEST_CLOCK_START needs MESA_TEST_CLOCK=1.',
    ],
    [
      'a test clock start without an offset',
      { MESA_TEST_CLOCK: '1', MESA_TEST_CLOCK_START: '2026-03-16T10:00:00' },
      'MESA_TEST_CLOCK_START must be an instant',
    ],
    ['an SMTP URL of another scheme', { SMTP_URL: 'http://mail.example.com' }, 'SMTP_URL must'],
    ['an SMTP URL that is no URL', { SMTP_URL: 'mail.example.com:25' }, 'SMTP_URL must'],
    [
      'an SMTP URL, without echoing its password',
      { SMTP_URL: 'imap://u:s3creto@mail.example.com' },
      'smtp://user:password@host:587',
    ],
    ['a sender with a line break', { MAIL_FROM: 'Mesa <a@b.co>\nBcc: x@y.co' }, 'MAIL_FROM must'],
    [
      'an IMAP URL of another scheme, without echoing its password',
      { MAIL_IMAP_URL: 'pop3://u:s3creto@mail.example.com' },
      'imaps://user:password@host:993/INBOX',
    ],
    ['an IMAP URL without a user', { MAIL_IMAP_URL: 'imap://mail.example.com' }, 'MAIL_IMAP_URL'],
    ['a poll of less than 5 seconds', { MAIL_IMAP_POLL_SECONDS: '1' }, 'MAIL_IMAP_POLL_SECONDS'],
  ])('refuses %s', (_case, env, expected) => {
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });

  it('reports several problems together, one per bad variable', () => {
    const problems = problemsOf({
      PORT: '99999',
      DATABASE_URL: 'mysql://db/mesa',
      NODE_ENV: 'production',
      MESA_TEST_CLOCK: '1',
      MESA_DEMO: 'si',
      MESA_ADMIN_EMAIL: 'admin@opengroup.example',
      LOG_LEVEL: 'loud',
      MESA_LANG: 'fr',
    });
    expect(problems).toHaveLength(7);
    for (const variable of [
      'PORT',
      'DATABASE_URL',
      'MESA_TEST_CLOCK',
      'MESA_DEMO',
      'MESA_ADMIN_PASSWORD',
      'LOG_LEVEL',
      'MESA_LANG',
    ]) {
      expect(
        problems.some(
          (problem) => problem.startsWith(variable) || problem.includes(` ${variable}`),
        ),
      ).toBe(true);
    }
  });

  it('lists the problems in the error message too, for logs that show only the message', () => {
    const error = (() => {
      try {
        loadSettings({ PORT: 'x', MESA_LANG: 'fr' });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(SettingsError);
    expect(error).toMatchObject({ name: 'SettingsError', code: 'INVALID_SETTINGS' });
    expect((error as SettingsError).message).toBe(
      'Invalid environment settings (2):\n' +
        '  - PORT must be a whole number from 0 to 65535, got "x".\n' +
        '  - MESA_LANG must be one of es, en; got "fr".',
    );
  });

  it('never shows a password in a problem', () => {
    const problems = problemsOf({
      DATABASE_URL: 'mysql://root:hunter2@db/mesa',
      MESA_ADMIN_PASSWORD: 'pw-corta',
      MESA_PUBLIC_URL: 'https://ana:s3creto@example.com',
    });
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toContain('mysql://root:***@db/mesa');
    for (const secret of ['hunter2', 'pw-corta', 's3creto']) {
      expect(problems.join('\n')).not.toContain(secret);
    }
  });
});
