import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Command } from './command.js';
import { holidaysCommand } from './holidays-command.js';
import { runCli } from './run-cli.js';
import { slaCommand } from './sla-command.js';

const commands: readonly Command[] = [slaCommand, holidaysCommand];

/** Runs the CLI in-process with in-memory streams. */
async function run(
  args: readonly string[],
  options: { input?: string | Readable; env?: Record<string, string> } = {},
) {
  const stdin =
    options.input instanceof Readable ? options.input : Readable.from([options.input ?? '']);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.setEncoding('utf8').on('data', (d: string) => {
    out += d;
  });
  stderr.setEncoding('utf8').on('data', (d: string) => {
    err += d;
  });
  const status = await runCli(args, commands, { stdin, stdout, stderr, env: options.env ?? {} });
  return { status, stdout: out, stderr: err };
}

const ticket = [
  '--modality',
  '5x8',
  '--impact',
  'high',
  '--channel',
  'web',
  '--created',
  '2026-03-20T17:30:00-05:00',
];

describe('mesa sla deadline (in-process)', () => {
  it('prints no explanation, warning or notice unless asked', async () => {
    const { status, stdout } = await run(['sla', 'deadline', ...ticket]);
    expect(status).toBe(0);
    expect(Object.keys(JSON.parse(stdout))).toEqual([
      'clockStartsAt',
      'firstResponseDueAt',
      'notificationsDueAt',
      'calendar',
      'callTheCenter',
    ]);
  });

  it('counts pauses and defaults services to support', async () => {
    const paused = await run([
      'sla',
      'deadline',
      ...ticket,
      '--pause',
      '2026-03-20T17:40:00-05:00/2026-03-20T17:50:00-05:00',
      '--pause',
      '2026-03-24T08:00:00-05:00/2026-03-24T08:05:00-05:00',
    ]);
    expect(JSON.parse(paused.stdout).firstResponseDueAt).toBe('2026-03-24T08:45:00-05:00');
    const change = await run(['sla', 'deadline', ...ticket, '--impact', 'change']);
    expect(change.stderr).toMatch(/^error: CHANGE_REQUIRES_MANAGED_SERVICE: /);
    const managed = await run([
      'sla',
      'deadline',
      ...ticket,
      '--impact',
      'change',
      '--services',
      'support, managed',
    ]);
    expect(managed.status).toBe(0);
  });

  it('names holidays in English with --lang en', async () => {
    const { stdout } = await run(['sla', 'deadline', ...ticket, '--explain', '--lang', 'en']);
    const skipped = JSON.parse(stdout).explanation.firstResponse.skipped;
    expect(skipped).toContainEqual(
      expect.objectContaining({ reason: 'holiday', label: 'public holiday', name: 'Saint Joseph' }),
    );
  });

  it('tells the user of a 7x24 high case written out of hours to call, in English too', async () => {
    const args = ['sla', 'deadline', ...ticket, '--modality', '7x24'];
    const sunday = ['--created', '2026-03-22T03:00:00-05:00'];
    const es = JSON.parse((await run([...args, ...sunday])).stdout);
    const en = JSON.parse((await run([...args, ...sunday], { env: { MESA_LANG: 'en' } })).stdout);
    expect(es.callTheCenter).toBe(true);
    expect(es.notice).toContain('línea nacional (+57) 2 486 8080 opción 2');
    expect(en.notice).toContain('national line (+57) 2 486 8080');
  });
});

