/**
 * The real server (`server/main.ts`, the composition root of `npm start`) as a child process on
 * 127.0.0.1 and a free port, for tests that need several instances or a crash: resolves once it
 * prints its address.
 */

import { type ChildProcess, spawn } from 'node:child_process';

const MAIN = new URL('../../server/main.ts', import.meta.url).pathname;

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Moves the instance's test clock (MESA_TEST_CLOCK=1). */
  setClock(iso: string): Promise<void>;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
  /** SIGKILL: no shutdown, no cleanup — a crash. */
  kill(): Promise<void>;
}

export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      MESA_DEMO: '0',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start in 60 s:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code} before listening:\n${output}`));
    });
  });
  // From here on the server's complaints reach the test's output.
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.on('exit', () => resolve());
  });
  return {
    url,
    child,
    async setClock(iso) {
      const response = await fetch(`${url}/api/v1/test-clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ now: iso }),
      });
      if (!response.ok) throw new Error(`test clock: ${response.status} ${await response.text()}`);
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
