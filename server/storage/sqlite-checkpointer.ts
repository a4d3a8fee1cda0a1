/**
 * Moves SQLite's WAL checkpoints off the process's only thread. By default the commit that
 * finds the WAL past 1,000 pages copies it into the database file and fsyncs it, right there:
 * a 10–20 ms stall in the middle of a request, and half the time of a 100,000-ticket SLA sweep.
 * Instead the app's connection never checkpoints (`wal_autocheckpoint = 0`) and a worker thread
 * with its own connection runs passive checkpoints a few times a second, on the other core.
 * Passive checkpoints wait for no one and block no one; durability does not depend on them
 * (every commit is already fsynced in the WAL). If the worker ever fails, the app falls back
 * to checkpointing on its own connection, as SQLite does by default.
 */

import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the worker checkpoints (ms). */
const EVERY_MS = 250;

// Plain JavaScript evaluated in the worker: no TypeScript loader there. The driver's path comes
// from here, so it resolves the same copy whatever the working directory.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma('busy_timeout = 0');
let frames = 0;
let stopping = false;
function checkpoint() {
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    frames += result ? result.checkpointed : 0;
  } catch (error) {
    // SQLITE_BUSY: another checkpoint runs; the next tick tries again.
    if (!error || error.code !== 'SQLITE_BUSY') throw error;
  }
}
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', (message) => {
  if (message === 'stats') parentPort.postMessage({ frames });
  if (message === 'stop' && !stopping) {
    stopping = true;
    clearInterval(timer);
    db.close();
    parentPort.postMessage({ stopped: true });
  }
});
`;

export interface SqliteCheckpointer {
  /** WAL frames the worker copied into the database file so far. */
  checkpointedFrames(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Starts the worker for the database file at `path` (already open, in WAL mode). `fallBack` is
 * called if the worker dies, to let the app's connection checkpoint again.
 */
export function startCheckpointer(path: string, fallBack: () => void): SqliteCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { path, driver, everyMs: EVERY_MS },
  });
  // The worker must not keep the process alive once the app is done.
  worker.unref();
  let stopped = false;
  worker.on('error', () => {
    if (!stopped) fallBack();
  });
  const reply = <T>(key: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const onMessage = (message: Record<string, T>) => {
        if (!(key in message)) return;
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        resolve(message[key] as T);
      };
      const onExit = () => {
        worker.off('message', onMessage);
        reject(new Error('the checkpoint worker has stopped'));
      };
      worker.on('message', onMessage);
      worker.once('exit', onExit);
    });
  // Messages sent before the worker listens wait in its port: no need to wait for 'ready'.
  return {
    checkpointedFrames: async () => {
      const answer = reply<number>('frames');
      worker.postMessage('stats');
      return answer;
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      const done = reply<boolean>('stopped').catch(() => true);
      worker.postMessage('stop');
      await done;
      await worker.terminate();
    },
  };
}
