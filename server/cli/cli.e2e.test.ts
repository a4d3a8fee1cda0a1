/**
 * End to end: the real `mesa` CLI as a child process, through tsx. Few cases on purpose (each
 * spawn costs about half a second); the in-process tests cover the rest.
 */

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `mesa …args` with `input` on stdin, as `npm run mesa` would (tsx server/cli/main.ts). */
function mesa(args: readonly string[], input = ''): Promise<Run> {
  const { MESA_LANG: _ignored, ...env } = process.env;
  const child = spawn(join(root, 'node_modules/.bin/tsx'), ['server/cli/main.ts', ...args], {
    cwd: root,
    env,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  child.stdin.end(input);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const created = '2026-03-20T17:30:00-05:00';

describe.concurrent('mesa (child process)', () => {
  it('sla deadline --explain: San José (Mon 23 Mar 2026) is skipped by name', async () => {
    const run = await mesa([
      'sla',
      'deadline',
      '--modality',
      '5x8',
      '--impact',
      'high',
      '--channel',
      'web',
      '--created',
      created,
      '--waiting-since',
      '2026-03-24T09:00:00-05:00',
      '--explain',
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({
      clockStartsAt: '2026-03-20T17:30:00-05:00',
      firstResponseDueAt: '2026-03-24T08:30:00-05:00',
      notificationsDueAt: [
        '2026-03-24T10:30:00-05:00',
        '2026-03-24T15:30:00-05:00',
        '2026-03-25T08:30:00-05:00',
      ],
      warningAt: '2026-03-24T12:00:00-05:00',
      autoCloseAt: '2026-03-24T17:00:00-05:00',
      calendar: '5x8',
      callTheCenter: false,
    });
    expect(out.notice).toBeUndefined();
    expect(out.explanation.firstResponse.skipped).toContainEqual({
      start: '2026-03-23T00:00:00-05:00',
      end: '2026-03-24T00:00:00-05:00',
      reason: 'holiday',
      label: 'festivo',
      name: 'San José',
    });
    expect(out.explanation.firstResponse.countedMinutes).toBe(60);
    expect(out.explanation.notifications).toHaveLength(3);
    expect(out.explanation.warning.to).toBe('2026-03-24T12:00:00-05:00');
    expect(out.explanation.autoClose.to).toBe('2026-03-24T17:00:00-05:00');
  });

  it('sla deadline: a 7x24 high web ticket on a Sunday night waits for Monday 08:00', async () => {
    const run = await mesa([
      'sla',
      'deadline',
      '--modality',
      '7x24',
      '--impact',
      'high',
      '--channel',
      'web',
      '--created',
      '2026-03-22T03:00:00-05:00',
    ]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({
      clockStartsAt: '2026-03-23T08:00:00-05:00',
      firstResponseDueAt: '2026-03-23T09:00:00-05:00',
      callTheCenter: true,
    });
    expect(out.notice).toContain('(+57) 2 486 8080 opción 2');
  });

  it('sla batch: one answer per non-blank line, in order, errors included; exit 0', async () => {
    const lines = [
      `{"id":"c1","modality":"5x8","impact":"high","channel":"web","createdAt":"${created}","waitingSince":"2026-03-24T09:00:00-05:00"}`,
      '{"id":"c2","modality":',
      `{"id":"c3","modality":"5x8","impact":"urgent","channel":"web","createdAt":"${created}"}`,
      '',
      '{"id":"c4","modality":"5x8","impact":"high","channel":"web","createdAt":"2026-03-20T17:30:00"}',
      `{"id":"c5","modality":"5x8","impact":"change","channel":"web","createdAt":"${created}"}`,
      `{"id":"c6","modality":"5x8","impact":"high","channel":"web","createdAt":"${created}"}`,
    ];
    const run = await mesa(['sla', 'batch'], `${lines.join('\n')}\n`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const answers = run.stdout.trimEnd().split('\n');
    expect(answers).toHaveLength(6);
    expect(answers[0]).toBe(
      '{"id":"c1","clockStartsAt":"2026-03-20T17:30:00-05:00","firstResponseDueAt":"2026-03-24T08:30:00-05:00","notificationsDueAt":["2026-03-24T10:30:00-05:00","2026-03-24T15:30:00-05:00","2026-03-25T08:30:00-05:00"],"warningAt":"2026-03-24T12:00:00-05:00","autoCloseAt":"2026-03-24T17:00:00-05:00"}',
    );
    const parsed = answers.map((a) => JSON.parse(a));
    expect(parsed.map((a) => [a.id, a.error?.code])).toEqual([
      ['c1', undefined],
      [null, 'INVALID_JSON'],
      ['c3', 'INVALID_IMPACT'],
      ['c4', 'INSTANT_WITHOUT_OFFSET'],
      ['c5', 'CHANGE_REQUIRES_MANAGED_SERVICE'],
      ['c6', undefined],
    ]);
    expect(parsed[2].error.message).toBe(
      'Nivel de impacto desconocido: «urgent». Use high, medium, low o change.',
    );
    expect(Object.keys(parsed[5])).toEqual([
      'id',
      'clockStartsAt',
      'firstResponseDueAt',
      'notificationsDueAt',
    ]);
  });

  it('holidays --year 2026: includes Chiquinquirá (13 Jul), not Easter Sunday', async () => {
    const run = await mesa(['holidays', '--year', '2026']);
    expect(run.status).toBe(0);
    const holidays: { date: string; name: string }[] = JSON.parse(run.stdout);
    expect(holidays).toContainEqual({ date: '2026-07-13', name: 'La virgen de Chiquinquirá' });
    expect(holidays.map((h) => h.date)).not.toContain('2026-04-05');
    expect(holidays.every((h) => Object.keys(h).join() === 'date,name')).toBe(true);
  });

  it('a bad argument: exit 2 and one line on stderr, in Spanish', async () => {
    const run = await mesa([
      'sla',
      'deadline',
      '--modality',
      '9x9',
      '--impact',
      'high',
      '--channel',
      'web',
      '--created',
      created,
    ]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'error: INVALID_MODALITY: Modalidad desconocida: «9x9». Use 5x8, 6x8 o 7x24.\n',
    );
  });

  it('a bad argument with --lang en: exit 2 and one line on stderr, in English', async () => {
    const run = await mesa(['holidays', '--year', '1900', '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'error: YEAR_OUT_OF_RANGE: The year 1900 is outside the supported range (1984–2199).\n',
    );
  });
});