describe('mesa errors (in-process)', () => {
  it.each([
    [['frobnicate'], 'UNKNOWN_COMMAND'],
    [[], 'MISSING_COMMAND'],
    [['sla'], 'MISSING_COMMAND'],
    [['sla', 'nope'], 'UNKNOWN_COMMAND'],
    [['--verbose'], 'UNKNOWN_FLAG'],
    [['sla', 'deadline', ...ticket, '--verbose'], 'UNKNOWN_FLAG'],
    [['sla', 'deadline', ...ticket, 'extra'], 'UNEXPECTED_ARGUMENT'],
    [['sla', 'deadline', '--impact', 'high'], 'MISSING_FLAG'],
    [['sla', 'deadline', ...ticket, '--waiting-since'], 'MISSING_FLAG_VALUE'],
    [['sla', 'deadline', '--created', '--explain'], 'MISSING_FLAG_VALUE'],
    [['sla', 'deadline', ...ticket, '--explain=yes'], 'FLAG_TAKES_NO_VALUE'],
    [['sla', 'deadline', ...ticket, '--channel', 'fax'], 'INVALID_CHANNEL'],
    [['sla', 'deadline', ...ticket, '--services', 'support,'], 'INVALID_SERVICE'],
    [['sla', 'deadline', ...ticket, '--created', 'yesterday'], 'INVALID_INSTANT'],
    [['sla', 'deadline', ...ticket, '--pause', 'a-b'], 'INVALID_PAUSE'],
    [
      ['sla', 'deadline', ...ticket, '--waiting-since', '2026-03-19T09:00:00-05:00'],
      'INVALID_INTERVAL',
    ],
    [['sla', 'batch', '--explain'], 'UNKNOWN_FLAG'],
    [['holidays'], 'MISSING_FLAG'],
    [['holidays', '--year', '20x6'], 'INVALID_YEAR'],
    [['holidays', '--year', '2200'], 'YEAR_OUT_OF_RANGE'],
    [['holidays', '--year', '2026', '--lang', 'fr'], 'INVALID_LANGUAGE'],
  ])('mesa %j → exit 2 with one %s line', async (args, code) => {
    const { status, stdout, stderr } = await run(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.startsWith(`error: ${code}: `)).toBe(true);
    expect(stderr.indexOf('\n')).toBe(stderr.length - 1);
  });

  it('speaks Spanish by default, English with --lang en or MESA_LANG=en; --lang wins', async () => {
    const args = ['sla', 'deadline', '--modality', '5x8'];
    expect((await run(args)).stderr).toBe(
      'error: MISSING_FLAG: Falta la opción obligatoria --impact.\n',
    );
    const english = 'error: MISSING_FLAG: The option --impact is required.\n';
    expect((await run([...args, '--lang', 'en'])).stderr).toBe(english);
    expect((await run(['--lang=en', ...args])).stderr).toBe(english);
    expect((await run(args, { env: { MESA_LANG: 'en' } })).stderr).toBe(english);
    expect((await run([...args, '--lang', 'es'], { env: { MESA_LANG: 'en' } })).stderr).toBe(
      'error: MISSING_FLAG: Falta la opción obligatoria --impact.\n',
    );
  });

  it('keeps a user value with a line break on one line', async () => {
    const { stderr } = await run(['sla', 'deadline', ...ticket, '--modality', 'a\nb']);
    expect(stderr).toBe(
      'error: INVALID_MODALITY: Modalidad desconocida: «a\\nb». Use 5x8, 6x8 o 7x24.\n',
    );
  });

  it('reports unreadable stdin in one line with exit 1, after the answers so far', async () => {
    let sent = false;
    const broken = new Readable({
      read() {
        if (sent) {
          this.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }));
          return;
        }
        sent = true;
        this.push('{"id":"c1"}\n');
      },
    });
    const { status, stdout, stderr } = await run(['sla', 'batch'], { input: broken });
    expect(status).toBe(1);
    expect(stdout).toContain('"code":"MISSING_FIELD"');
    expect(stderr).toBe(
      'error: STDIN_UNREADABLE: No se pudo leer la entrada estándar: EIO: i/o error, read\n',
    );
  });

  it('reports an unexpected failure in one line with exit 1', async () => {
    const failing: Command = {
      name: 'boom',
      summary: { es: '', en: '' },
      help: () => '',
      run: () => Promise.reject(new TypeError('x is not a function')),
    };
    const stderr = new PassThrough();
    let err = '';
    stderr.setEncoding('utf8').on('data', (d: string) => {
      err += d;
    });
    const status = await runCli(['boom'], [failing], {
      stdin: Readable.from([]),
      stdout: new PassThrough(),
      stderr,
      env: {},
    });
    expect(status).toBe(1);
    expect(err).toBe('error: INTERNAL_ERROR: Error inesperado: x is not a function\n');
  });
});

