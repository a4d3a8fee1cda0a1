import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { systemClock } from '../app/clock.js';
import { OPERATOR } from '../app/identity/operator.js';
import { createServices } from '../app/services.js';
import { openDatabase } from '../storage/db.js';
import { migrateCommand } from './migrate-command.js';
import { runCli } from './run-cli.js';
import { userCommand } from './user-command.js';

const dir = mkdtempSync(join(tmpdir(), 'mesa-cli-'));
const env = { DATA_DIR: dir, DATABASE_URL: join(dir, 'mesa.db') };

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: readonly string[], extraEnv: Record<string, string> = {}) {
  const stdout = new PassThrough().setEncoding('utf8');
  const stderr = new PassThrough().setEncoding('utf8');
  let out = '';
  let err = '';
  stdout.on('data', (d: string) => {
    out += d;
  });
  stderr.on('data', (d: string) => {
    err += d;
  });
  const status = await runCli(args, [migrateCommand, userCommand], {
    stdin: Readable.from(['']),
    stdout,
    stderr,
    env: { ...env, ...extraEnv },
  });
  return { status, stdout: out, stderr: err };
}

describe('mesa migrate', () => {
  it('applies the migrations once, then says the database is up to date', async () => {
    const first = await run(['migrate']);
    expect(first).toMatchObject({ status: 0, stderr: '' });
    expect(first.stdout).toContain('0001-initial');
    expect((await run(['migrate', '--lang', 'en'])).stdout).toBe(
      'The database is already up to date.\n',
    );
  });

  it('lists every settings problem on one line and exits 2', async () => {
    const result = await run(['migrate'], { PORT: 'abc' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^error: INVALID_SETTINGS: .*PORT/);
  });
});

describe('mesa user create', () => {
  it('creates a user with the password from MESA_USER_PASSWORD and prints it', async () => {
    const result = await run(
      ['user', 'create', '--email', 'Admin@Example.com', '--name', 'Ada', '--role', 'admin'],
      { MESA_USER_PASSWORD: 'una-clave-muy-larga' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      email: 'admin@example.com',
      name: 'Ada',
      role: 'admin',
      organizationId: null,
      active: true,
    });
  });

  it('finds the organization by name for customers', async () => {
    const db = openDatabase({ kind: 'sqlite', path: env.DATABASE_URL });
    try {
      const services = createServices({ db, clock: systemClock, dataDir: dir });
      const organization = await services.organizations.create(OPERATOR, { name: 'Acme S.A.S.' });
      const result = await run([
        'user',
        'create',
        '--email',
        'cliente@acme.co',
        '--name',
        'Cliente',
        '--role',
        'customer',
        '--organization',
        'Acme S.A.S.',
        '--password',
        'otra-clave-muy-larga',
      ]);
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout).organizationId).toBe(organization.id);
    } finally {
      await db.close();
    }
  });

  it.each([
    [['--email', 'admin@example.com', '--name', 'X', '--role', 'admin'], 'EMAIL_TAKEN'],
    [['--email', 'z@example.com', '--name', 'X', '--role', 'customer'], 'ORGANIZATION_REQUIRED'],
    [['--email', 'z@example.com', '--name', 'X', '--role', 'boss'], 'INVALID_ROLE'],
    [
      ['--email', 'z@example.com', '--name', 'X', '--role', 'customer', '--organization', 'Nadie'],
      'NOT_FOUND',
    ],
    [['--email', 'z@example.com', '--name', 'X'], 'MISSING_FLAG'],
  ])('refuses %j with %s and exit status 2', async (flags, code) => {
    const result = await run(['user', 'create', ...flags], {
      MESA_USER_PASSWORD: 'una-clave-muy-larga',
    });
    expect(result.status).toBe(2);
    expect(result.stderr.startsWith(`error: ${code}: `)).toBe(true);
  });

  it('needs a password from --password or MESA_USER_PASSWORD, of at least 12 characters', async () => {
    const base = ['user', 'create', '--email', 'p@example.com', '--name', 'P', '--role', 'agent'];
    expect((await run(base)).stderr).toBe(
      'error: MISSING_FLAG: Falta la opción obligatoria --password.\n',
    );
    expect((await run([...base, '--password', 'corta'])).stderr).toBe(
      'error: WEAK_PASSWORD: La contraseña debe tener al menos 12 caracteres.\n',
    );
  });
});
