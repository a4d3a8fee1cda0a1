/**
 * The README's curl walk, run as written against a real `server/main.ts` (the process
 * `npm start` runs) on a fresh data folder with the demo: the quick start stays true.
 */

import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const run = promisify(execFile);

function walkthroughScript(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Walk a ticket through every state with curl'));
  const match = /```sh\n([\s\S]*?)```/.exec(section);
  if (!match?.[1]) throw new Error('README has no curl walk');
  return match[1];
}

async function startServer(dataDir: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start in 60 s')), 60_000);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (listening?.[1] && output.includes('Demo accounts')) {
        clearTimeout(timer);
        resolve(Number(listening[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
  return { child, port };
}

describe('the README quick start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mesa-readme-'));
  let server: { child: ChildProcess; port: number } | undefined;

  beforeAll(async () => {
    server = await startServer(dataDir);
  }, 90_000);

  afterAll(() => {
    server?.child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('walks a ticket through every state with the README’s curl commands', async () => {
    const script = walkthroughScript().replace(
      'http://localhost:3000',
      `http://127.0.0.1:${server?.port}`,
    );
    const { stdout } = await run('bash', ['-e', '-c', script], { cwd: dataDir, timeout: 60_000 });
    const lines = stdout.split('\n');
    expect(lines).toContain('waiting_customer');
    expect(lines).toContain('accepted');
    expect(lines).toContain('out_of_scope');
    expect(lines).toContain('santiago.herrera@demo.mesa.local');
    expect(stdout).toMatch(/OG-\d{4}-\d{6}/);
    expect(stdout).toContain('registered → message_added');
    expect(stdout).toContain('followed_up');
  }, 90_000);
});