describe('mesa help (in-process)', () => {
  it.each([
    [['--help'], 'Comandos:'],
    [['help'], 'Comandos:'],
    [['-h', '--lang', 'en'], 'Commands:'],
    [['sla', '--help'], 'Uso: mesa sla'],
    [['help', 'sla'], 'Uso: mesa sla'],
    [['sla', '--help', '--lang', 'en'], 'Usage: mesa sla'],
    [['sla', 'deadline', '--help'], 'Uso: mesa sla deadline'],
    [['sla', 'batch', '-h', '--lang', 'en'], 'Usage: mesa sla batch'],
    [['help', 'holidays'], 'Uso: mesa holidays'],
    [['sla', 'deadline', '--modality', '9x9', '--help'], 'Uso: mesa sla deadline'],
  ])('mesa %j prints usage and exits 0', async (args, heading) => {
    const { status, stdout, stderr } = await run(args);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain(heading);
  });

  it('lists every registered command and documents skipped blank lines', async () => {
    expect((await run(['--help'])).stdout).toMatch(/sla deadline[\s\S]*sla batch[\s\S]*holidays/);
    expect((await run(['sla', '--help'])).stdout).toContain('Las líneas en blanco');
    expect((await run(['sla', '--help', '--lang', 'en'])).stdout).toContain('Blank lines');
  });
});

describe('mesa sla batch (in-process)', () => {
  it('skips blank lines, strips a leading byte-order mark and reads CRLF', async () => {
    const line = (id: string) =>
      `{"id":"${id}","modality":"6x8","impact":"low","channel":"email","createdAt":"2026-03-21T10:00:00-05:00"}`;
    const input = `\uFEFF${line('a')}\r\n\r\n   \r\n${line('b')}\r\n`;
    const { status, stdout } = await run(['sla', 'batch'], { input });
    expect(status).toBe(0);
    const answers = stdout
      .trimEnd()
      .split('\n')
      .map((a) => JSON.parse(a));
    expect(answers.map((a) => [a.id, a.error])).toEqual([
      ['a', undefined],
      ['b', undefined],
    ]);
  });

  it('waits for a slow reader instead of buffering everything', async () => {
    const lines = Array.from(
      { length: 5000 },
      (_, i) =>
        `{"id":${i},"modality":"5x8","impact":"high","channel":"web","createdAt":"2026-03-20T17:30:00-05:00"}\n`,
    );
    let received = '';
    let maxBuffered = 0;
    const slow: Writable = new Writable({
      highWaterMark: 1024,
      write(chunk, _encoding, done) {
        received += String(chunk);
        maxBuffered = Math.max(maxBuffered, slow.writableLength);
        setTimeout(done, 1);
      },
    });
    const status = await runCli(['sla', 'batch'], commands, {
      stdin: Readable.from(lines),
      stdout: slow,
      stderr: new PassThrough(),
      env: {},
    });
    await new Promise<void>((resolve) => slow.end(resolve));
    expect(status).toBe(0);
    const ids = received
      .trimEnd()
      .split('\n')
      .map((a) => JSON.parse(a).id);
    expect(ids).toEqual(lines.map((_, i) => i));
    // A chunk is 64 KiB; without backpressure the whole ~1 MB output would queue up.
    expect(maxBuffered).toBeLessThan(200 * 1024);
  });
});

describe('mesa holidays (in-process)', () => {
  it('prints the year as a JSON array, names in English with --lang en', async () => {
    const es = JSON.parse((await run(['holidays', '--year', '2026'])).stdout);
    const en = JSON.parse((await run(['holidays', '--year', '2026', '--lang', 'en'])).stdout);
    expect(es[0]).toEqual({ date: '2026-01-01', name: 'Año Nuevo' });
    expect(en.map((h: { date: string }) => h.date)).toEqual(
      es.map((h: { date: string }) => h.date),
    );
    expect(en).toContainEqual({ date: '2026-03-23', name: 'Saint Joseph' });
  });
});
