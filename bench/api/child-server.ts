/**
 * Servers under test run as child processes, so the load generator and the server never share
 * one event loop (on a 2-core machine each gets a core). Every child started here is stopped
 * by `stopAllServers` — the benchmark calls it in a `finally` — and killed outright if the
 * benchmark process exits first.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { repositoryPath } from './dataset-cache.js';

const READY_POLL_MS = 100;
const STOP_GRACE_MS = 5_000;
const OUTPUT_TAIL_CHARS = 4_000;

export interface ChildServer {
  readonly name: string;
  readonly origin: string;
  readonly pid: number;
  /** The last lines the server wrote (stdout and stderr), for error reports. */
  output(): string;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

/** Kills every child server at once (for exits that cannot wait). */
export function killAllServers(): void {
  for (const child of running) child.kill('SIGKILL');
}

process.on('exit', killAllServers);

/** A TCP port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}

/**
 * Starts `node --import tsx <script>` (a path in the repository) with `env` added to this
 * process's environment, and resolves once GET `readyPath` answers 200.
 */
export async function startChildServer(options: {
  readonly name: string;
  readonly script: string;
  readonly env: Readonly<Record<string, string>>;
  readonly port: number;
  readonly readyPath: string;
  readonly readyTimeoutMs: number;
}): Promise<ChildServer> {
  // The runtime flags of `npm start` (package.json), so the bench measures mesa as it runs.
  const child = spawn(
    process.execPath,
    ['--max-semi-space-size=64', '--import', 'tsx', repositoryPath(options.script)],
    {
      cwd: repositoryPath('.'),
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  running.add(child);
  let tail = '';
  const keep = (chunk: Buffer): void => {
    tail = (tail + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = false;
  child.once('exit', () => {
    exited = true;
    running.delete(child);
  });
  const origin = `http://127.0.0.1:${options.port}`;
  const server: ChildServer = {
    name: options.name,
    origin,
    pid: child.pid ?? -1,
    output: () => tail,
    stop: () => stopChild(child),
  };
  const deadline = Date.now() + options.readyTimeoutMs;
  for (;;) {
    if (exited) {
      throw new Error(`${options.name} exited before it was ready:\n${tail}`);
    }
    if (await answers(`${origin}${options.readyPath}`)) return server;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`${options.name} not ready after ${options.readyTimeoutMs} ms:\n${tail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
  }
}

/** Stops every child server still running. */
export async function stopAllServers(): Promise<void> {
  await Promise.all([...running].map(stopChild));
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/** SIGTERM, then SIGKILL if it has not exited within the grace period. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}
